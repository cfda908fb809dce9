struct Guard<'a> {
    name: &'a String,
}

impl<'a> Drop for Guard<'a> {
    fn drop(&mut self) {
        println!("release {}", self.name);
    }
}

fn main() {
    let name = String::from("lock");
    let guard = Guard { name: &name };
    let moved = name;
    println!("{moved}");
}
