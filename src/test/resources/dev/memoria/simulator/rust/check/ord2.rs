fn main() {
    let mut x = 5;
    let r = &x;
    let s = String::from("x");
    let t = s;
    println!("{}", s);
    println!("{}", s);
    let u = s;
    x = 6;
    println!("{}", r);
    let y = 1;
    y = 2;
}
