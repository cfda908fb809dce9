struct Big {
    values: [i64; 4],
}

fn total(b: Box<Big>) -> i64 {
    let mut sum = 0;
    for i in 0..4 {
        sum += b.values[i];
    }
    sum
}

fn main() {
    let b = Box::new(Big { values: [1, 2, 3, 4] });
    let t = total(b); // the Box moves; the heap block is freed when total returns
    println!("{t}");
}
