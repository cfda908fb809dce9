struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let x = D("first");
    let x = D("second"); // shadowing does not drop the first value
    println!("shadowed, x = {}", x.0);
} // second, then first
