fn f(x: i32) {
    x = 3;
    println!("{}", x);
}
fn main() {
    f(1);
    let y;
    y = 1;
    y = 2;
    println!("{}", y);
}
