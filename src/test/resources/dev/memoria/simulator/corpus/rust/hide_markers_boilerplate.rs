use std::thread; // @hide

// @hide-start
struct Loud {
    name: &'static str,
}

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}
// @hide-end

fn main() {
    let a = Loud { name: "main" };
    let h = thread::spawn(move || {
        let b = Loud { name: "worker" }; // @show: a separate stack for the spawned thread
        println!("working with {}", b.name);
    });
    h.join().unwrap(); // @show
    println!("done with {}", a.name);
}
