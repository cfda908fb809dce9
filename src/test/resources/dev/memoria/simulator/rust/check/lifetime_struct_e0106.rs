struct Excerpt<'a> {
    part: &'a str,
}

fn make() -> Excerpt {
    Excerpt { part: "static text" }
}

fn main() {
    let e = make();
    println!("{}", e.part);
}
