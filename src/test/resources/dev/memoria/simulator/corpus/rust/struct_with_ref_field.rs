#[derive(Debug)]
struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let text = String::from("Call me Ishmael");
    let first = Excerpt { part: text.as_str() };
    println!("{:?}", first);
    println!("{}", first.part);
}
