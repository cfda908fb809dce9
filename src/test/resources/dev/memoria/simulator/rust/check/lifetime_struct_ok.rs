#[derive(Debug)]
struct Excerpt<'a> {
    part: &'a str,
    line: usize,
}

impl<'a> Excerpt<'a> {
    fn new(part: &'a str, line: usize) -> Excerpt<'a> {
        Excerpt { part, line }
    }

    fn part(&self) -> &'a str {
        self.part
    }

    fn announce(&self, note: &str) -> usize {
        println!("{note}: {}", self.part);
        self.line
    }
}

fn first_sentence(text: &str) -> Excerpt<'_> {
    Excerpt::new(text, 1)
}

fn describe(e: &Excerpt) -> usize {
    e.part.len()
}

fn main() {
    let novel = String::from("Call me Ishmael. Some years ago...");
    let first = first_sentence(&novel); // @show: the struct points into the String's buffer
    let part = first.part();
    println!("{part} ({} bytes)", describe(&first));
    let line = first.announce("Attention");
    println!("{:?} at line {line}", first);
    let other = Excerpt::new(novel.as_str(), 2);
    let kept = other.part();
    let moved = other; // the part borrows the novel, not `other`
    println!("{} {kept}", moved.line);
}
