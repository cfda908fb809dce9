fn main() {
    let s = String::from("x");
    for _i in 0..3 {
        let t = s;
        println!("{}", t);
    }
}
