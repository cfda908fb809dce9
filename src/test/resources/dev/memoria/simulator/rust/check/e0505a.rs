fn main() {
    let s = String::from("x");
    let r = &s;
    drop(s);
    println!("{}", r);
}
