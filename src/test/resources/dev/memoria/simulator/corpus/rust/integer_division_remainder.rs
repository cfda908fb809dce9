fn main() {
    let a: i32 = -7;
    let b: i32 = 2;
    println!("{} {}", a / b, a % b); // truncates toward zero
    let c: u32 = 7;
    println!("{} {}", c / 2, c % 2);
    let big: i64 = 9_000_000_000;
    println!("{}", big / 1000);
    let byte: u8 = 255;
    println!("{}", byte / 16);
}
