fn make_greeting(name: &str) -> String {
    let mut s = String::from("hi, ");
    s.push_str(name);
    s
}

fn add_bang(mut s: String) -> String {
    s.push('!');
    s
}

fn main() {
    let g = make_greeting("ana");
    let g = add_bang(g);
    println!("{g} ({} bytes)", g.len());
}
