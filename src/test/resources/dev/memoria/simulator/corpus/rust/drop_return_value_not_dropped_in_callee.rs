struct D {
    name: &'static str,
}

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn make() -> D {
    let temp = D { name: "temp" };
    let result = D { name: "result" };
    println!("make ends, temp is {}", temp.name);
    result // moved out to the caller: only temp is dropped here
}

fn main() {
    let r = make();
    println!("main has {}", r.name);
}
