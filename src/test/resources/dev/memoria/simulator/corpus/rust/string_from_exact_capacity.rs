fn main() {
    let mut s = String::from("hola"); // @show: exactly 4 bytes on the heap
    println!("{} {}", s.len(), s.capacity());
    s.push_str(" mundo"); // needs 10: max(2 * 4, 10)
    println!("{} {}", s.len(), s.capacity());
    s.push('!'); // needs 11: max(2 * 10, 11)
    println!("{} {}", s.len(), s.capacity());
}
