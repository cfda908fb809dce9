fn main() {
    let label: String;
    let n = 3;
    if n > 2 {
        label = String::from("big");
    }
    println!("{label}");
}
