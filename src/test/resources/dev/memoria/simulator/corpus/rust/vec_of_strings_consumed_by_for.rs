fn main() {
    let names = vec![String::from("ada"), String::from("bob")];
    for n in &names {
        println!("borrowed {n}");
    }
    for n in names {
        println!("owned {n}"); // each String is dropped at the end of its iteration
    }
    println!("done");
}
