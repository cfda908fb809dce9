fn main() {
    let a = String::from("abc");
    let mut b = a.clone(); // a second heap buffer
    b.push_str("def");
    println!("a = {a}, b = {b}");
    println!("{} {}", a.len(), b.len());
}
