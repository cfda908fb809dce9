fn main() {
    let mut v: Vec<i32> = Vec::new();
    println!("len {} cap {}", v.len(), v.capacity());
    for i in 0..10 {
        v.push(i);
        println!("len {} cap {}", v.len(), v.capacity());
    }
}
