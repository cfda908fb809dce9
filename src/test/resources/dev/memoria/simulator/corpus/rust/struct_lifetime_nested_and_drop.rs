struct Excerpt<'a> {
    part: &'a str,
}

struct Chapter<'a> {
    title: &'a str,
    opening: Excerpt<'a>,
}

struct Pair<'a, 'b> {
    left: &'a str,
    right: &'b str,
}

impl<'a> Drop for Excerpt<'a> {
    fn drop(&mut self) {
        println!("drop excerpt {}", self.part);
    }
}

fn title_of<'a>(c: &Chapter<'a>) -> &'a str {
    c.title
}

fn show(e: Excerpt<'_>) {
    println!("show {}", e.part);
}

fn greeting() -> &'static str {
    "hello"
}

fn main() {
    let book = String::from("Loomings");
    let body = String::from("Call me Ishmael");
    let chapter = Chapter { title: &book, opening: Excerpt { part: &body } };
    let t = title_of(&chapter);
    println!("{t}: {}", chapter.opening.part);
    let p = Pair { left: greeting(), right: &book };
    println!("{} {}", p.left, p.right);
    show(Excerpt { part: &body });
    println!("end");
}
