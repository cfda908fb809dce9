fn take(s: String) {
    println!("{}", s);
}

fn main() {
    let s = String::from("hola");
    take(s);
    let n = s.len();
    println!("{}", n);
}
