fn consume(v: Vec<i32>) {
    println!("{}", v.len());
}
fn main() {
    let v = vec![1, 2, 3];
    let first = &v[0];
    consume(v);
    println!("{}", first);
}
