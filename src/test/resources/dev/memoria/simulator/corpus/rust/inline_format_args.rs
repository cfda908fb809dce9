#[derive(Debug)]
struct Pair {
    left: i32,
    right: i32,
}

fn main() {
    let name = "Ana";
    let age = 31;
    let p = Pair { left: 1, right: -2 };
    let v = vec![1, 2, 3];
    println!("{name} is {age}");
    println!("{:?}", p);
    println!("{v:?} {}", v.len());
    print!("no newline, ");
    print!("then one\n");
}
