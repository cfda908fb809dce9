struct Cursor<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn new(input: &'a str) -> Self {
        Cursor { input, pos: 0 }
    }

    fn advance(&mut self, by: usize) {
        self.pos += by;
    }

    fn source(&self) -> &'a str {
        self.input
    }
}

fn main() {
    let text = String::from("let x = 5;");
    let mut cursor = Cursor::new(&text);
    cursor.advance(4); // @show
    let whole = cursor.source();
    cursor.advance(1);
    println!("{} at {}", whole, cursor.pos);
}
