struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn first(&self) -> &str {
        self.part
    }
}

fn main() {
    let text = String::from("words");
    let e = Excerpt { part: &text };
    let p = e.first();
    let moved = e;
    println!("{p} {}", moved.part);
}
