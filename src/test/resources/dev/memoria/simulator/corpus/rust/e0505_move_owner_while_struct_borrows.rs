struct Excerpt<'a> {
    part: &'a str,
}

fn consume(s: String) {
    println!("consumed {s}");
}

fn main() {
    let text = String::from("borrowed");
    let e = Excerpt { part: &text };
    consume(text);
    println!("{}", e.part);
}
