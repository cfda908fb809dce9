fn main() {
    let mut grid: Vec<Vec<u32>> = Vec::new();
    for row in 0..3 {
        let mut r = Vec::new();
        for col in 0..row + 1 {
            r.push(row * 10 + col);
        }
        grid.push(r); // the row's buffer stays where it is; only the Vec header moves
    }
    println!("{:?}", grid);
    println!("{}", grid[2][1]);
}
