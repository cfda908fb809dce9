fn main() {
    let v = Vec::new();
    v.push(1); // @expect(E0596)
    println!("{:?}", v);
}
