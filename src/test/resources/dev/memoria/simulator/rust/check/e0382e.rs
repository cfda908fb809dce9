struct P {
    name: String,
    age: i32,
}

fn main() {
    let p = P { name: String::from("a"), age: 3 };
    let n = p.name;
    println!("{} {}", n, p.age);
    let q = p;
}
