fn main() {
    let v = Vec::new();
    v.push(1);
    println!("{:?}", v);
}
