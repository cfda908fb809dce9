fn main() {
    let mut v: Vec<u8> = Vec::new();
    for i in 0..9 {
        v.push(i);
    }
    println!("len {} cap {}", v.len(), v.capacity());
    let mut w: Vec<u64> = Vec::new();
    w.push(1);
    println!("len {} cap {}", w.len(), w.capacity());
}
