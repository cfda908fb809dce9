fn pick(first: &String, second: &String, take_first: bool) -> &String {
    if take_first {
        first
    } else {
        second
    }
}

fn main() {
    let a = String::from("a");
    let b = String::from("b");
    println!("{}", pick(&a, &b, true));
}
