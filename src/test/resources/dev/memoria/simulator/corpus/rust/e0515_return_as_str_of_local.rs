fn name<'a>(_hint: &'a str) -> &'a str {
    let s = String::from("built here");
    s.as_str()
}

fn main() {
    println!("{}", name("x"));
}
