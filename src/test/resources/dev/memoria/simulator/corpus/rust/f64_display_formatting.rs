fn main() {
    let a: f64 = 0.1 + 0.2;
    let third = 1.0 / 3.0;
    let whole: f64 = 2.0;
    let big: f64 = 1e21;
    let tiny: f64 = 0.0000001;
    println!("{a} {third}");
    println!("{whole} {:?}", whole); // Display drops ".0", Debug keeps it
    println!("{big} {tiny}");
    println!("{} {}", -0.5 * 3.0, 7.0 / 2.0);
}
