fn first_of<'a, 'b>(x: &'a str, y: &'b str) -> &'a str {
    println!("ignoring {y}");
    x
}

fn main() {
    let kept = String::from("kept");
    let result;
    {
        let temp = String::from("temp");
        result = first_of(&kept, &temp);
    }
    println!("{result}");
}
