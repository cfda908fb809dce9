fn eat(s: String) {
    println!("{s}");
}

fn main() {
    let s = String::from("food");
    let r = &s;
    eat(s); // @expect(E0505)
    println!("{r}");
}
