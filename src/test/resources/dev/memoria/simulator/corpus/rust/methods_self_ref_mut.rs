struct Counter {
    count: u32,
    label: String,
}

impl Counter {
    fn new(label: &str) -> Counter {
        Counter { count: 0, label: label.to_string() }
    }

    fn bump(&mut self) {
        self.count += 1;
    }

    fn get(&self) -> u32 {
        self.count
    }

    fn finish(self) -> String {
        let mut out = self.label; // moves the String out of self
        out.push('=');
        out.push_str(&self.count.to_string());
        out
    }
}

fn main() {
    let mut c = Counter::new("clicks");
    c.bump();
    c.bump();
    println!("{}", c.get());
    let report = c.finish(); // self by value: c is moved
    println!("{report}");
}
