struct Big {
    a: i64,
    b: i64,
    c: i64,
}

fn total(b: Box<Big>) -> i64 {
    let sum = b.a + b.b + b.c;
    sum
} // b is dropped here: the 24-byte heap block is freed

fn main() {
    let b = Box::new(Big { a: 1, b: 2, c: 3 });
    let t = total(b); // the Box moves: only the 8-byte pointer is copied
    println!("{t}");
}
