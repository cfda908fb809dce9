fn take(v: &Vec<String>) -> String {
    let s = v[0];
    s
}
fn main() {
    let v = vec![String::from("a")];
    println!("{}", take(&v));
}
