fn bump(n: i32) -> i32 {
    n += 1;
    n
}

fn main() {
    println!("{}", bump(1));
}
