struct Item(u32);

impl Drop for Item {
    fn drop(&mut self) {
        println!("drop item {}", self.0);
    }
}

fn main() {
    let mut v = Vec::new();
    v.push(Item(1));
    v.push(Item(2));
    v.push(Item(3));
    let _after = Item(99);
    println!("len {}", v.len());
} // _after first (declared last), then the vector's elements in order 1, 2, 3
