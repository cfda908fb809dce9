fn main() {
    let s1 = String::from("hola");
    let s2 = s1;
    println!("{}", s1);
    println!("{}", s2);
}
