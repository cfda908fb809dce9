struct P {
    name: String,
}
fn f(p: &P) -> String {
    p.name
}
fn main() {
    let p = P { name: String::from("a") };
    let b = Box::new(String::from("b"));
    let r = &b;
    let s = **r;
    println!("{}", f(&p));
}
