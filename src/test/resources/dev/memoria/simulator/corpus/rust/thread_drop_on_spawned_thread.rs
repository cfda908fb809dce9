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
    let n = Noisy { name: "moved into thread" };
    let keep = Noisy { name: "kept by main" };
    let h = thread::spawn(move || {
        let owned = n; // the whole value moves into the closure, then into owned
        println!("thread has {}", owned.name);
    }); // owned is dropped at the end of the closure body, on the spawned thread
    h.join().unwrap();
    println!("joined, main still has {}", keep.name);
}
