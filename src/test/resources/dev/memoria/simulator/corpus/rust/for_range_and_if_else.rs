fn main() {
    let mut evens = 0;
    for i in 0..10 {
        if i % 2 == 0 {
            evens += 1;
        } else if i == 7 {
            println!("seven");
        } else {
            continue;
        }
    }
    let kind = if evens == 5 { "five" } else { "other" };
    println!("{evens} {kind}");
}
