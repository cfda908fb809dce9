#[derive(Debug)]
struct Student {
    name: String,
    grades: Vec<u32>,
    year: u8,
}

impl Student {
    fn average(&self) -> u32 {
        let mut sum = 0;
        let mut count = 0;
        for g in &self.grades {
            sum += *g;
            count += 1;
        }
        sum / count
    }
}

fn main() {
    let mut s = Student { name: String::from("Lin"), grades: vec![7, 9], year: 2 };
    s.grades.push(8); // @show: two heap blocks, one per owning field
    println!("{:?}", s);
    println!("{} {}", s.name, s.average());
}
