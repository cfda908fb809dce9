fn make() -> &String {
    let s = String::from("x");
    &s
}
struct H {
    r: &i32,
}
fn main() {
    make();
}
