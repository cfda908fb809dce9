fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() > b.len() {
        a
    } else {
        b
    }
}
fn first_word(s: &String) -> &str {
    s.as_str()
}
struct Counter {
    count: u32,
}
impl Counter {
    fn new() -> Counter {
        Counter { count: 0 }
    }
    fn bump(&mut self) -> u32 {
        self.count += 1;
        self.count
    }
}
fn main() {
    let a = String::from("abc");
    let res;
    {
        let b = String::from("de");
        res = longest(a.as_str(), b.as_str()).len();
    }
    println!("{}", res);
    let mut s = String::from("hello");
    let w = first_word(&s);
    println!("{}", w);
    s.push_str(" world");
    let mut c = Counter::new();
    let x = c.bump();
    let y = c.bump();
    println!("{} {}", x, y);
    let mut n = 1;
    let m = &mut n;
    *m += 1;
    n += 1;
    println!("{}", n);
    let v = vec![String::from("a"), String::from("b")];
    let h = std::thread::spawn(move || {
        println!("{}", v.len());
    });
    h.join().unwrap();
    let mut total = 0;
    for i in 0..3 {
        total += i;
    }
    println!("{}", total);
    let z: i32;
    z = 5;
    println!("{}", z);
    let mut q = String::new();
    q = String::from("re");
    let q2 = q;
    q = String::from("again");
    println!("{} {}", q, q2);
    let bx = Box::new(5);
    let val = *bx + 1;
    println!("{} {}", bx, val);
}
