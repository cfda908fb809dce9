fn main() {
    let s = String::from("x");
    let r = &mut s;
    r.push('b');
    let v = Vec::new();
    v.push(1);
}
