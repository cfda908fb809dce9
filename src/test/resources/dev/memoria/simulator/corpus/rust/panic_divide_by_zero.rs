fn average(total: i32, count: i32) -> i32 {
    total / count
}

fn main() {
    println!("{}", average(10, 2));
    let mut count = 2;
    while count >= 0 {
        println!("{}", average(10, count));
        count -= 1;
    }
}
