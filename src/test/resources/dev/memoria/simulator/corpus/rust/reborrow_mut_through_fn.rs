fn add_one(v: &mut Vec<i32>) {
    v.push(1);
}

fn main() {
    let mut v = Vec::new();
    let r = &mut v;
    add_one(r); // implicit reborrow &mut *r: r is still usable afterwards
    add_one(r);
    add_one(&mut *r);
    r.push(2);
    println!("{:?}", v);
}
