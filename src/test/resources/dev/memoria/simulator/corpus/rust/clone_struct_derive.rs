#[derive(Debug, Clone)]
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("Eva"), age: 30 };
    let mut q = p.clone();
    q.name.push_str(" Jr");
    q.age = 2;
    println!("{:?}", p);
    println!("{:?}", q);
}
