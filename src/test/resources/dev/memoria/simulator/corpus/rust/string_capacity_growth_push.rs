fn main() {
    let mut s = String::new();
    println!("len {} cap {}", s.len(), s.capacity());
    for c in ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] {
        s.push(c);
        println!("len {} cap {}", s.len(), s.capacity());
    }
}
