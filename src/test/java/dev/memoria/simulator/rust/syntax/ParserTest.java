package dev.memoria.simulator.rust.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.simulator.trace.Problem;
import dev.memoria.simulator.trace.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParserTest {

  private static String tour() throws IOException {
    try (InputStream in = ParserTest.class.getResourceAsStream("tour.rs")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Parsed parseOk(String source) {
    Parsed parsed = Parser.parse(source);
    assertEquals(List.of(), parsed.problems());
    return parsed;
  }

  /** The body of {@code fn main} in {@code source}. */
  private static Expr.Block mainBody(String source) {
    Parsed parsed = parseOk(source);
    return parsed.crate().items().stream()
        .filter(i -> i instanceof Item.Fn f && f.name().equals("main"))
        .map(i -> ((Item.Fn) i).body())
        .findFirst()
        .orElseThrow();
  }

  /** The expression of {@code fn main() { let _e = EXPR; }}. */
  private static String expr(String expression) {
    Expr.Block body = mainBody("fn main() { let _e = " + expression + "; }");
    Stmt.Let let = (Stmt.Let) body.stmts().get(0);
    return AstPrinter.print(let.init().orElseThrow());
  }

  private static String messages(String source) {
    return String.join(
        "\n",
        Parser.parse(source).problems().stream()
            .map(p -> p.at().line() + ": " + p.message())
            .toList());
  }

  @Test
  void parsesTheWholeSubsetWithoutProblems() throws IOException {
    Parsed parsed = parseOk(tour());
    List<Item> items = parsed.crate().items();
    assertEquals(8, items.size());
    Item.Use use = (Item.Use) items.get(0);
    assertEquals(List.of("std", "thread"), use.path());
    Item.Struct point = (Item.Struct) items.get(1);
    assertEquals(List.of("Debug", "Clone", "Copy"), point.derives());
    assertEquals(List.of("x", "y"), point.fields().stream().map(Item.Field::name).toList());
    Item.Impl drop = (Item.Impl) items.get(3);
    assertEquals(Optional.of("Drop"), drop.trait());
    Item.Impl methods = (Item.Impl) items.get(4);
    assertEquals(
        List.of(
            Optional.empty(),
            Optional.of(Item.SelfKind.REF),
            Optional.of(Item.SelfKind.REF_MUT),
            Optional.of(Item.SelfKind.VALUE)),
        methods.fns().stream().map(f -> f.self().map(Item.SelfParam::kind)).toList());
    Item.Fn longest = (Item.Fn) items.get(5);
    assertEquals(List.of("'a"), longest.lifetimes());
    assertEquals("&'a str", AstPrinter.print(longest.returnType().orElseThrow()));
    assertEquals("&'a str", AstPrinter.print(longest.params().get(0).type()));
    assertEquals(
        "(if (> (.len x) (.len y)) { x } { y })",
        AstPrinter.print(longest.body().tail().orElseThrow()));
  }

  @Test
  void givesEveryNodeADistinctIdBelowTheNodeCount() throws IOException {
    Parsed parsed = parseOk(tour());
    BitSet seen = new BitSet();
    int[] count = {0};
    AstWalker.walk(
        parsed.crate(),
        node -> {
          assertFalse(seen.get(node.id()), "duplicate id " + node.id() + " at " + node.span());
          seen.set(node.id());
          count[0]++;
        });
    assertEquals(count[0], seen.cardinality());
    assertTrue(seen.length() <= parsed.crate().nodeCount());
    assertTrue(count[0] > parsed.crate().nodeCount() * 9 / 10, "ids should be nearly dense");
  }

  @Test
  void followsRustOperatorPrecedence() {
    assertEquals("(+ 1 (* 2 3))", expr("1 + 2 * 3"));
    assertEquals("(- (- 1 2) 3)", expr("1 - 2 - 3"));
    assertEquals("(|| (&& a b) c)", expr("a && b || c"));
    assertEquals("(as (- x) u32)", expr("-x as u32"));
    assertEquals("(+ (as a i64) 1)", expr("a as i64 + 1"));
    assertEquals("(== (& x 1) 0)", expr("x & 1 == 0").replace("(& x 1)", "(& x 1)"));
    assertEquals("(* (* p) 2)", expr("*p * 2"));
    assertEquals("(& (& x))", expr("&&x"));
    assertEquals("(&mut (index v 0))", expr("&mut v[0]"));
    assertEquals(
        "(.len (. (* self) name))",
        expr("(*self).name.len()").replace("(paren (* self))", "(* self)"));
    assertEquals("(.unwrap (.join h))", expr("h.join().unwrap()"));
    assertEquals("(call Vec::<i32>::new)", expr("Vec::<i32>::new()"));
    assertEquals("(.. 0 (.len v))", expr("0..v.len()"));
    assertEquals("(..= 1 10)", expr("1..=10"));
    assertEquals("5u8", expr("5u8"));
    assertEquals("1000", expr("1_000"));
    assertEquals("255", expr("0xff"));
  }

  @Test
  void parsesAssignmentsAsExpressionStatements() {
    Expr.Block body = mainBody("fn main() { let mut x = 1; x = 2; x += 3; x <<= 1; }");
    assertEquals(
        List.of("(let mut x 1)", "(= x 2);", "(+= x 3);", "(<<= x 1);"),
        body.stmts().stream().map(AstPrinter::print).toList());
  }

  @Test
  void splitsClosingAnglesInNestedGenerics() {
    Expr.Block body =
        mainBody(
            "fn main() { let v: Vec<Vec<i32>>= Vec::new(); let b: Box<Box<u8>> = Box::new(Box::new(1)); }");
    assertEquals("(let v: Vec<Vec<i32>> (call Vec::new))", AstPrinter.print(body.stmts().get(0)));
    assertEquals(
        "Box<Box<u8>>", AstPrinter.print(((Stmt.Let) body.stmts().get(1)).type().orElseThrow()));
  }

  @Test
  void doesNotReadAStructLiteralInAConditionButDoesElsewhere() {
    Expr.Block body =
        mainBody(
            """
            struct P { x: i32 }
            fn main() {
                let p = P { x: 1 };
                let x = 1;
                if x == 1 { println!("one"); }
                let q = P { x };
            }
            """);
    assertEquals("(let p (struct P x:1))", AstPrinter.print(body.stmts().get(0)));
    assertEquals("(if (== x 1) { (println! \"one\"); })", AstPrinter.print(body.stmts().get(2)));
    Stmt.Let q = (Stmt.Let) body.stmts().get(3);
    Expr.StructLit lit = (Expr.StructLit) q.init().orElseThrow();
    assertTrue(lit.fields().get(0).shorthand());
  }

  @Test
  void takesABlockLikeExpressionAtTheEndAsTheTail() {
    Expr.Block body = mainBody("fn main() { let a = 1; if a > 0 { 1 } else { 2 } }");
    assertEquals(1, body.stmts().size());
    assertInstanceOf(Expr.If.class, body.tail().orElseThrow());
    Expr.Block loops = mainBody("fn main() { while true { } loop { break; } let x = 1; x }");
    assertEquals(3, loops.stmts().size());
    assertFalse(((Stmt.Eval) loops.stmts().get(0)).semicolon());
    assertEquals("x", AstPrinter.print(loops.tail().orElseThrow()));
  }

  @Test
  void splitsFormatStringsAndCapturesInlineNames() {
    String source =
        """
        fn main() {
            let name = 1;
            println!("a {} b {:?} {name} {0} {{x}} {name:?}", 10, 20);
        }
        """;
    Expr.Block body = mainBody(source);
    Expr.FormatMacro m = (Expr.FormatMacro) ((Stmt.Eval) body.stmts().get(1)).expr();
    assertEquals(Expr.MacroKind.PRINTLN, m.kind());
    Format f = m.format().orElseThrow();
    assertEquals("(println! \"a {0} b {1:?} {2} {0} {x} {2:?}\" 10 20 name)", AstPrinter.print(m));
    Format.Placeholder captured = (Format.Placeholder) f.pieces().get(5);
    assertEquals(new Span(3, 27, 3, 33), captured.span());
    assertEquals(new Span(3, 27, 3, 33), f.args().get(2).span());
  }

  @Test
  void parsesMacrosOfTheSubset() {
    assertEquals("(vec! 1 2 3)", expr("vec![1, 2, 3]"));
    assertEquals("(vec! 0; n)", expr("vec![0; n]"));
    assertEquals("(vec!)", expr("vec![]"));
    assertEquals("(format! \"{0}-{1}\" a b)", expr("format!(\"{}-{}\", a, b)"));
    assertEquals("(panic!)", expr("panic!()"));
    assertEquals("(assert_eq! a b \"bad {0}\" c)", expr("assert_eq!(a, b, \"bad {}\", c)"));
    assertEquals("(assert! (> x 0))", expr("assert!(x > 0)"));
    assertEquals("(move || { (call f) })", expr("move || { f() }"));
    assertEquals("(println!)", expr("println!()"));
  }

  @Test
  void reportsFormatStringMistakes() {
    assertEquals(
        "1: syntax error: invalid reference to positional argument 1 in the format string",
        messages("fn main() { println!(\"{} {}\", 1); }"));
    assertEquals(
        "1: syntax error: argument never used in the format string",
        messages("fn main() { println!(\"{}\", 1, 2); }"));
    assertEquals(
        "1: the format spec `{:>5}` (only `{}` and `{:?}` are) is not supported by the simulator",
        messages("fn main() { println!(\"{:>5}\", 1); }"));
  }

  @Test
  void parsesLifetimeParametersOfStructsImplsAndTypes() {
    Parsed parsed =
        parseOk(
            """
            struct Excerpt<'a> { part: &'a str }
            impl<'a> Excerpt<'a> {
                fn part(&self) -> &'a str { self.part }
            }
            fn first(text: &str) -> Excerpt<'_> { Excerpt { part: text } }
            fn main() {}
            """);
    Item.Struct struct = (Item.Struct) parsed.crate().items().get(0);
    assertEquals(List.of("'a"), struct.lifetimes());
    assertEquals("&'a str", AstPrinter.print(struct.fields().get(0).type()));
    Item.Impl impl = (Item.Impl) parsed.crate().items().get(1);
    assertEquals(List.of("'a"), impl.lifetimes());
    assertEquals("Excerpt<'a>", AstPrinter.print(impl.selfType()));
    Item.Fn first = (Item.Fn) parsed.crate().items().get(2);
    assertEquals("Excerpt<'_>", AstPrinter.print(first.returnType().orElseThrow()));
    assertEquals(
        "2: lifetime arguments here (`<'a>`) is not supported by the simulator",
        messages("fn main() {\n    let v = Vec::<'a>::new();\n}"));
  }

  @Test
  void reportsConstructsOutsideTheSubsetByName() {
    String source =
        """
        enum Color { Red, Green }
        trait Shape { fn area(&self) -> f64; }
        struct Wrapper<T> { value: T }
        fn id<T>(x: T) -> T { x }
        fn main() {
            let x = Some(3);
            match x {
                Some(v) => println!("{v}"),
                None => {}
            }
            if let Some(v) = x { println!("{v}"); }
            let t = (1, 2);
            let a = [1, 2, 3];
            let c = |y: i32| y + 1;
            eprintln!("oops");
        }
        """;
    assertEquals(
        """
        1: `enum` is not supported by the simulator
        2: `trait` definitions is not supported by the simulator
        3: generic structs (type parameters) is not supported by the simulator
        4: generic functions (type parameters) is not supported by the simulator
        7: `match` is not supported by the simulator
        11: `if let` is not supported by the simulator
        12: tuples is not supported by the simulator
        13: arrays is not supported by the simulator
        14: typed closure parameters is not supported by the simulator
        15: the `eprintln!` macro is not supported by the simulator""",
        messages(source));
  }

  @Test
  void reportsEverySyntaxErrorAndRecovers() {
    String source =
        """
        fn main() {
            let x = 1
            let y = ;
            println!("{}", x);
        }
        fn other( { }
        fn last() {}
        """;
    Parsed parsed = Parser.parse(source);
    List<Integer> lines = parsed.problems().stream().map(p -> p.at().line()).toList();
    assertEquals(List.of(2, 3, 6), lines, messages(source));
    assertTrue(
        parsed.crate().items().stream()
            .anyMatch(i -> i instanceof Item.Fn f && f.name().equals("last")));
  }

  @Test
  void neverThrowsOnHostileInput() {
    String[] inputs = {
      "",
      "fn",
      "fn main(",
      "fn main() {",
      "}}}}",
      "fn main() { \"unterminated }",
      "/* open",
      "fn main() { let x = 'ab; }",
      "fn main() { let x = 1 +; }",
      "struct { }",
      "impl",
      "use ;",
      "fn main() { x.; }",
      "#",
      "#[",
      "fn main() { a..b..c }",
      "fn f() -> { }",
      "fn main() { println!(\"{\"); }",
      "fn main() { v[; }",
      "fn main() { let = 5; }",
      "\u0000\u0001",
      "fn main() { Vec::<i32 }",
      "fn main() { foo!{ }",
      "fn main() { if { } }",
    };
    for (String input : inputs) {
      Parsed parsed = Parser.parse(input);
      assertFalse(parsed.ok() && !input.isEmpty() && !input.equals("fn main() {}"), input);
    }
  }

  @Test
  void reportsDeepNestingAsUnsupportedWithoutOverflowingTheStack() {
    String parens = "fn main() { let x = " + "(".repeat(20_000) + "1" + ")".repeat(20_000) + "; }";
    String blocks = "fn main() " + "{".repeat(20_000) + "}".repeat(20_000);
    String chain = "fn main() { let x = 1" + " + 1".repeat(50_000) + "; }";
    String calls = "fn main() { let x = v" + ".len()".repeat(50_000) + "; }";
    String unary = "fn main() { let x = " + "-".repeat(50_000) + "1; }";
    String refs = "fn main() { let x: " + "&".repeat(50_000) + "i32 = 1; }";
    for (String input : List.of(parens, blocks, chain, calls, unary, refs)) {
      List<Problem> problems = Parser.parse(input).problems();
      assertEquals(1, problems.size(), problems.toString());
      assertEquals(
          "nesting deeper than 200 levels is not supported by the simulator",
          problems.get(0).message());
    }
  }

  @Test
  void givesSpansThatCoverTheNode() {
    Expr.Block body = mainBody("fn main() {\n    let s = String::from(\"hi\");\n}");
    Stmt.Let let = (Stmt.Let) body.stmts().get(0);
    assertEquals(new Span(2, 5, 2, 32), let.span());
    assertEquals(new Span(2, 13, 2, 31), let.init().orElseThrow().span());
    assertEquals(new Span(2, 9, 2, 10), let.pat().span());
  }
}
