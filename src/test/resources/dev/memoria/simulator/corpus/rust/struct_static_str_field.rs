#[derive(Debug, Clone, Copy)]
struct Config {
    name: &'static str,
    level: u8,
}

fn main() {
    let c = Config { name: "release", level: 3 };
    let d = c;
    println!("{:?} {}", c, d.name);
}
