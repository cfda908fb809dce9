fn length(s: &String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("shared");
    let r1 = &s;
    let r2 = &s; // any number of shared borrows at once
    println!("{r1} {r2} {}", length(&s));
    println!("{s}");
}
