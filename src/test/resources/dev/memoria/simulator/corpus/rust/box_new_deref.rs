fn main() {
    let b = Box::new(41); // @show: 8 bytes on the stack point at 4 bytes on the heap
    let n = *b + 1;
    let mut c = Box::new(n);
    *c += 1;
    println!("{} {} {}", b, n, c);
}
