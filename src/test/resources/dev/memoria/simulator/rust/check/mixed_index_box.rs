fn main() {
    let mut v = vec![1, 2, 3];
    let total: i32;
    let first = &mut v[0];
    let second = &v[1];
    *first += 1;
    println!("{}", second);
    let b = Box::new(String::from("b"));
    let rb = &b;
    drop(b);
    println!("{}", rb);
    let mut s = String::from("s");
    let m1 = &mut s;
    let m2 = &mut s;
    m1.push('x');
    println!("{}", total);
}
