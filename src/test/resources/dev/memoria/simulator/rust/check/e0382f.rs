fn main() {
    let s = String::from("x");
    let mut i = 0;
    while i < 3 {
        drop(s);
        i += 1;
    }
}
