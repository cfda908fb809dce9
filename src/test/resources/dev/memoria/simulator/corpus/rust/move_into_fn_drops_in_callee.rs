struct Token {
    id: u32,
}

impl Drop for Token {
    fn drop(&mut self) {
        println!("drop token {}", self.id);
    }
}

fn consume(t: Token) {
    println!("consume {}", t.id);
}

fn main() {
    let a = Token { id: 1 };
    let b = Token { id: 2 };
    consume(a);
    println!("back in main");
    println!("still have {}", b.id);
}
