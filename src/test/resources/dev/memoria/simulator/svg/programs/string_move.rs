fn main() {
    let s = String::from("hola"); // @show
    let t = s;                    // @show
    println!("{t}");
}                                 // @show
