fn main() {
    let mut s = String::with_capacity(16);
    println!("{} {}", s.len(), s.capacity());
    s.push_str("sixteen bytes!!!");
    println!("{} {}", s.len(), s.capacity());
    s.push('x');
    println!("{} {}", s.len(), s.capacity());
}
