struct D {
    id: u32,
}

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.id);
    }
}

fn main() {
    let _one = D { id: 1 };
    {
        let _two = D { id: 2 };
        {
            let _three = D { id: 3 };
            println!("innermost");
        } // @show
        let _four = D { id: 4 };
        println!("middle");
    }
    println!("outer");
}
