struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let mut a = Noisy { name: String::from("first") };
    println!("before assignment");
    a = Noisy { name: String::from("second") }; // the old value is dropped right here
    println!("after assignment, a = {}", a.name);
}
