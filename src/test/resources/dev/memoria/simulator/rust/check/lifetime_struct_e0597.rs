struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let e;
    {
        let text = String::from("short-lived");
        e = Excerpt { part: text.as_str() };
    }
    println!("{}", e.part);
}
