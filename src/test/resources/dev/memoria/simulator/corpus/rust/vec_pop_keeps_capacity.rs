fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    let last = v.pop();
    println!("{:?} len {} cap {}", last, v.len(), v.capacity());
    let a = v.pop();
    let none = v.pop();
    println!("{:?} {:?} len {} cap {}", a, none, v.len(), v.capacity());
}
