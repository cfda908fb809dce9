struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let mut v = Vec::new();
    v.push(1);
    let w = v;
    println!("{:?} {:?}", v, w);
    let text = String::from("t");
    let e = Excerpt { part: &text };
    let f = e;
    println!("{} {}", e.part, f.part);
    let mut names = Vec::new();
    names.push(String::from("a"));
    let first = names[0];
    println!("{first}");
}
