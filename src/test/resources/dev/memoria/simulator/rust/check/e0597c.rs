struct Holder<'a> {
    r: &'a i32,
}
fn main() {
    let h;
    {
        let x = 3;
        h = Holder { r: &x };
    }
    println!("{}", h.r);
}
