struct Pointer<'a> {
    target: &'a i32,
}

fn main() {
    let p;
    {
        let x = 5;
        p = Pointer { target: &x };
    }
    println!("{}", p.target);
}
