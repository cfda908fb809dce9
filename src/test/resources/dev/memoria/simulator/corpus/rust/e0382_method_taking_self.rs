struct Ticket {
    id: u32,
}

impl Ticket {
    fn redeem(self) -> u32 {
        self.id
    }
}

fn main() {
    let t = Ticket { id: 7 };
    let a = t.redeem();
    let b = t.redeem();
    println!("{a} {b}");
}
