fn main() {
    let s = String::from("x");
    let r = &s;
    let t = *r;
    let v = vec![String::from("a")];
    let u = v[0];
    println!("{} {}", t, u);
}
