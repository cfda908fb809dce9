fn main() {
    let mut a = String::with_capacity(10);
    a.push_str("abc");
    let b = a.clone(); // the clone allocates only what it needs
    println!("a: {} {}", a.len(), a.capacity());
    println!("b: {} {}", b.len(), b.capacity());
    let c = b.to_string();
    println!("c: {} {}", c.len(), c.capacity());
}
