fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let mut s = String::from("a");
    for i in 0..3 {
        let n = consume(s); // moved out...
        s = i.to_string(); // ...and given a new value before the next use
        println!("{n} {s}");
    }
}
