struct Punto {
    x: i32,
    y: i32,
}

fn main() {
    let a = 1;                                   // @show
    {
        let b = Box::new(Punto { x: 3, y: 4 });  // @show
        println!("{}", b.x + b.y + a);
    }                                            // @show
    println!("fin");                             // @show
}
