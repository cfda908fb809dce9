struct Noisy {
    name: &'static str,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn inner(v: &Vec<u32>, i: usize) -> u32 {
    let _guard = Noisy { name: "inner guard" };
    v[i]
}

fn outer(i: usize) -> u32 {
    let _guard = Noisy { name: "outer guard" };
    let v = vec![1, 2, 3];
    inner(&v, i)
}

fn main() {
    let _m = Noisy { name: "main guard" };
    println!("{}", outer(1));
    println!("{}", outer(7));
}
