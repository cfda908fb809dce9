struct D {
    name: &'static str,
}

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let x = D { name: "first" };
    let x = D { name: "second" }; // shadowing does not drop the first value
    println!("shadowed, x = {}", x.name);
} // second, then first
