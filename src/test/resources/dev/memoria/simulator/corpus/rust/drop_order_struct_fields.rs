struct Part {
    name: &'static str,
}

impl Drop for Part {
    fn drop(&mut self) {
        println!("drop part {}", self.name);
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
    let _m = Machine {
        seat: Part { name: "seat" },
        engine: Part { name: "engine" },
        wheels: Part { name: "wheels" },
    }; // fields are built in the order written here, but dropped in declaration order
    println!("built");
} // the machine first, then its fields in declaration order
