fn main() {
    let r: &String;
    r = &String::from("tmp");
    println!("{}", r);
}
