fn main() {
    let mut n = 1;
    let first_over_100 = loop {
        n *= 3;
        if n > 100 {
            break n;
        }
    };
    println!("{first_over_100}");
    let mut countdown = 3;
    loop {
        if countdown == 0 {
            break;
        }
        println!("{countdown}");
        countdown -= 1;
    }
}
