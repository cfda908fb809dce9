struct P {
    x: i32,
}
fn set(p: &P) {
    p.x = 3;
}
fn main() {
    let q = P { x: 1 };
    q.x = 2;
    set(&q);
}
