fn main() {
    let s: &str = String::from("temporary").as_str(); // @expect(E0716)
    println!("{s}");
}
