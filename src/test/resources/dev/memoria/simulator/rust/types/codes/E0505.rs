fn main() {
    let s = String::from("a");
    let r = &s;
    drop(s);
    println!("{}", r);
}
