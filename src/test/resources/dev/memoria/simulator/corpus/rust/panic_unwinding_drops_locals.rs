struct Noisy {
    name: &'static str,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("unwind drops {}", self.name);
    }
}

fn main() {
    let _a = Noisy { name: "a" };
    let _b = Noisy { name: "b" };
    let v: Vec<i32> = Vec::new();
    let i = 3;
    println!("about to index");
    println!("{}", v[i]);
    println!("never printed");
}
