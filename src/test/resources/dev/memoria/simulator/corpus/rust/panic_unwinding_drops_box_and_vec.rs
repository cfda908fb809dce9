struct Cell {
    id: u32,
}

impl Drop for Cell {
    fn drop(&mut self) {
        println!("drop cell {}", self.id);
    }
}

fn main() {
    let boxed = Box::new(Cell { id: 0 });
    let cells = vec![Cell { id: 1 }, Cell { id: 2 }];
    let mut count: u32 = 4_294_967_290;
    println!("{} {}", boxed.id, cells.len());
    for _ in 0..10 {
        count += 1; // overflow: the vector drops its elements in order, then the box
    }
    println!("{count}");
}
