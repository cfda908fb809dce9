fn main() {
    let x = 5;
    let r = &x;
    *r = 6;
    let p = (1, 2);
    println!("{}", r);
}
