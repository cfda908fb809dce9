struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn top(&self) -> &i32 {
        &self.items[0]
    }
    fn push(&mut self, v: i32) {
        self.items.push(v);
    }
}

fn main() {
    let mut st = Stack { items: vec![1] };
    let t = st.top();
    st.push(2);
    println!("{}", t);
    let mut v = vec![1, 2, 3];
    for x in &v {
        v.push(*x);
    }
    let s = String::from("x");
    let r = &s;
    let s2 = s;
    println!("{}", r);
    let mut a = String::from("a");
    let ra = &a;
    a.push('b');
    println!("{}", ra);
    let p = Stack { items: vec![] };
    p.push(1);
}
