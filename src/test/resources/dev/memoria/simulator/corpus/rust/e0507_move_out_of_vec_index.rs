fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let first = v[0];
    println!("{first} {}", v.len());
}
