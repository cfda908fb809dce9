fn main() {
    let r;
    {
        let x = 5;
        r = &x; // @expect(E0597)
    }
    println!("{r}");
}
