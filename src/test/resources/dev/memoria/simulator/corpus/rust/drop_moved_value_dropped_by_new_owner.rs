struct D {
    name: &'static str,
}

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let v;
    {
        let x = D { name: "x" };
        let y = D { name: "y" };
        v = vec![x]; // x moves into the vector; y is dropped at the end of this block
        println!("inner end {}", y.name);
    }
    println!("outer has {}", v.len());
}
