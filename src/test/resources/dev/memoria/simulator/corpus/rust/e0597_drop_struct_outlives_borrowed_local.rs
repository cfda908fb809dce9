struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Drop for Excerpt<'a> {
    fn drop(&mut self) {
        println!("drop {}", self.part);
    }
}

fn main() {
    let e;
    let text = String::from("declared after");
    e = Excerpt { part: &text };
    println!("made");
}
