fn main() {
    let spaces = "   ";
    let spaces = spaces.len();
    println!("{spaces}");
    let x = 5;
    {
        let x = x * 2;
        println!("inner x = {x}");
    }
    println!("outer x = {x}");
}
