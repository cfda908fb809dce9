fn main() {
    let x = 5;
    println!("{x}");
    x = 6; // @expect(E0384)
    println!("{x}");
}
