fn main() {
    let mut s = String::from("old");
    let view = s.as_str();
    s = String::from("new");
    println!("{view} {s}");
}
