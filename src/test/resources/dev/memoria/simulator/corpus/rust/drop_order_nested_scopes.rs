struct D(u32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let _one = D(1);
    {
        let _two = D(2);
        {
            let _three = D(3);
            println!("innermost");
        } // @show
        let _four = D(4);
        println!("middle");
    }
    println!("outer");
}
