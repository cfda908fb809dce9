struct Noisy {
    name: &'static str,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let _a = Noisy { name: "a" };
    let _b = Noisy { name: "b" };
    let _c = Noisy { name: "c" };
    println!("end of main");
} // @show: c, b, a: reverse order of declaration
