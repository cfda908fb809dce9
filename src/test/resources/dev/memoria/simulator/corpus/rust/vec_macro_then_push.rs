fn main() {
    let mut v = vec![1, 2, 3];
    println!("{} {}", v.len(), v.capacity());
    v.push(4);
    println!("{} {} {:?}", v.len(), v.capacity(), v);
}
