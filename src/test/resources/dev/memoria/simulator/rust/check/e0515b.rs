fn f(v: &mut Vec<i32>) -> &i32 {
    let r = &v[0];
    v.push(1);
    r
}
fn g(x: String) -> &'static String {
    &x
}
fn h() -> &'static i32 {
    let v = vec![1];
    &v[0]
}
fn k() -> &'static String {
    let s = String::new();
    let r = &s;
    r
}
fn main() {
    let mut v = vec![1];
    f(&mut v);
}
