fn main() {
    let mut s = String::from("hi");
    let r = &mut s;
    r.push_str(" there"); // last use of r: the mutable borrow ends here
    println!("{s}");
}
