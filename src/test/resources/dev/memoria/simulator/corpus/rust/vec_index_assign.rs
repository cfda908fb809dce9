fn main() {
    let mut v = vec![0; 4];
    v[1] = 5;
    v[2] += 3;
    let i = 3;
    v[i] = v[1] * 2;
    println!("{:?} len {} cap {}", v, v.len(), v.capacity());
}
