fn main() {
    let v = vec![3, 1, 4, 1, 5];
    let mut max = 0;
    for x in v.iter() {
        if *x > max {
            max = *x;
        }
    }
    println!("max {max} of {} values", v.len());
}
