fn main() {
    let r = String::from("x").as_str();
    println!("{}", r);
    let t = &String::from("y");
    println!("{}", t);
}
