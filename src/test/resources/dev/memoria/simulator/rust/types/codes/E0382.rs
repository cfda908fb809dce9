fn main() {
    let s = String::from("hola");
    let t = s;
    println!("{} {}", s, t);
}
