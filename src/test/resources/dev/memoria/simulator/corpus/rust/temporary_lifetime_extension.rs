fn main() {
    let r = &String::from("extended"); // the temporary lives as long as r
    println!("{r} {}", r.len());
    let n = String::from("temp").len(); // this temporary is dropped at the end of the statement
    println!("{n}");
}
