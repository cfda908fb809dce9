struct Part(&'static str);

impl Drop for Part {
    fn drop(&mut self) {
        println!("drop part {}", self.0);
    }
}

struct Machine {
    engine: Part,
    wheels: Part,
    seat: Part,
}

impl Drop for Machine {
    fn drop(&mut self) {
        println!("drop machine");
    }
}

fn main() {
    let _m = Machine { seat: Part("seat"), engine: Part("engine"), wheels: Part("wheels") };
    println!("built");
} // the machine first, then its fields in declaration order
