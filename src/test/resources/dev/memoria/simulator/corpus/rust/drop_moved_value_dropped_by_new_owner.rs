struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let v;
    {
        let x = D("x");
        let y = D("y");
        v = vec![x]; // x moves into the vector; y is dropped at the end of this block
        println!("inner end {}", y.0);
    }
    println!("outer has {}", v.len());
}
