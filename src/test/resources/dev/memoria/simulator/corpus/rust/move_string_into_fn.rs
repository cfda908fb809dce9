fn takes(s: String) {
    println!("callee has {s}");
} // s is dropped here: the buffer is freed inside takes

fn main() {
    let s = String::from("hello");
    takes(s);
    println!("back in main");
}
