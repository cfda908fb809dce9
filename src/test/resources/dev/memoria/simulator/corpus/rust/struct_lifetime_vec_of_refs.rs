struct Shelf<'a> {
    items: Vec<&'a i32>,
}

fn main() {
    let a = 1;
    let b = 2;
    let mut shelf = Shelf { items: Vec::new() };
    shelf.items.push(&a);
    shelf.items.push(&b); // @show
    println!("{}", shelf.items.len());
}
