fn main() {
    let b = Box::new(5);
    let r = &b;
    drop(b);
    println!("{r}");
}
