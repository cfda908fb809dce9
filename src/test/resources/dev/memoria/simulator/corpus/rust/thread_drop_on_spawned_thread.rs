use std::thread;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let n = Noisy("moved into thread");
    let keep = Noisy("kept by main");
    let h = thread::spawn(move || {
        let owned = n; // the whole value moves into the closure, then into owned
        println!("thread has {}", owned.0);
    }); // owned is dropped at the end of the closure body, on the spawned thread
    h.join().unwrap();
    println!("joined, main still has {}", keep.0);
}
