fn grow(x: i32) -> i32 {
    x * 1000
}

fn main() {
    let mut n = 1;
    for step in 0..5 {
        n = grow(n);
        println!("step {step}: {n}");
    }
}
