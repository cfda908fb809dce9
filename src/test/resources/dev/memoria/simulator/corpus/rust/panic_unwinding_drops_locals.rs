struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("unwind drops {}", self.0);
    }
}

fn main() {
    let _a = Noisy("a");
    let _b = Noisy("b");
    let v: Vec<i32> = Vec::new();
    let i = 3;
    println!("about to index");
    println!("{}", v[i]);
    println!("never printed");
}
