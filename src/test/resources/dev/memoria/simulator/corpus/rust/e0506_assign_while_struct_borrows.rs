struct Holder<'a> {
    r: &'a i32,
}

fn main() {
    let mut n = 5;
    let h = Holder { r: &n };
    n = 6;
    println!("{} {}", h.r, n);
}
