struct Punto {
    x: i32,
    y: i32,
}

impl Drop for Punto {
    fn drop(&mut self) {
        println!("drop Punto({}, {})", self.x, self.y);
    }
}

fn main() {
    let a = 1;                                   // @show
    {
        let b = Box::new(Punto { x: 3, y: 4 });  // @show: b (8 B en la pila) apunta al Punto (8 B en el heap)
        println!("{}", b.x + a);
    }                                            // @show: fin del bloque: Drop::drop y después free
    println!("fin");                             // @show
}
