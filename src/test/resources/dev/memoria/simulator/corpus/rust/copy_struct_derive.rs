#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn shift(mut p: Point) -> Point {
    p.x += 10;
    p
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = shift(a); // a is copied, not moved
    println!("{:?} {:?}", a, b);
    println!("{}", a.y + b.y);
}
