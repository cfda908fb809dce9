#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn new() -> Stack {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, v: i32) {
        self.items.push(v);
    }
    fn top(&self) -> &i32 {
        &self.items[self.items.len() - 1]
    }
    fn size(&self) -> usize {
        self.items.len()
    }
}

struct Guard {
    name: String,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn add_one(v: &mut Vec<i32>) {
    v.push(1);
}

fn sum(v: &Vec<i32>) -> i32 {
    let mut total = 0;
    for x in v {
        total += *x;
    }
    total
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let q = p;
    println!("{:?} {:?}", p, q);
    let mut st = Stack::new();
    st.push(3);
    st.push(st.size() as i32);
    let t = st.top();
    println!("{}", t);
    st.push(4);
    let mut v = Vec::new();
    add_one(&mut v);
    add_one(&mut v);
    println!("{}", sum(&v));
    let r = &mut v;
    r.push(7);
    add_one(r);
    println!("{:?}", v);
    let g = Guard { name: String::from("g") };
    let b = Box::new(Guard { name: String::from("b") });
    drop(g);
    let mut s = String::from("a");
    {
        let r1 = &s;
        println!("{}", r1);
    }
    s.push('b');
    let mut count = 0;
    while count < 3 {
        let tmp = String::from("t");
        s.push_str(&tmp);
        count += 1;
    }
    loop {
        if count > 5 {
            break;
        }
        count += 1;
    }
    let n: u8 = 255;
    let m = n as i32 + 1;
    println!("{} {} {}", s, m, b.name);
    let words = vec![String::from("a"), String::from("b")];
    for w in &words {
        println!("{}", w);
    }
    for w in words {
        println!("{}", w);
    }
    let mut nums = vec![1, 2, 3];
    for x in &mut nums {
        *x += 1;
    }
    let first = nums[0];
    nums[1] = first;
    println!("{:?}", nums);
    let name = String::from("n");
    let h = std::thread::spawn(move || {
        println!("{}", name);
    });
    h.join().unwrap();
    let mut x = 5;
    let y = &mut x;
    *y += 1;
    println!("{}", x);
    let c = s.clone();
    let d = c;
    println!("{}", d);
}
