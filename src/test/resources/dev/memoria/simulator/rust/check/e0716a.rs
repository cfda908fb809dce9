fn main() {
    let r: &str;
    r = String::from("x").as_str();
    println!("{}", r);
}
