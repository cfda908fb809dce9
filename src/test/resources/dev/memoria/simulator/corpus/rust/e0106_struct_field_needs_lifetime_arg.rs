struct Excerpt<'a> {
    part: &'a str,
}

struct Book {
    title: String,
    opening: Excerpt,
}

fn main() {
    let t = String::from("Moby Dick");
    println!("{t}");
}
