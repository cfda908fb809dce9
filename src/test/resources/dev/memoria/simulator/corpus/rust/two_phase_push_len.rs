fn main() {
    let mut v: Vec<usize> = Vec::new();
    v.push(v.len()); // two-phase borrow: v.len() runs before the &mut is activated
    v.push(v.len());
    v.push(v.len() * 10);
    println!("{:?}", v);
}
