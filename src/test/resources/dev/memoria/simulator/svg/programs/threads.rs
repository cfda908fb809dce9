use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    let handle = thread::spawn(move || {
        let mut total = 0;
        for x in &v {
            total += *x;
        }
        println!("{total}");             // @show
    });
    handle.join().unwrap();              // @show
}
