fn main() {
    let name = String::from("t");
    let h = std::thread::spawn(|| name.len());
    println!("{}", h.join().unwrap());
}
