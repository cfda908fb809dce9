fn shout(s: &str) -> String {
    let mut out = String::new();
    out.push_str(s);
    out.push_str("!!");
    out
}

fn main() {
    let owned = String::from("hey");
    let view: &str = owned.as_str();
    let literal: &str = "static text";
    println!("{}", shout(view));
    println!("{}", shout(literal));
    println!("{}", shout(&owned));
}
