fn main() {
    let x = 5;
    let r = &x;
    *r = 6;
    println!("{}", r);
}
