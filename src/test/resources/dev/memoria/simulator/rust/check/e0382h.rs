fn main() {
    let s = String::from("x");
    let t = s;
    let u = s;
}
