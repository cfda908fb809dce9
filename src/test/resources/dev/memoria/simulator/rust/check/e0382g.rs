fn main() {
    let s = String::from("x");
    let b = true;
    if b {
        drop(s);
    }
    println!("{}", s);
}
