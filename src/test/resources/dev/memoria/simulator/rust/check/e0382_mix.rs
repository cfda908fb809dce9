struct P {
    n: i32,
}
impl P {
    fn eat(self) -> i32 {
        self.n
    }
}
fn main() {
    let p = P { n: 1 };
    let a = p.eat();
    let b = p.eat();
    let v = vec![1];
    for x in v {
        println!("{}", x);
    }
    println!("{:?}", v);
    let s = String::from("x");
    let mut i = 0;
    while i < 2 {
        if i == 1 {
            drop(s);
        }
        i += 1;
    }
    let t = String::from("x");
    let mut k = 0;
    loop {
        k += 1;
        if k > 3 {
            break;
        }
        let u = t;
    }
    let w = String::from("w");
    let w2 = w;
    let w3 = w;
    let w4 = w;
}
