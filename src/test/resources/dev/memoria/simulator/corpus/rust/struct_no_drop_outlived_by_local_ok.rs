struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let e;
    let text = String::from("declared after");
    e = Excerpt { part: &text };
    println!("made {}", e.part);
}
