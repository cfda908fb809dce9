fn main() {
    let mut v = vec![1];
    let a = &mut v;
    let b = &mut v; // @expect(E0499)
    a.push(2);
    b.push(3);
    let w = v;
    println!("{:?} {:?}", v, w); // @expect(E0382)
}
