fn main() {
    let x: i32; // declared, not yet initialised: no E0381 as long as nobody reads it
    let flag = true;
    if flag {
        x = 10;
    } else {
        x = 20;
    }
    println!("{x}");
}
