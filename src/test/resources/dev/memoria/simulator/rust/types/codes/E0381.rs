fn main() {
    let x: i32;
    let c = true;
    if c {
        x = 1;
    }
    println!("{}", x);
}
