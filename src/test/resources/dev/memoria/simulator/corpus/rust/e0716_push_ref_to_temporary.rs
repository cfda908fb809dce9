fn main() {
    let mut v: Vec<&String> = Vec::new();
    v.push(&String::from("gone"));
    println!("{}", v.len());
}
