fn main() {
    let mut s = String::new();
    println!("len {} cap {}", s.len(), s.capacity());
    let mut c = 'a';
    for _ in 0..9 {
        s.push(c);
        println!("len {} cap {}", s.len(), s.capacity());
        c = 'b';
    }
    s.push('ñ'); // two bytes in UTF-8
    println!("{s} len {} cap {}", s.len(), s.capacity());
}
