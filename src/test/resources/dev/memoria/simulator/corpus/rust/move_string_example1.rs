fn main() {
    let s1 = String::from("hola"); // @show: s1 es dueño del buffer "hola"
    let s2 = s1;                   // @show: el dueño pasa a ser s2; s1 queda movido
    println!("{s2}");
}                                  // @show: fin de ámbito: drop(s2) libera el buffer
