fn consumir(s: String) {
    println!("{s}");
}                                  // @show: drop(s) libera el buffer dentro de consumir

fn main() {
    let s1 = String::from("hola");
    consumir(s1);                  // @show
    println!("{s1}");              // @expect(E0382) @show(before): ¿y si Rust lo permitiera?
}
