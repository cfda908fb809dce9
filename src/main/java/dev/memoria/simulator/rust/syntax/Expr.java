package dev.memoria.simulator.rust.syntax;

import dev.memoria.simulator.trace.Span;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An expression. Blocks, {@code if} and loops are expressions, as in Rust. Use {@link
 * #accept(Visitor)} or {@code instanceof} to tell the kinds apart.
 */
public sealed interface Expr extends Node {

  /** Calls the visitor's method for this kind of expression. */
  <R> R accept(Visitor<R> visitor);

  /** An integer literal; {@code suffix} such as {@code u8} if written. */
  record Int(int id, Span span, BigInteger value, Optional<String> suffix) implements Expr {
    public Int {
      Objects.requireNonNull(span);
      Objects.requireNonNull(value);
      Objects.requireNonNull(suffix);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitInt(this);
    }
  }

  /** A float literal. */
  record Float(int id, Span span, double value, Optional<String> suffix) implements Expr {
    public Float {
      Objects.requireNonNull(span);
      Objects.requireNonNull(suffix);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitFloat(this);
    }
  }

  /** {@code true} or {@code false}. */
  record Bool(int id, Span span, boolean value) implements Expr {
    public Bool {
      Objects.requireNonNull(span);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitBool(this);
    }
  }

  /** A char literal; {@code value} is the code point. */
  record Char(int id, Span span, int value) implements Expr {
    public Char {
      Objects.requireNonNull(span);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitChar(this);
    }
  }

  /** A string literal ({@code &'static str}); {@code value} has escapes applied. */
  record Str(int id, Span span, String value) implements Expr {
    public Str {
      Objects.requireNonNull(span);
      Objects.requireNonNull(value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitStr(this);
    }
  }

  /** {@code ()}. */
  record Unit(int id, Span span) implements Expr {
    public Unit {
      Objects.requireNonNull(span);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitUnit(this);
    }
  }

  /**
   * A name or path: a local, {@code self}, a function, {@code String::from}, {@code Self::new},
   * {@code std::mem::drop}.
   */
  record Path(int id, Span span, List<PathSegment> segments) implements Expr {
    public Path {
      Objects.requireNonNull(span);
      segments = List.copyOf(segments);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitPath(this);
    }
  }

  /** {@code callee(args)}. */
  record Call(int id, Span span, Expr callee, List<Expr> args) implements Expr {
    public Call {
      Objects.requireNonNull(span);
      Objects.requireNonNull(callee);
      args = List.copyOf(args);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitCall(this);
    }
  }

  /** {@code receiver.method::<generics>(args)}. */
  record MethodCall(
      int id,
      Span span,
      Expr receiver,
      String method,
      Span methodSpan,
      List<TypeExpr> generics,
      List<Expr> args)
      implements Expr {
    public MethodCall {
      Objects.requireNonNull(span);
      Objects.requireNonNull(receiver);
      Objects.requireNonNull(method);
      Objects.requireNonNull(methodSpan);
      generics = List.copyOf(generics);
      args = List.copyOf(args);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitMethodCall(this);
    }
  }

  /** {@code base.name}. */
  record Field(int id, Span span, Expr base, String name, Span nameSpan) implements Expr {
    public Field {
      Objects.requireNonNull(span);
      Objects.requireNonNull(base);
      Objects.requireNonNull(name);
      Objects.requireNonNull(nameSpan);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitField(this);
    }
  }

  /** {@code base[index]}. */
  record Index(int id, Span span, Expr base, Expr index) implements Expr {
    public Index {
      Objects.requireNonNull(span);
      Objects.requireNonNull(base);
      Objects.requireNonNull(index);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitIndex(this);
    }
  }

  /** {@code -x}, {@code !x}, {@code *x}. */
  record Unary(int id, Span span, UnaryOp op, Expr operand) implements Expr {
    public Unary {
      Objects.requireNonNull(span);
      Objects.requireNonNull(op);
      Objects.requireNonNull(operand);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitUnary(this);
    }
  }

  /** {@code &operand} or {@code &mut operand}. */
  record Borrow(int id, Span span, boolean mutable, Expr operand) implements Expr {
    public Borrow {
      Objects.requireNonNull(span);
      Objects.requireNonNull(operand);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitBorrow(this);
    }
  }

  /** {@code left op right}, including {@code &&} and {@code ||}. */
  record Binary(int id, Span span, BinaryOp op, Expr left, Expr right) implements Expr {
    public Binary {
      Objects.requireNonNull(span);
      Objects.requireNonNull(op);
      Objects.requireNonNull(left);
      Objects.requireNonNull(right);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitBinary(this);
    }
  }

  /**
   * {@code target = value}, or with {@code op} a compound assignment such as {@code target +=
   * value}.
   */
  record Assign(int id, Span span, Optional<BinaryOp> op, Expr target, Expr value) implements Expr {
    public Assign {
      Objects.requireNonNull(span);
      Objects.requireNonNull(op);
      Objects.requireNonNull(target);
      Objects.requireNonNull(value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAssign(this);
    }
  }

  /** {@code operand as type}. */
  record Cast(int id, Span span, Expr operand, TypeExpr type) implements Expr {
    public Cast {
      Objects.requireNonNull(span);
      Objects.requireNonNull(operand);
      Objects.requireNonNull(type);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitCast(this);
    }
  }

  /** {@code start..end} or {@code start..=end}. */
  record Range(int id, Span span, Optional<Expr> start, Optional<Expr> end, boolean inclusive)
      implements Expr {
    public Range {
      Objects.requireNonNull(span);
      Objects.requireNonNull(start);
      Objects.requireNonNull(end);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitRange(this);
    }
  }

  /** {@code (inner)}: kept so spans match rustc's; transparent otherwise. */
  record Paren(int id, Span span, Expr inner) implements Expr {
    public Paren {
      Objects.requireNonNull(span);
      Objects.requireNonNull(inner);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitParen(this);
    }
  }

  /** {@code { stmts; tail }}: a scope; its value is the tail's, or {@code ()}. */
  record Block(int id, Span span, List<Stmt> stmts, Optional<Expr> tail) implements Expr {
    public Block {
      Objects.requireNonNull(span);
      stmts = List.copyOf(stmts);
      Objects.requireNonNull(tail);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitBlock(this);
    }
  }

  /**
   * {@code if condition then else otherwise}; {@code otherwise} is a {@link Block} or an {@link
   * If}.
   */
  record If(int id, Span span, Expr condition, Block then, Optional<Expr> otherwise)
      implements Expr {
    public If {
      Objects.requireNonNull(span);
      Objects.requireNonNull(condition);
      Objects.requireNonNull(then);
      Objects.requireNonNull(otherwise);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitIf(this);
    }
  }

  /** {@code while condition body}. */
  record While(int id, Span span, Expr condition, Block body) implements Expr {
    public While {
      Objects.requireNonNull(span);
      Objects.requireNonNull(condition);
      Objects.requireNonNull(body);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitWhile(this);
    }
  }

  /** {@code loop body}. */
  record Loop(int id, Span span, Block body) implements Expr {
    public Loop {
      Objects.requireNonNull(span);
      Objects.requireNonNull(body);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitLoop(this);
    }
  }

  /** {@code for pat in iterable body}. */
  record For(int id, Span span, Pat pat, Expr iterable, Block body) implements Expr {
    public For {
      Objects.requireNonNull(span);
      Objects.requireNonNull(pat);
      Objects.requireNonNull(iterable);
      Objects.requireNonNull(body);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitFor(this);
    }
  }

  /** {@code break} or {@code break value}. */
  record Break(int id, Span span, Optional<Expr> value) implements Expr {
    public Break {
      Objects.requireNonNull(span);
      Objects.requireNonNull(value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitBreak(this);
    }
  }

  /** {@code continue}. */
  record Continue(int id, Span span) implements Expr {
    public Continue {
      Objects.requireNonNull(span);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitContinue(this);
    }
  }

  /** {@code return} or {@code return value}. */
  record Return(int id, Span span, Optional<Expr> value) implements Expr {
    public Return {
      Objects.requireNonNull(span);
      Objects.requireNonNull(value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitReturn(this);
    }
  }

  /** {@code Path { name: value, shorthand }}; fields in the order written. */
  record StructLit(int id, Span span, Path path, List<FieldInit> fields) implements Expr {
    public StructLit {
      Objects.requireNonNull(span);
      Objects.requireNonNull(path);
      fields = List.copyOf(fields);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitStructLit(this);
    }
  }

  /**
   * {@code move || body} (the subset uses closures only as the argument of {@code thread::spawn}).
   */
  record Closure(int id, Span span, boolean isMove, List<Pat> params, Expr body) implements Expr {
    public Closure {
      Objects.requireNonNull(span);
      params = List.copyOf(params);
      Objects.requireNonNull(body);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitClosure(this);
    }
  }

  /**
   * {@code println!}, {@code print!}, {@code format!}, {@code panic!}; {@code format} empty for
   * {@code println!()} and {@code panic!()}.
   */
  record FormatMacro(int id, Span span, MacroKind kind, Optional<Format> format) implements Expr {
    public FormatMacro {
      Objects.requireNonNull(span);
      Objects.requireNonNull(kind);
      Objects.requireNonNull(format);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitFormatMacro(this);
    }
  }

  /** {@code vec![a, b, c]}. */
  record VecMacro(int id, Span span, List<Expr> elements) implements Expr {
    public VecMacro {
      Objects.requireNonNull(span);
      elements = List.copyOf(elements);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitVecMacro(this);
    }
  }

  /** {@code vec![element; count]}. */
  record VecRepeatMacro(int id, Span span, Expr element, Expr count) implements Expr {
    public VecRepeatMacro {
      Objects.requireNonNull(span);
      Objects.requireNonNull(element);
      Objects.requireNonNull(count);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitVecRepeatMacro(this);
    }
  }

  /** {@code assert!(cond)} or {@code assert_eq!(left, right)}, with an optional message. */
  record AssertMacro(
      int id, Span span, MacroKind kind, List<Expr> operands, Optional<Format> message)
      implements Expr {
    public AssertMacro {
      Objects.requireNonNull(span);
      Objects.requireNonNull(kind);
      operands = List.copyOf(operands);
      Objects.requireNonNull(message);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAssertMacro(this);
    }
  }

  /** Stands for an expression that had a problem (already reported). */
  record Error(int id, Span span) implements Expr {
    public Error {
      Objects.requireNonNull(span);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitError(this);
    }
  }

  /** One segment of a path, with its turbofish arguments ({@code Vec::<i32>::new}). */
  record PathSegment(String name, Span span, List<TypeExpr> generics) {
    public PathSegment {
      Objects.requireNonNull(name);
      Objects.requireNonNull(span);
      generics = List.copyOf(generics);
    }
  }

  /**
   * A field in a struct literal.
   *
   * @param shorthand written as just {@code name}; {@code value} is then a {@link Path} to it
   */
  record FieldInit(int id, Span span, String name, Span nameSpan, Expr value, boolean shorthand)
      implements Node {
    public FieldInit {
      Objects.requireNonNull(span);
      Objects.requireNonNull(name);
      Objects.requireNonNull(nameSpan);
      Objects.requireNonNull(value);
    }
  }

  /** Prefix operators other than borrows. */
  enum UnaryOp {
    NEG,
    NOT,
    DEREF
  }

  /** Binary operators, by Rust's names. */
  enum BinaryOp {
    ADD("+"),
    SUB("-"),
    MUL("*"),
    DIV("/"),
    REM("%"),
    BIT_AND("&"),
    BIT_OR("|"),
    BIT_XOR("^"),
    SHL("<<"),
    SHR(">>"),
    EQ("=="),
    NE("!="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    AND("&&"),
    OR("||");

    private final String symbol;

    BinaryOp(String symbol) {
      this.symbol = symbol;
    }

    /** The operator as written, such as {@code +=}'s {@code +}. */
    public String symbol() {
      return symbol;
    }

    /** Whether the result is a {@code bool} comparison. */
    public boolean isComparison() {
      return this == EQ || this == NE || this == LT || this == LE || this == GT || this == GE;
    }

    /** Whether it short-circuits. */
    public boolean isLazy() {
      return this == AND || this == OR;
    }
  }

  /** The macros of the subset. */
  enum MacroKind {
    PRINTLN("println"),
    PRINT("print"),
    FORMAT("format"),
    PANIC("panic"),
    ASSERT("assert"),
    ASSERT_EQ("assert_eq");

    private final String macroName;

    MacroKind(String macroName) {
      this.macroName = macroName;
    }

    /** The name without the {@code !}. */
    public String macroName() {
      return macroName;
    }
  }

  /** One method per kind of expression. */
  interface Visitor<R> {
    R visitInt(Int e);

    R visitFloat(Float e);

    R visitBool(Bool e);

    R visitChar(Char e);

    R visitStr(Str e);

    R visitUnit(Unit e);

    R visitPath(Path e);

    R visitCall(Call e);

    R visitMethodCall(MethodCall e);

    R visitField(Field e);

    R visitIndex(Index e);

    R visitUnary(Unary e);

    R visitBorrow(Borrow e);

    R visitBinary(Binary e);

    R visitAssign(Assign e);

    R visitCast(Cast e);

    R visitRange(Range e);

    R visitParen(Paren e);

    R visitBlock(Block e);

    R visitIf(If e);

    R visitWhile(While e);

    R visitLoop(Loop e);

    R visitFor(For e);

    R visitBreak(Break e);

    R visitContinue(Continue e);

    R visitReturn(Return e);

    R visitStructLit(StructLit e);

    R visitClosure(Closure e);

    R visitFormatMacro(FormatMacro e);

    R visitVecMacro(VecMacro e);

    R visitVecRepeatMacro(VecRepeatMacro e);

    R visitAssertMacro(AssertMacro e);

    R visitError(Error e);
  }
}
