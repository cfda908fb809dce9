struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make() -> D {
    let temp = D("temp");
    let result = D("result");
    println!("make ends, temp is {}", temp.0);
    result // moved out to the caller: only temp is dropped here
}

fn main() {
    let r = make();
    println!("main has {}", r.0);
}
