package dev.memoria.simulator.rust.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.simulator.rust.syntax.AstWalker;
import dev.memoria.simulator.rust.syntax.Expr;
import dev.memoria.simulator.rust.syntax.Node;
import dev.memoria.simulator.rust.syntax.Parsed;
import dev.memoria.simulator.rust.syntax.Parser;
import dev.memoria.simulator.rust.syntax.Pat;
import dev.memoria.simulator.trace.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypeCheckerTest {

  private static String resource(String path) throws IOException {
    try (InputStream in = TypeCheckerTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static TypedProgram check(String source) {
    Parsed parsed = Parser.parse(source);
    assertEquals(List.of(), parsed.problems());
    return TypeChecker.check(parsed.crate());
  }

  private static TypedProgram checkOk(String source) {
    TypedProgram program = check(source);
    assertEquals(List.of(), program.problems());
    return program;
  }

  private static <T extends Node> List<T> nodes(
      TypedProgram p, Class<T> kind, Predicate<T> filter) {
    List<T> out = new ArrayList<>();
    AstWalker.walk(
        p.crate(),
        n -> {
          if (kind.isInstance(n) && filter.test(kind.cast(n))) {
            out.add(kind.cast(n));
          }
        });
    return out;
  }

  /** The types of the bindings named {@code name}, in declaration order. */
  private static List<String> typesOf(TypedProgram p, String name) {
    return nodes(p, Pat.Ident.class, i -> i.name().equals(name)).stream()
        .map(i -> p.bindingOf(i).type().display())
        .toList();
  }

  private static MethodResolution method(TypedProgram p, String name, int line) {
    return p.methodOf(
        nodes(p, Expr.MethodCall.class, m -> m.method().equals(name) && m.span().line() == line)
            .get(0));
  }

  private static List<String> messages(String source) {
    return check(source).problems().stream().map(Problem::message).toList();
  }

  @Test
  void typesTheTourOfTheSubsetWithoutProblems() throws IOException {
    TypedProgram p = checkOk(resource("/dev/memoria/simulator/rust/syntax/tour.rs"));
    assertEquals(
        List.of("Point", "i32", "i32"),
        List.of(typesOf(p, "p").get(0), typesOf(p, "k").get(0), typesOf(p, "c").get(0)));
    assertEquals(
        List.of("&str", "&str", "Vec<i32>", "Vec<u8>", "JoinHandle<()>", "JoinHandle<i32>"),
        List.of(
            typesOf(p, "r").get(0),
            typesOf(p, "y").get(1),
            typesOf(p, "w").get(0),
            typesOf(p, "z").get(0),
            typesOf(p, "handle").get(0),
            typesOf(p, "h2").get(0)));
    assertTrue(p.mainFn().isPresent());
    StructDef noisy = p.struct("Noisy").orElseThrow();
    assertTrue(noisy.drop().isPresent());
    assertTrue(p.needsDrop(new Type.Struct("Noisy")));
    assertFalse(p.needsDrop(new Type.Struct("Point")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "E0106", "E0373", "E0381", "E0382", "E0384", "E0499", "E0502", "E0505", "E0506", "E0507",
        "E0515", "E0594", "E0596", "E0597", "E0716"
      })
  void leavesOwnershipAndBorrowErrorsToTheChecker(String code) throws IOException {
    checkOk(resource("codes/" + code + ".rs"));
  }

  @Test
  void infersIntegerLiteralsFromContextAndDefaultsToI32() {
    TypedProgram p =
        checkOk(
            """
            fn takes(x: u8) -> u8 { x }
            fn main() {
                let a = 1;
                let b = 2;
                takes(b);
                let mut v = Vec::new();
                v.push(3);
                let i = 0;
                let e = v[i];
                let s = 5u32;
                let big = 3_000_000_000i64;
                let d;
                d = 7;
                for n in 0..10 { println!("{n}"); }
            }
            """);
    assertEquals(List.of("i32"), typesOf(p, "a"));
    assertEquals(List.of("u8"), typesOf(p, "b"));
    assertEquals(List.of("Vec<i32>"), typesOf(p, "v"));
    assertEquals(List.of("usize"), typesOf(p, "i"));
    assertEquals(List.of("i32"), typesOf(p, "e"));
    assertEquals(List.of("u32"), typesOf(p, "s"));
    assertEquals(List.of("i64"), typesOf(p, "big"));
    assertEquals(List.of("i32"), typesOf(p, "d"));
    assertEquals(List.of("i32"), typesOf(p, "n"));
  }

  @Test
  void resolvesEachUseToTheBindingInScope() {
    TypedProgram p =
        checkOk(
            """
            fn main() {
                let x = 5;
                let x = x + 1;
                {
                    let x = "inner";
                    println!("{x}");
                }
                println!("{}", x);
            }
            """);
    List<Pat.Ident> decls = nodes(p, Pat.Ident.class, i -> i.name().equals("x"));
    List<Expr.Path> uses = nodes(p, Expr.Path.class, e -> e.segments().get(0).name().equals("x"));
    assertEquals(3, uses.size());
    List<Integer> declaredAt =
        uses.stream()
            .map(u -> ((Resolution.Local) p.resolutionOf(u)).binding().span().line())
            .toList();
    assertEquals(List.of(2, 5, 3), declaredAt);
    assertEquals(List.of("i32", "i32", "&str"), typesOf(p, "x"));
    assertEquals(3, decls.size());
  }

  @Test
  void resolvesMethodsWithAutoRefAndAutoDeref() {
    TypedProgram p =
        checkOk(
            """
            struct Point { x: i32 }
            impl Point {
                fn get(&self) -> i32 { self.x }
                fn set(&mut self, x: i32) { self.x = x; }
                fn into_x(self) -> i32 { self.x }
            }
            fn main() {
                let mut p = Point { x: 1 };
                p.set(2);
                let r = &p;
                r.get();
                let mut v = vec![1];
                let m = &mut v;
                m.push(2);
                m.len();
                let b = Box::new(Point { x: 3 });
                b.get();
                let s = String::from("a");
                s.clone();
                p.into_x();
            }
            """);
    assertEquals(List.of(0, "MUT"), summary(method(p, "set", 9)));
    assertEquals(List.of(0, "NONE"), summary(method(p, "get", 11)));
    assertEquals(List.of(0, "NONE"), summary(method(p, "push", 14)));
    assertEquals(List.of(1, "SHARED"), summary(method(p, "len", 15)));
    assertEquals(List.of(1, "SHARED"), summary(method(p, "get", 17)));
    assertEquals(List.of(0, "NONE"), summary(method(p, "into_x", 20)));
    assertEquals(Optional.of(BuiltinMethod.VEC_PUSH), method(p, "push", 14).builtin());
    assertEquals(Optional.of(BuiltinMethod.CLONE), method(p, "clone", 19).builtin());
    assertEquals("Point::set", method(p, "set", 9).user().orElseThrow().qualifiedName());
    Expr.Field selfX = nodes(p, Expr.Field.class, f -> f.span().line() == 3).get(0);
    assertEquals(1, p.fieldOf(selfX).derefs());
    assertEquals(0, p.fieldOf(selfX).field().index());
  }

  private static List<Object> summary(MethodResolution m) {
    return List.of(m.derefs(), m.autoref().name());
  }

  @Test
  void recordsCoercionsAtCoercionSites() {
    TypedProgram p =
        checkOk(
            """
            fn show(s: &str) -> usize { s.len() }
            fn bump(n: &mut i32) { *n += 1; }
            fn main() {
                let s = String::from("hola");
                show(&s);
                let b = Box::new(5);
                let r: &i32 = &b;
                let mut x = 1;
                let m = &mut x;
                bump(m);
                let shared: &i32 = m;
                show("lit");
            }
            """);
    List<Coercion> all = new ArrayList<>();
    AstWalker.walk(
        p.crate(),
        n -> {
          if (n instanceof Expr e) {
            p.coercionOf(e).ifPresent(all::add);
          }
        });
    assertEquals(
        List.of(
            new Coercion(2, false, Types.STR_REF),
            new Coercion(2, false, new Type.Ref(false, Types.I32)),
            new Coercion(1, true, new Type.Ref(true, Types.I32)),
            new Coercion(1, false, new Type.Ref(false, Types.I32))),
        all);
    assertEquals("i32", typesOf(p, "r").get(0).replace("&", ""));
  }

  @Test
  void knowsWhichTypesAreCopyAndTheirSizes() {
    TypedProgram p =
        checkOk(
            """
            #[derive(Debug, Clone, Copy)]
            struct P { x: i32, y: i32 }
            struct Mixed { a: u8, b: i64, c: u8 }
            #[derive(Clone)]
            struct Named { name: String, age: u32 }
            fn main() {}
            """);
    assertTrue(p.isCopy(Types.I32));
    assertTrue(p.isCopy(Types.STR_REF));
    assertTrue(p.isCopy(new Type.Struct("P")));
    assertFalse(p.isCopy(new Type.Struct("Named")));
    assertTrue(p.isClone(new Type.Struct("Named")));
    assertFalse(p.isCopy(Types.STRING));
    assertFalse(p.isCopy(new Type.Ref(true, Types.I32)));
    assertFalse(p.isCopy(new Type.BoxType(Types.I32)));
    assertEquals(24, p.sizeOf(Types.STRING));
    assertEquals(24, p.sizeOf(new Type.VecType(Types.I32)));
    assertEquals(16, p.sizeOf(Types.STR_REF));
    assertEquals(8, p.sizeOf(new Type.BoxType(Types.I32)));
    assertEquals(8, p.sizeOf(new Type.Struct("P")));
    assertEquals(16, p.sizeOf(new Type.Struct("Mixed")));
    assertEquals(32, p.sizeOf(new Type.Struct("Named")));
    assertEquals(8, p.sizeOf(new Type.OptionType(Types.I32)));
    assertEquals(24, p.sizeOf(new Type.OptionType(Types.STRING)));
    assertEquals(1, p.sizeOf(Types.BOOL));
    assertEquals(4, p.sizeOf(Types.CHAR));
    assertEquals(
        List.of("a", "b", "c"),
        p.struct("Mixed").orElseThrow().fields().stream().map(StructDef.FieldDef::name).toList());
    assertEquals(
        List.of(1, 8, 1),
        p.struct("Mixed").orElseThrow().fields().stream().map(StructDef.FieldDef::size).toList());
  }

  @Test
  void findsWhatClosuresCaptureAndHow() {
    TypedProgram p =
        checkOk(
            """
            use std::thread;
            struct Point { x: i32, y: String }
            struct Guard { n: i32 }
            impl Drop for Guard {
                fn drop(&mut self) { println!("drop {}", self.n); }
            }
            fn main() {
                let v = vec![1, 2];
                let mut count = 0;
                let h = thread::spawn(|| {
                    println!("{:?}", v);
                    count += 1;
                });
                h.join().unwrap();
                let p = Point { x: 1, y: String::from("a") };
                let g = Guard { n: 2 };
                let s = String::from("s");
                let h2 = thread::spawn(move || {
                    let moved = s;
                    p.x + g.n + moved.len() as i32
                });
                let total = h2.join().unwrap();
                println!("{total}");
            }
            """);
    List<Expr.Closure> closures = nodes(p, Expr.Closure.class, c -> true);
    assertEquals(List.of("v BY_REF", "count BY_MUT_REF"), describe(p.closureOf(closures.get(0))));
    assertEquals(
        List.of("s BY_VALUE", "p.x BY_VALUE", "g BY_VALUE"),
        describe(p.closureOf(closures.get(1))));
    assertEquals(Types.I32, p.closureOf(closures.get(1)).result());
  }

  private static List<String> describe(ClosureInfo info) {
    return info.captures().stream()
        .map(
            c ->
                c.binding().name()
                    + c.fields().stream().map(f -> "." + f).reduce("", String::concat)
                    + " "
                    + c.mode())
        .toList();
  }

  @Test
  void describesHowForLoopsIterate() {
    TypedProgram p =
        checkOk(
            """
            fn main() {
                let mut v = vec![String::from("a")];
                for i in 0..3 { println!("{i}"); }
                for i in 1..=3 { println!("{i}"); }
                for s in &v { println!("{s}"); }
                for s in &mut v { s.push('!'); }
                for s in v.iter() { println!("{s}"); }
                for s in v { println!("{s}"); }
            }
            """);
    List<String> kinds =
        nodes(p, Expr.For.class, f -> true).stream()
            .map(f -> p.forOf(f).kind() + " " + p.forOf(f).element().display())
            .toList();
    assertEquals(
        List.of(
            "RANGE i32",
            "RANGE_INCLUSIVE i32",
            "VEC_REF &String",
            "VEC_REF_MUT &mut String",
            "ITER &String",
            "VEC_INTO_ITER String"),
        kinds);
  }

  @Test
  void reportsTypeErrorsAsOutsideWhatTheSimulatorJudges() {
    assertEquals(
        List.of(
            "type error: mismatched types: expected `i32`, found `&str` — the simulator checks only"
                + " ownership and borrowing"),
        messages("fn main() { let x: i32 = \"no\"; }"));
    assertEquals(
        List.of(
            "type error: `P` doesn't implement `std::fmt::Display` — the simulator checks only"
                + " ownership and borrowing"),
        messages("struct P { x: i32 }\nfn main() { let p = P { x: 1 }; println!(\"{}\", p); }"));
    assertEquals(
        List.of(
            "type error: cannot find value `y` in this scope — the simulator checks only ownership"
                + " and borrowing"),
        messages("fn main() { let x = y; }"));
    assertEquals(
        List.of(
            "type error: literal out of range for `u8` — the simulator checks only ownership and"
                + " borrowing"),
        messages("fn main() { let x: u8 = 256; }"));
    assertEquals(
        List.of(
            "type error: type annotations needed for `Vec<_>` — the simulator checks only ownership"
                + " and borrowing"),
        messages("fn main() { let v = Vec::new(); }"));
  }

  @Test
  void reportsConstructsOutsideTheSubset() {
    assertEquals(
        List.of("`+` on strings (concatenation) is not supported by the simulator"),
        messages(
            "fn main() { let a = String::from(\"a\"); let b = a + \"b\"; println!(\"{b}\"); }"));
    assertEquals(
        List.of("closures outside `thread::spawn` is not supported by the simulator"),
        messages("fn main() { let f = || 1; }"));
    assertEquals(
        List.of(
            "the type `i128` (the subset has the integer types up to 64 bits, and f64) is not"
                + " supported by the simulator"),
        messages("fn main() { let x: i128 = 1; }"));
    assertEquals(
        List.of("`use std::collections::HashMap` is not supported by the simulator"),
        messages("use std::collections::HashMap;\nfn main() {}"));
    assertEquals(
        List.of("`Some` values is not supported by the simulator"),
        messages("fn main() { let x = Some(1); }"));
  }

  @Test
  void typesStructsWithLifetimeParametersAndChecksTheirNames() {
    TypedProgram p =
        checkOk(
            """
            struct Excerpt<'a> { part: &'a str }
            impl<'a> Excerpt<'a> {
                fn part(&self) -> &'a str { self.part }
            }
            fn first(text: &str) -> Excerpt<'_> { Excerpt { part: text } }
            fn main() {
                let s = String::from("x");
                let e: Excerpt = first(&s);
                let p = e.part();
                println!("{p}");
            }
            """);
    assertEquals(List.of("Excerpt"), typesOf(p, "e"));
    assertEquals(List.of("&str"), typesOf(p, "p"));
    assertEquals(
        List.of(
            "type error: use of undeclared lifetime name `'b` — the simulator checks only"
                + " ownership and borrowing"),
        messages("struct S<'a> { r: &'b i32 }\nfn main() {}"));
    assertEquals(
        List.of(
            "an `impl` for `S` that does not name each of its lifetime parameters (write `impl<'a>"
                + " S<'a>`) is not supported by the simulator"),
        messages("struct S<'a> { r: &'a i32 }\nimpl S { fn f(&self) {} }\nfn main() {}"));
    assertEquals(
        List.of(
            "type error: struct takes 0 lifetime arguments but 1 were supplied — the simulator"
                + " checks only ownership and borrowing"),
        messages("struct S { r: i32 }\nimpl<'a> S<'a> { fn f(&self) {} }\nfn main() {}"));
  }

  @Test
  void typesDivergingExpressionsAsNever() {
    TypedProgram p =
        checkOk(
            """
            fn pick(c: bool) -> i32 {
                if c {
                    return 1;
                }
                let n = loop {
                    break 2;
                };
                if n > 1 { panic!("too big") } else { n }
            }
            fn main() { println!("{}", pick(true)); }
            """);
    Expr.Loop loop = nodes(p, Expr.Loop.class, l -> true).get(0);
    assertEquals(Types.I32, p.typeOf(loop));
    Expr.FormatMacro panic =
        nodes(p, Expr.FormatMacro.class, m -> m.kind() == Expr.MacroKind.PANIC).get(0);
    assertInstanceOf(Type.Never.class, p.typeOf(panic));
  }

  @Test
  void checksTheDeepestAcceptedNestingOnASmallStack() throws InterruptedException {
    List<String> sources =
        List.of(
            "fn main() { let x = " + "(".repeat(95) + "1" + ")".repeat(95) + "; }",
            "fn main() " + "{".repeat(190) + "}".repeat(190),
            "fn main() { let x = 1" + " + 1".repeat(190) + "; }",
            "fn main() { let v = vec![1]; let n = v" + ".clone()".repeat(190) + ".len(); }");
    List<Object> outcomes = new ArrayList<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              for (String source : sources) {
                Parsed parsed = Parser.parse(source);
                outcomes.add(
                    parsed.ok() ? TypeChecker.check(parsed.crate()).problems() : parsed.problems());
              }
            },
            "small-stack",
            512 * 1024);
    thread.start();
    thread.join();
    assertEquals(List.of(List.of(), List.of(), List.of(), List.of()), outcomes);
  }

  @Test
  void callsAMissingStdMethodUnsupportedButAMissingUserMethodAnError() {
    assertEquals(
        List.of("the method `into` on `&str` is not supported by the simulator"),
        messages("fn main() { let s: String = \"x\".into(); }"));
    assertEquals(
        List.of(
            "type error: no method named `clone` found for `P` — the simulator checks only"
                + " ownership and borrowing"),
        messages("struct P { x: i32 }\nfn main() { let p = P { x: 1 }; let q = p.clone(); }"));
  }
}
