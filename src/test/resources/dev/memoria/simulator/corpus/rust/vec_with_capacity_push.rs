fn main() {
    let mut v = Vec::with_capacity(3);
    v.push(10);
    v.push(20);
    v.push(30);
    println!("{} {}", v.len(), v.capacity());
    v.push(40); // @show: the buffer is reallocated, doubled to 6
    println!("{} {}", v.len(), v.capacity());
}
