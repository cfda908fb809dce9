fn main() {
    let mut v = vec![1, 2];
    let r = &v;                   // @show
    println!("{}", r.len());
    let m = &mut v;               // @show
    m.push(3);                    // @show
    println!("{:?}", v);
}
