struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    p.x = 10; // @expect(E0594)
    println!("{} {}", p.x, p.y);
}
