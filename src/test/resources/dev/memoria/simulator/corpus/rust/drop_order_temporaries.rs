struct Temp(&'static str);

impl Temp {
    fn size(&self) -> usize {
        self.0.len()
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let kept = Temp("kept");
    let n = Temp("temporary").size(); // dropped at the end of this statement
    println!("size {n}");
    let r = &Temp("extended"); // lifetime extended to the end of main
    println!("using {}", r.0);
    println!("end {}", kept.size());
}
