fn main() {
    let s1 = String::from("hello");
    let s2 = s1;
    println!("{s1} {s2}"); // @expect(E0382)
}
