struct Temp {
    name: &'static str,
}

impl Temp {
    fn size(&self) -> usize {
        self.name.len()
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let kept = Temp { name: "kept" };
    let n = Temp { name: "temporary" }.size(); // dropped at the end of this statement
    println!("size {n}");
    let r = &Temp { name: "extended" }; // lifetime extended to the end of main
    println!("using {}", r.name);
    println!("end {}", kept.size());
}
