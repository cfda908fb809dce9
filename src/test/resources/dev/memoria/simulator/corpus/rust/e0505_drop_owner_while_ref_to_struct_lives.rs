struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let text = String::from("owned text");
    let e = Excerpt { part: text.as_str() };
    let r = &e;
    drop(text);
    println!("{}", r.part);
}
