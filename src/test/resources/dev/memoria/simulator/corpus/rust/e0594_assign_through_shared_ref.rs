fn reset(n: &i32) {
    *n = 0;
}

fn main() {
    let mut x = 3;
    reset(&x);
    x += 1;
    println!("{x}");
}
