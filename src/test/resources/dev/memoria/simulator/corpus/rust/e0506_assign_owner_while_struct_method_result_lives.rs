struct Holder<'a> {
    value: &'a i32,
}

impl<'a> Holder<'a> {
    fn get(&self) -> &'a i32 {
        self.value
    }
}

fn main() {
    let mut x = 1;
    let h = Holder { value: &x };
    let v = h.get();
    x = 2;
    println!("{v} {x}");
}
