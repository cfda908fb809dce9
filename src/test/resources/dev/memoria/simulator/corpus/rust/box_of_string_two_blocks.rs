fn main() {
    let b: Box<String> = Box::new(String::from("boxed")); // @show: H1 holds the String header, H2 its bytes
    let len = b.len();
    let s: String = *b; // moves the String out of the box; the box's block is freed
    println!("{s} {len}");
}
