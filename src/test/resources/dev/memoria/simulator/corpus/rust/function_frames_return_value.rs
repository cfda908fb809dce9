fn square(n: i32) -> i32 {
    n * n
}

fn sum_of_squares(a: i32, b: i32) -> i32 {
    let sa = square(a); // @show: frame square is gone, its result is in sa
    let sb = square(b);
    sa + sb
}

fn main() {
    let r = sum_of_squares(3, 4);
    println!("{r}");
}
