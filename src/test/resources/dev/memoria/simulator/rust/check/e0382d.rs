fn main() {
    let v = vec![1, 2, 3];
    let h = std::thread::spawn(move || {
        println!("{:?}", v);
    });
    h.join().unwrap();
    println!("{:?}", v);
}
