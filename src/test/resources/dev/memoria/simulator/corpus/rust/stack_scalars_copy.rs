fn main() {
    let a: i32 = 5;
    let b = a; // i32 is Copy: a stays usable
    let mut c = a + b;
    c *= 2;
    println!("a = {a}, b = {b}, c = {c}");
}
