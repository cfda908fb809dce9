fn main() {
    let mut x = 1;
    let r = &x;
    x = 2; // @expect(E0506)
    println!("{r} {x}");
}
