fn main() {
    let mut v: Vec<&String> = Vec::new();
    for i in 0..2 {
        let s = i.to_string();
        v.push(&s);
    }
    println!("{}", v.len());
}
