fn main() {
    let s = String::from("x");
    s.push('a');
    let r = &mut s;
    r.push('b');
}
