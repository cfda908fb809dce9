fn bigger<'a>(x: &'a i32, y: &'a i32) -> &'a i32 {
    let best = if x > y { *x } else { *y };
    &best
}

fn main() {
    let a = 1;
    let b = 2;
    println!("{}", bigger(&a, &b));
}
