use std::thread;

fn main() {
    let a = vec![1, 2, 3];
    let b = vec![10, 20];
    let ha = std::thread::spawn(move || {
        let mut t = 0;
        for x in a.iter() {
            t += *x;
        }
        t
    });
    let hb = thread::spawn(move || b.len() * 100);
    let ta = ha.join().unwrap();
    let tb = hb.join().unwrap();
    println!("{ta} {tb}");
}
