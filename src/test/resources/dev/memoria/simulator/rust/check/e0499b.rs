fn main() {
    let mut v = vec![1, 2];
    let a = &mut v;
    v.push(3);
    a.push(4);
    let mut s = String::new();
    let r1 = &mut s;
    let r2 = &mut s;
    r2.push('x');
    r1.push('y');
}
