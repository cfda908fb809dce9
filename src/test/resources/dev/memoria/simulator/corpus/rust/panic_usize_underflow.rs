fn remaining(total: usize, used: usize) -> usize {
    total - used
}

fn main() {
    let total = 3;
    for used in 0..5 {
        println!("{}", remaining(total, used));
    }
}
