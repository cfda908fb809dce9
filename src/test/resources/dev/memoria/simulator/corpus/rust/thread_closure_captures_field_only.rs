use std::thread;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let n = Noisy("n");
    let keep = Noisy("keep");
    // Rust 2021 closures capture disjoint fields: only the Copy field n.0 is copied in,
    // so n itself stays in main and is dropped last, after keep.
    let h = thread::spawn(move || {
        println!("thread sees {}", n.0);
    });
    h.join().unwrap();
    println!("joined, main has {}", keep.0);
}
