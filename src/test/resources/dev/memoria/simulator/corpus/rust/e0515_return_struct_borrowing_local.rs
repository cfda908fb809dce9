struct Excerpt<'a> {
    part: &'a str,
}

fn make<'a>() -> Excerpt<'a> {
    let text = String::from("local");
    Excerpt { part: &text }
}

fn main() {
    let e = make();
    println!("{}", e.part);
}
