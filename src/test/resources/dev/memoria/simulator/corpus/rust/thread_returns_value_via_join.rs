use std::thread;

fn main() {
    let name = String::from("worker");
    let h = thread::spawn(move || {
        let mut s = name; // the String now lives on the spawned thread's stack
        s.push_str(" done");
        s
    });
    let result = h.join().unwrap();
    println!("{result}");
}
