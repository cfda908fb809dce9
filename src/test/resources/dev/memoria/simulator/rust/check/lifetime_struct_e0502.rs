struct View<'a> {
    items: &'a Vec<i32>,
}

impl<'a> View<'a> {
    fn total(&self) -> i32 {
        let mut sum = 0;
        for x in self.items {
            sum += x;
        }
        sum
    }
}

fn main() {
    let mut v = vec![1, 2];
    let view = View { items: &v };
    v.push(3);
    println!("{}", view.total());
}
