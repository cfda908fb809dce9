fn main() {
    let mut v = vec![1];
    v.push(v.pop().unwrap());
    let x = 5;
    x += 1;
    let mut a = 1;
    let m = &mut a;
    let c = a;
    *m += 1;
}
