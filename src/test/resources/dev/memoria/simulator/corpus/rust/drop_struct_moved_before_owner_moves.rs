struct Guard<'a> {
    name: &'a String,
}

impl<'a> Drop for Guard<'a> {
    fn drop(&mut self) {
        println!("release {}", self.name);
    }
}

fn finish(g: Guard) {
    println!("finishing {}", g.name);
}

fn main() {
    let name = String::from("lock");
    let guard = Guard { name: &name };
    finish(guard);
    let moved = name;
    println!("{moved}");
}
