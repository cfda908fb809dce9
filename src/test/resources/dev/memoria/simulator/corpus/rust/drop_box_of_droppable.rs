struct Node {
    value: i32,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop node {}", self.value);
    }
}

fn main() {
    let a = Box::new(Node { value: 1 });
    let b = Box::new(Node { value: 2 });
    let moved = a; // ownership of the heap block moves; no copy of the Node
    println!("{} {}", moved.value, b.value);
}
