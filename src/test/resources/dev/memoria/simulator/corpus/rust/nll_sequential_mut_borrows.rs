fn main() {
    let mut s = String::new();
    let a = &mut s;
    a.push('x'); // last use of a
    let b = &mut s; // a second &mut is fine: the first one is dead
    b.push('y');
    let c = &s;
    println!("{c}");
    s.push('z');
    println!("{s}");
}
