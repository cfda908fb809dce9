struct Guard {
    name: &'static str,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("release {}", self.name);
    }
}

fn main() {
    let a = Guard { name: "a" };
    let b = Guard { name: "b" };
    std::mem::drop(a); // @show(before): a is still alive here
    println!("a released early");
    drop(b);
    println!("end of main");
}
