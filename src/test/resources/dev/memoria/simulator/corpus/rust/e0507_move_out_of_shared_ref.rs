fn take(r: &String) -> String {
    let s = *r; // @expect(E0507)
    s
}

fn main() {
    let s = String::from("x");
    println!("{}", take(&s));
}
