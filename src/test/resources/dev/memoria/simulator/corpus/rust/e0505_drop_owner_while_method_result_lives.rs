struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn part(&self) -> &'a str {
        self.part
    }
}

fn main() {
    let text = String::from("owned text");
    let e = Excerpt { part: text.as_str() };
    let p = e.part();
    drop(text);
    println!("{p}");
}
