fn f() -> &'static String {
    let s = String::from("x");
    &s
}
fn g(x: &i32) -> &i32 {
    let y = *x + 1;
    &y
}
fn h() -> &'static str {
    let s = String::from("x");
    s.as_str()
}
fn k<'a>() -> &'a String {
    &String::from("t")
}
fn main() {
    f();
    g(&1);
    h();
    k();
}
