struct D {
    name: &'static str,
}

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn work(_first: D, _second: D) {
    let _local = D { name: "local" };
    println!("in work");
} // the local first, then the parameters

fn main() {
    work(D { name: "param1" }, D { name: "param2" });
    println!("back in main");
}
