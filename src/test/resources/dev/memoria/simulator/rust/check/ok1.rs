struct C {
    n: i32,
}
impl C {
    fn get(&self) -> i32 {
        self.n
    }
    fn add(&mut self, k: i32) {
        self.n += k;
    }
    fn name(&self) -> &i32 {
        &self.n
    }
}
fn first(v: &Vec<i32>) -> &i32 {
    &v[0]
}
fn main() {
    let mut v = vec![1, 2, 3];
    v.push(v.len() as i32);
    let n = v.len();
    v.push(n as i32);
    let f = &v[0];
    println!("{}", f);
    v.push(5);
    let mut s = String::from("a");
    let r = &mut s;
    r.push('b');
    let r2 = &mut *r;
    r2.push('c');
    r.push('d');
    println!("{}", s);
    let mut c = C { n: 1 };
    c.add(c.get());
    let k = c.name();
    println!("{}", k);
    c.add(1);
    let t = &String::from("tmp");
    println!("{}", t);
    let x;
    if n > 2 {
        x = 1;
    } else {
        x = 2;
    }
    println!("{}", x);
    let a = first(&v);
    println!("{}", a);
    v.push(9);
    let mut w = vec![String::from("q")];
    let p = w.pop().unwrap();
    w.push(p);
    for e in &mut w {
        e.push('!');
    }
    for e in &w {
        println!("{}", e);
    }
    let b = Box::new(String::from("bx"));
    let inner = *b;
    println!("{}", inner);
}
