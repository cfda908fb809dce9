fn main() {
    let c: char = 'ñ';
    let t: bool = 3 > 2;
    let half: f64 = 5.0 / 2.0;
    let whole: f64 = 4.0;
    let big: i64 = 3_000_000_000;
    let byte: u8 = 200;
    let count: u32 = 7;
    let index: usize = 2;
    println!("{c} {t} {half} {whole}");
    println!("{} {} {} {}", big, byte, count, index);
    println!("{:?} {:?} {:?}", c, half, "texto");
}
