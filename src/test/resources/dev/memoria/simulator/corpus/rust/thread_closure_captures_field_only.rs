use std::thread;

struct Noisy {
    name: &'static str,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let n = Noisy { name: "n" };
    let keep = Noisy { name: "keep" };
    // Rust 2021 closures capture disjoint fields: only the Copy field n.name is copied in,
    // so n itself stays in main and is dropped last, after keep.
    let h = thread::spawn(move || {
        println!("thread sees {}", n.name);
    });
    h.join().unwrap();
    println!("joined, main has {}", keep.name);
}
