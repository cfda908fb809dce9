fn make() -> &'static String {
    let s = String::from("local");
    &s // @expect(E0515)
}

fn main() {
    println!("{}", make());
}
