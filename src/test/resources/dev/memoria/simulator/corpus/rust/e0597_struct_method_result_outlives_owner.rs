struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn part(&self) -> &'a str {
        self.part
    }
}

fn main() {
    let p;
    {
        let text = String::from("inner");
        let e = Excerpt { part: &text };
        p = e.part();
    }
    println!("{p}");
}
