fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("once");
    let mut n = 0;
    loop {
        n = consume(s); // moved once: the break means no second iteration reuses it
        break;
    }
    println!("{n}");
}
