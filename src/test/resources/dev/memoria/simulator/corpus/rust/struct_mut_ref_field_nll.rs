struct Counter<'a> {
    count: &'a mut i32,
}

impl<'a> Counter<'a> {
    fn bump(&mut self) {
        *self.count += 1;
    }
}

fn main() {
    let mut n = 0;
    let mut c = Counter { count: &mut n };
    c.bump();
    c.bump(); // @show: the counter's field points at n
    println!("{}", n);
    n += 10;
    println!("{n}");
}
