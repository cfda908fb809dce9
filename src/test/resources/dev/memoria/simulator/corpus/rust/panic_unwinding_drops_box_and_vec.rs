struct Cell(u32);

impl Drop for Cell {
    fn drop(&mut self) {
        println!("drop cell {}", self.0);
    }
}

fn main() {
    let boxed = Box::new(Cell(0));
    let cells = vec![Cell(1), Cell(2)];
    let mut count: u32 = 4_294_967_290;
    println!("{} {}", boxed.0, cells.len());
    for _ in 0..10 {
        count += 1; // overflow: the vector drops its elements in order, then the box
    }
    println!("{count}");
}
