fn main() {
    let mut x = 10;
    let m = &mut x;
    let s = &*m; // shared reborrow of a mutable reference
    println!("read {s}");
    *m += 5; // fine: s is no longer used
    println!("x = {x}");
}
