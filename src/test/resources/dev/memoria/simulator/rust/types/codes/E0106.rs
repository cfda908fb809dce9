fn longest(x: &str, y: &str) -> &str {
    if x.len() > y.len() { x } else { y }
}
fn main() {
    println!("{}", longest("a", "bb"));
}
