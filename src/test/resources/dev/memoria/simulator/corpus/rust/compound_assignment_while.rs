fn main() {
    let mut total = 0;
    let mut i = 1;
    while i <= 5 {
        total += i;
        i += 1;
    }
    total -= 3;
    total /= 2;
    total %= 5;
    println!("total = {total}, i = {i}");
}
