fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() {
        x
    } else {
        y
    }
}

fn first<'a, 'b>(x: &'a str, _y: &'b str) -> &'a str {
    x
}

fn main() {
    let string1 = String::from("long string is long");
    let kept;
    {
        let string2 = String::from("xyz");
        let result = longest(string1.as_str(), string2.as_str()); // @show
        println!("The longest string is {result}");
        kept = first(string1.as_str(), string2.as_str());
    }
    println!("still here: {kept}");
}
