use std::thread;

#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

impl Point {
    fn new(x: i32, y: i32) -> Point {
        Point { x, y }
    }

    fn norm2(&self) -> i32 {
        self.x * self.x + self.y * self.y
    }

    fn shift(&mut self, dx: i32) {
        self.x += dx;
    }

    fn into_x(self) -> i32 {
        self.x
    }
}

fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn sum(v: &Vec<i32>) -> i32 {
    let mut total = 0;
    for x in v {
        total += *x;
    }
    total
}

fn main() {
    let mut p = Point::new(1, 2);
    p.shift(3);
    let q = p;
    println!("{:?} {} {}", q, p.norm2(), q.into_x());
    let s = String::from("hola");
    let t = s.clone();
    let r: &str = longest(s.as_str(), &t);
    println!("{r} {0} {}", t.len());
    let mut v: Vec<i32> = Vec::new();
    v.push(v.len() as i32);
    let w = vec![1, 2, 3];
    let z = vec![0u8; 4];
    for i in 0..w.len() {
        v.push(w[i] * 2);
    }
    for x in &mut v {
        *x -= 1;
    }
    let mut n = 10_u32;
    while n > 0 {
        n /= 2;
    }
    let k = loop {
        if n == 0 {
            break 5;
        }
    };
    let b = Box::new(k);
    let c = *b + 1;
    {
        let _a = Noisy { name: String::from("a") };
        let _b = Noisy { name: "b".to_string() };
    }
    let total = sum(&v);
    let x = 5;
    let x = x + 1;
    let handle = thread::spawn(move || {
        println!("in thread {}", total + x);
    });
    handle.join().unwrap();
    let h2 = std::thread::spawn(move || c * 2);
    let res = h2.join().unwrap();
    drop(w);
    std::mem::drop(z);
    assert!(res > 0, "res was {}", res);
    assert_eq!(c, 6);
    let msg = format!("{}-{}", 1, 'c');
    print!("{msg}\n");
    let f = 1.5e3 + 2.0;
    let ch = '\u{41}';
    let yes = !true || (1 < 2 && 3 >= 2);
    println!("{} {} {}", f, ch, yes);
    if res < 0 {
        panic!("negative");
    } else if res == 0 {
        return;
    }
    let mut s2 = String::with_capacity(10);
    s2.push_str("ab");
    s2.push('c');
    println!("{} {}", s2.len(), s2.capacity());
    let _ = v.pop();
    let it = v.iter();
    let _ = it;
}
