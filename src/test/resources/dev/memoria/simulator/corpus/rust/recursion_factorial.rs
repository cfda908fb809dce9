fn factorial(n: u64) -> u64 {
    if n == 0 {
        return 1;
    }
    n * factorial(n - 1)
}

fn main() {
    for n in 0..6 {
        println!("{}! = {}", n, factorial(n));
    }
}
