struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn work(_first: D, _second: D) {
    let _local = D("local");
    println!("in work");
} // the local first, then the parameters

fn main() {
    work(D("param1"), D("param2"));
    println!("back in main");
}
