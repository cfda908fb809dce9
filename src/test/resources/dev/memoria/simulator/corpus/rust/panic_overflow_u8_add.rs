fn main() {
    let mut level: u8 = 250;
    for _ in 0..10 {
        level += 1; // debug builds check overflow: panic at 256
        println!("{level}");
    }
}
