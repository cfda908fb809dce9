fn main() {
    let x: i32;
    let y = x + 1; // @expect(E0381)
    println!("{y}");
}
