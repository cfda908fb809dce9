struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn inner(v: &Vec<u32>, i: usize) -> u32 {
    let _guard = Noisy("inner guard");
    v[i]
}

fn outer(i: usize) -> u32 {
    let _guard = Noisy("outer guard");
    let v = vec![1, 2, 3];
    inner(&v, i)
}

fn main() {
    let _m = Noisy("main guard");
    println!("{}", outer(1));
    println!("{}", outer(7));
}
