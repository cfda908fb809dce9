struct Counter<'a> {
    count: &'a mut i32,
}

fn main() {
    let mut n = 0;
    let c = Counter { count: &mut n };
    let again = &mut n;
    *again += 1;
    *c.count += 1;
}
