struct Excerpt<'a> {
    part: &'a str,
}

fn part_of(e: &Excerpt) -> &str {
    e.part
}

fn main() {
    let text = String::from("t");
    let e = Excerpt { part: &text };
    println!("{}", part_of(&e));
}
