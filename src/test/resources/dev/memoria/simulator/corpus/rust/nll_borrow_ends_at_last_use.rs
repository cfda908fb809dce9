fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    println!("first = {first}"); // @show: last use of first: the shared borrow ends
    v.push(4); // compiles: no borrow is alive any more
    println!("{:?}", v);
}
