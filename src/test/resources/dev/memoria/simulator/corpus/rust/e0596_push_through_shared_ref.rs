fn add(v: &Vec<i32>) {
    v.push(4);
}

fn main() {
    let mut v = vec![1];
    add(&v);
    v.push(2);
    println!("{:?}", v);
}
