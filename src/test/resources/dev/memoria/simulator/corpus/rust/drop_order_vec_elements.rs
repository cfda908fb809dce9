struct Item {
    id: u32,
}

impl Drop for Item {
    fn drop(&mut self) {
        println!("drop item {}", self.id);
    }
}

fn main() {
    let mut v = Vec::new();
    v.push(Item { id: 1 });
    v.push(Item { id: 2 });
    v.push(Item { id: 3 });
    let _after = Item { id: 99 };
    println!("len {}", v.len());
} // _after first (declared last), then the vector's elements in order 1, 2, 3
