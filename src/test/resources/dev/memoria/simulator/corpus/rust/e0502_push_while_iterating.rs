fn main() {
    let mut v = vec![1, 2];
    for x in &v {
        if *x > 0 {
            v.push(*x);
        }
    }
    println!("{:?}", v);
}
