fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() {
        a
    } else {
        b
    }
}

fn main() {
    let x = String::from("kiwi");
    let y = String::from("banana");
    let l = longest(&x, &y);
    println!("{l}");
}
