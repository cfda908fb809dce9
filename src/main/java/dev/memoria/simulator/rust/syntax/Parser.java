package dev.memoria.simulator.rust.syntax;

import static dev.memoria.simulator.rust.syntax.TokenKind.*;

import dev.memoria.simulator.rust.syntax.Expr.BinaryOp;
import dev.memoria.simulator.rust.syntax.Expr.MacroKind;
import dev.memoria.simulator.trace.Problem;
import dev.memoria.simulator.trace.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A recursive-descent parser for the Rust 2021 subset. It reports every syntax error and every
 * construct outside the subset as a {@link Problem}, recovers at the next statement or item, and
 * never throws on bad input.
 */
public final class Parser {

  /** Deeper nesting than this is reported as unsupported rather than risking the Java stack. */
  public static final int MAX_DEPTH = 200;

  private static final Set<String> KEYWORDS =
      Set.of(
          "as",
          "async",
          "await",
          "break",
          "const",
          "continue",
          "crate",
          "dyn",
          "else",
          "enum",
          "extern",
          "false",
          "fn",
          "for",
          "if",
          "impl",
          "in",
          "let",
          "loop",
          "match",
          "mod",
          "move",
          "mut",
          "pub",
          "ref",
          "return",
          "self",
          "Self",
          "static",
          "struct",
          "super",
          "trait",
          "true",
          "type",
          "unsafe",
          "use",
          "where",
          "while",
          "yield",
          "try",
          "gen");

  private static final Set<String> ITEM_STARTS =
      Set.of(
          "fn",
          "struct",
          "impl",
          "use",
          "pub",
          "enum",
          "trait",
          "mod",
          "const",
          "static",
          "type",
          "extern",
          "unsafe",
          "async",
          "union",
          "macro_rules");

  private static final Set<String> STATEMENT_STARTS =
      Set.of("let", "if", "while", "for", "loop", "return", "fn");

  private static final Map<String, MacroKind> MACROS = new HashMap<>();

  static {
    for (MacroKind kind : MacroKind.values()) {
      MACROS.put(kind.macroName(), kind);
    }
  }

  private final List<Token> tokens;
  private final List<Problem> problems;
  private int pos;
  private int nextId;
  private int depth;

  /** Thrown to abandon a statement or item after a syntax error has been recorded. */
  private static final class SyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SyntaxError() {
      super(null, null, false, false);
    }
  }

  /** Thrown to abandon the whole parse when nesting is too deep. */
  private static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooDeep() {
      super(null, null, false, false);
    }
  }

  private Parser(List<Token> tokens, List<Problem> problems) {
    this.tokens = new ArrayList<>(tokens);
    this.problems = problems;
  }

  /** Parses a whole program. */
  public static Parsed parse(String source) {
    List<Problem> problems = new ArrayList<>();
    List<Token> tokens = new Lexer(source, problems).lex();
    Parser parser = new Parser(tokens, problems);
    List<Item> items = new ArrayList<>();
    try {
      parser.parseItems(items);
    } catch (TooDeep e) {
      // Already reported; the tree stays partial.
    }
    problems.sort(
        Comparator.comparingInt((Problem p) -> p.at().line())
            .thenComparingInt(p -> p.at().column()));
    Token last = tokens.get(tokens.size() - 1);
    Span whole = new Span(1, 1, last.span().endLine(), last.span().endColumn());
    return new Parsed(new Crate(items, parser.nextId, whole), dedupe(problems));
  }

  private static List<Problem> dedupe(List<Problem> problems) {
    List<Problem> out = new ArrayList<>();
    for (Problem p : problems) {
      if (out.isEmpty() || !out.get(out.size() - 1).equals(p)) {
        out.add(p);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- items

  private void parseItems(List<Item> items) {
    while (!at(EOF)) {
      int before = pos;
      try {
        parseItem(items);
      } catch (SyntaxError e) {
        synchronizeItem(before);
      }
    }
  }

  private void parseItem(List<Item> items) {
    List<String> derives = new ArrayList<>();
    Span derivesSpan = null;
    while (at(POUND)) {
      Span span = parseAttribute(derives);
      if (span != null) {
        derivesSpan = span;
      }
    }
    if (at(EOF)) {
      return;
    }
    skipVisibility();
    Token t = peek();
    if (derivesSpan != null && !t.is("struct")) {
      unsupported(derivesSpan, "`#[derive]` on anything but a struct");
    }
    if (t.is("fn")) {
      items.add(parseFn(false));
    } else if (t.is("struct")) {
      items.add(parseStruct(derives));
    } else if (t.is("impl")) {
      items.add(parseImpl());
    } else if (t.is("use")) {
      parseUse(items);
    } else if (t.kind() == IDENT && ITEM_STARTS.contains(t.text()) || t.is("macro_rules")) {
      String what = describeItem(t);
      unsupported(t.span(), what);
      skipItem();
    } else if (t.kind() == IDENT && peek(1).kind() == NOT) {
      unsupported(t.span(), "the `" + t.text() + "!` macro at the top level");
      skipItem();
    } else {
      syntaxError(
          t.span(), "expected an item (`fn`, `struct`, `impl`, `use`), found " + describe(t));
      throw new SyntaxError();
    }
  }

  private static String describeItem(Token t) {
    return switch (t.text()) {
      case "enum" -> "`enum`";
      case "trait" -> "`trait` definitions";
      case "mod" -> "modules (`mod`)";
      case "const" -> "`const` items";
      case "static" -> "`static` items";
      case "type" -> "type aliases";
      case "extern" -> "`extern` items";
      case "unsafe" -> "`unsafe` items";
      case "async" -> "`async` functions";
      case "union" -> "`union`";
      case "macro_rules" -> "`macro_rules!`";
      default -> "`" + t.text() + "`";
    };
  }

  /** Skips an unsupported item: to the `;` or the end of its first brace group. */
  private void skipItem() {
    int start = pos;
    while (!at(EOF)) {
      if (at(SEMI)) {
        advance();
        return;
      }
      if (at(LBRACE)) {
        skipGroup();
        if (at(SEMI)) {
          advance();
        }
        return;
      }
      if (at(LPAREN) || at(LBRACKET)) {
        skipGroup();
      } else {
        advance();
      }
    }
    if (pos == start && !at(EOF)) {
      advance();
    }
  }

  private void synchronizeItem(int before) {
    if (pos == before && !at(EOF)) {
      advance();
    }
    int nesting = 0;
    while (!at(EOF)) {
      Token t = peek();
      if (nesting == 0
          && (t.kind() == POUND || t.kind() == IDENT && ITEM_STARTS.contains(t.text()))) {
        return;
      }
      if (t.kind() == LBRACE || t.kind() == LPAREN || t.kind() == LBRACKET) {
        nesting++;
      } else if (t.kind() == RBRACE || t.kind() == RPAREN || t.kind() == RBRACKET) {
        nesting = Math.max(0, nesting - 1);
      }
      advance();
    }
  }

  /** Parses {@code #[...]} or {@code #![...]}; returns the span if it was a derive. */
  private Span parseAttribute(List<String> derives) {
    Token pound = expect(POUND, "`#`");
    boolean inner = accept(NOT);
    expect(LBRACKET, "`[` after `#`");
    Token name = peek();
    if (name.is("derive") && !inner && peek(1).kind() == LPAREN) {
      advance();
      advance();
      while (!at(RPAREN) && !at(EOF)) {
        Token d = expectIdent("a trait name in `#[derive]`");
        while (accept(PATH_SEP)) {
          d = expectIdent("a trait name in `#[derive]`");
        }
        if (d.text().equals("Debug") || d.text().equals("Clone") || d.text().equals("Copy")) {
          derives.add(d.text());
        } else {
          unsupported(d.span(), "`#[derive(" + d.text() + ")]` (only Debug, Clone and Copy are)");
        }
        if (!accept(COMMA)) {
          break;
        }
      }
      expect(RPAREN, "`)`");
      Token close = expect(RBRACKET, "`]`");
      return pound.span().to(close.span());
    }
    if ((name.is("allow") || name.is("warn") || name.is("expect")) && peek(1).kind() == LPAREN) {
      // Lint levels change no behaviour; accept them.
      advance();
      skipGroup();
      expect(RBRACKET, "`]`");
      return null;
    }
    unsupported(pound.span(), "the attribute `#" + (inner ? "!" : "") + "[" + name.text() + "]`");
    while (!at(RBRACKET) && !at(EOF)) {
      if (at(LPAREN) || at(LBRACKET) || at(LBRACE)) {
        skipGroup();
      } else {
        advance();
      }
    }
    accept(RBRACKET);
    return null;
  }

  private void skipVisibility() {
    if (peek().is("pub")) {
      advance();
      if (at(LPAREN)) {
        skipGroup();
      }
    }
  }

  private Item.Fn parseFn(boolean inImpl) {
    Token fn = expectWord("fn");
    Token name = expectIdent("a function name");
    List<String> lifetimes = new ArrayList<>();
    if (at(LT)) {
      parseLifetimeParams(lifetimes, "generic functions");
    }
    expect(LPAREN, "`(` after the function name");
    Optional<Item.SelfParam> self = Optional.empty();
    List<Item.Param> params = new ArrayList<>();
    boolean first = true;
    while (!at(RPAREN) && !at(EOF)) {
      if (first && startsSelfParam()) {
        Item.SelfParam sp = parseSelfParam();
        if (!inImpl) {
          syntaxError(sp.span(), "`self` parameter is only allowed in associated functions");
        }
        self = Optional.of(sp);
      } else {
        params.add(parseParam());
      }
      first = false;
      if (!accept(COMMA)) {
        break;
      }
    }
    expect(RPAREN, "`)` after the parameters");
    Optional<TypeExpr> ret = Optional.empty();
    if (accept(ARROW)) {
      ret = Optional.of(parseType());
    }
    if (peek().is("where")) {
      unsupported(peek().span(), "`where` clauses");
      while (!at(LBRACE) && !at(EOF)) {
        advance();
      }
    }
    if (at(SEMI)) {
      syntaxError(peek().span(), "a function needs a body");
    }
    Expr.Block body = parseBlock();
    return new Item.Fn(
        id(),
        fn.span().to(body.span()),
        name.text(),
        name.span(),
        lifetimes,
        self,
        params,
        ret,
        body);
  }

  private void parseLifetimeParams(List<String> lifetimes, String construct) {
    Token lt = expect(LT, "`<`");
    while (!atClosingAngle() && !at(EOF)) {
      if (at(LIFETIME)) {
        Token l = advance();
        lifetimes.add(l.text());
        if (at(COLON)) {
          unsupported(peek().span(), "lifetime bounds");
          while (!at(COMMA) && !atClosingAngle() && !at(EOF)) {
            advance();
          }
        }
      } else {
        unsupported(lt.span(), construct + " (type parameters)");
        while (!atClosingAngle() && !at(EOF)) {
          advance();
        }
        break;
      }
      if (!accept(COMMA)) {
        break;
      }
    }
    expectClosingAngle();
  }

  private boolean startsSelfParam() {
    if (peek().is("self")) {
      return true;
    }
    if (peek().is("mut") && peek(1).is("self")) {
      return true;
    }
    if (at(AND)) {
      int i = 1;
      if (peek(i).kind() == LIFETIME) {
        i++;
      }
      if (peek(i).is("mut")) {
        i++;
      }
      return peek(i).is("self");
    }
    return false;
  }

  private Item.SelfParam parseSelfParam() {
    Token start = peek();
    boolean ref = accept(AND);
    Optional<String> lifetime = Optional.empty();
    if (ref && at(LIFETIME)) {
      lifetime = Optional.of(advance().text());
    }
    boolean mutable = acceptWord("mut");
    Token self = expectWord("self");
    if (at(COLON)) {
      unsupported(peek().span(), "typed `self` parameters (`self: Type`)");
      advance();
      parseType();
    }
    Item.SelfKind kind =
        ref
            ? (mutable ? Item.SelfKind.REF_MUT : Item.SelfKind.REF)
            : (mutable ? Item.SelfKind.MUT_VALUE : Item.SelfKind.VALUE);
    return new Item.SelfParam(id(), start.span().to(self.span()), kind, lifetime);
  }

  private Item.Param parseParam() {
    Pat pat = parsePattern();
    expect(COLON, "`:` and a type after the parameter");
    TypeExpr type = parseType();
    return new Item.Param(id(), pat.span().to(type.span()), pat, type);
  }

  private Item.Struct parseStruct(List<String> derives) {
    Token kw = expectWord("struct");
    Token name = expectIdent("a struct name");
    List<String> lifetimes = new ArrayList<>();
    if (at(LT)) {
      parseLifetimeParams(lifetimes, "generic structs");
    }
    if (at(SEMI)) {
      unsupported(name.span(), "unit structs (`struct " + name.text() + ";`)");
      advance();
      return new Item.Struct(
          id(), kw.span().to(name.span()), name.text(), name.span(), lifetimes, derives, List.of());
    }
    if (at(LPAREN)) {
      unsupported(name.span(), "tuple structs");
      skipGroup();
      accept(SEMI);
      return new Item.Struct(
          id(), kw.span().to(name.span()), name.text(), name.span(), lifetimes, derives, List.of());
    }
    if (peek().is("where")) {
      unsupported(peek().span(), "`where` clauses");
    }
    expect(LBRACE, "`{` after the struct name");
    List<Item.Field> fields = new ArrayList<>();
    while (!at(RBRACE) && !at(EOF)) {
      while (at(POUND)) {
        parseAttribute(new ArrayList<>());
      }
      skipVisibility();
      Token fname = expectIdent("a field name");
      expect(COLON, "`:` after the field name");
      TypeExpr type = parseType();
      fields.add(
          new Item.Field(id(), fname.span().to(type.span()), fname.text(), fname.span(), type));
      if (!accept(COMMA)) {
        break;
      }
    }
    Token close = expect(RBRACE, "`}` or `,` after the field");
    return new Item.Struct(
        id(), kw.span().to(close.span()), name.text(), name.span(), lifetimes, derives, fields);
  }

  private Item.Impl parseImpl() {
    Token kw = expectWord("impl");
    List<String> lifetimes = new ArrayList<>();
    if (at(LT)) {
      parseLifetimeParams(lifetimes, "generic `impl` blocks");
    }
    Optional<String> trait = Optional.empty();
    TypeExpr first = parseType();
    TypeExpr selfType = first;
    if (peek().is("for")) {
      advance();
      if (first instanceof TypeExpr.Path p
          && p.segments().size() == 1
          && p.name().equals("Drop")
          && p.args().isEmpty()) {
        trait = Optional.of("Drop");
      } else if (first instanceof TypeExpr.Path p) {
        unsupported(first.span(), "implementing the trait `" + p.name() + "` (only `Drop` is)");
      } else {
        syntaxError(first.span(), "expected a trait name");
      }
      selfType = parseType();
    }
    if (peek().is("where")) {
      unsupported(peek().span(), "`where` clauses");
    }
    expect(LBRACE, "`{` to open the impl block");
    List<Item.Fn> fns = new ArrayList<>();
    while (!at(RBRACE) && !at(EOF)) {
      int before = pos;
      try {
        while (at(POUND)) {
          parseAttribute(new ArrayList<>());
        }
        skipVisibility();
        if (peek().is("fn")) {
          fns.add(parseFn(true));
        } else if (peek().kind() == IDENT && ITEM_STARTS.contains(peek().text())) {
          unsupported(peek().span(), describeItem(peek()) + " in an `impl` block");
          skipItem();
        } else {
          syntaxError(peek().span(), "expected `fn` in the impl block, found " + describe(peek()));
        }
      } catch (SyntaxError e) {
        synchronizeInBraces(before);
      }
    }
    Token close = expect(RBRACE, "`}` to close the impl block");
    return new Item.Impl(id(), kw.span().to(close.span()), lifetimes, trait, selfType, fns);
  }

  private void parseUse(List<Item> items) {
    Token kw = expectWord("use");
    List<List<Token>> paths = new ArrayList<>();
    parseUseTree(new ArrayList<>(), paths, 0);
    Token semi = expect(SEMI, "`;` after the `use` path");
    for (List<Token> path : paths) {
      List<String> names = path.stream().map(Token::text).toList();
      items.add(new Item.Use(id(), kw.span().to(semi.span()), names));
    }
  }

  private void parseUseTree(List<Token> prefix, List<List<Token>> out, int level) {
    if (level > 8) {
      unsupported(peek().span(), "`use` trees nested this deep");
      throw new SyntaxError();
    }
    List<Token> path = new ArrayList<>(prefix);
    accept(PATH_SEP);
    while (true) {
      if (at(LBRACE)) {
        advance();
        while (!at(RBRACE) && !at(EOF)) {
          parseUseTree(path, out, level + 1);
          if (!accept(COMMA)) {
            break;
          }
        }
        expect(RBRACE, "`}` in the `use` list");
        return;
      }
      if (at(STAR)) {
        unsupported(peek().span(), "glob imports (`use ...::*`)");
        advance();
        return;
      }
      Token seg = expectIdent("a path segment");
      if (seg.is("self") && !path.isEmpty()) {
        out.add(path);
        return;
      }
      path.add(seg);
      if (!accept(PATH_SEP)) {
        break;
      }
    }
    if (peek().is("as")) {
      unsupported(peek().span(), "renaming imports (`use ... as ...`)");
      advance();
      expectIdent("a name after `as`");
    }
    out.add(path);
  }

  // ---------------------------------------------------------------- types

  private TypeExpr parseType() {
    enter();
    try {
      return parseTypeInner();
    } finally {
      depth--;
    }
  }

  private TypeExpr parseTypeInner() {
    Token t = peek();
    switch (t.kind()) {
      case AND, AND_AND -> {
        boolean doubled = t.kind() == AND_AND;
        advance();
        Optional<String> lifetime = Optional.empty();
        if (at(LIFETIME)) {
          lifetime = Optional.of(advance().text());
        }
        boolean mutable = acceptWord("mut");
        TypeExpr inner = parseType();
        TypeExpr ref = new TypeExpr.Ref(id(), t.span().to(inner.span()), lifetime, mutable, inner);
        if (doubled) {
          // `&&T` is two references; the outer one has no lifetime or `mut`.
          return new TypeExpr.Ref(id(), t.span().to(inner.span()), Optional.empty(), false, ref);
        }
        return ref;
      }
      case LPAREN -> {
        advance();
        if (at(RPAREN)) {
          Token close = advance();
          return new TypeExpr.Unit(id(), t.span().to(close.span()));
        }
        unsupported(t.span(), "tuple types");
        pos--;
        skipGroup();
        return new TypeExpr.Error(id(), t.span());
      }
      case LBRACKET -> {
        unsupported(t.span(), "array and slice types");
        skipGroup();
        return new TypeExpr.Error(id(), t.span());
      }
      case NOT -> {
        unsupported(t.span(), "the never type `!`");
        advance();
        return new TypeExpr.Error(id(), t.span());
      }
      case STAR -> {
        unsupported(t.span(), "raw pointers");
        advance();
        if (peek().is("const") || peek().is("mut")) {
          advance();
        }
        parseType();
        return new TypeExpr.Error(id(), t.span());
      }
      case LT -> {
        unsupported(t.span(), "qualified paths (`<T as Trait>::...`)");
        skipAngles();
        while (accept(PATH_SEP)) {
          expectIdent("a path segment");
        }
        return new TypeExpr.Error(id(), t.span());
      }
      case IDENT -> {
        if (t.is("dyn") || t.is("impl")) {
          unsupported(t.span(), "`" + t.text() + " Trait` types");
          advance();
          parseType();
          return new TypeExpr.Error(id(), t.span());
        }
        if (t.is("fn") || t.is("unsafe") || t.is("extern")) {
          unsupported(t.span(), "function pointer types");
          advance();
          while (!at(EOF) && !at(LPAREN)) {
            advance();
          }
          skipGroup();
          if (accept(ARROW)) {
            parseType();
          }
          return new TypeExpr.Error(id(), t.span());
        }
        if (t.is("_")) {
          unsupported(t.span(), "the inferred type `_`");
          advance();
          return new TypeExpr.Error(id(), t.span());
        }
        return parsePathType();
      }
      default -> {
        syntaxError(t.span(), "expected a type, found " + describe(t));
        throw new SyntaxError();
      }
    }
  }

  private TypeExpr parsePathType() {
    Token first = peek();
    List<String> segments = new ArrayList<>();
    List<TypeExpr> args = List.of();
    List<String> lifetimeArgs = List.of();
    Span end = first.span();
    accept(PATH_SEP);
    while (true) {
      Token seg = expectIdent("a type name");
      if (KEYWORDS.contains(seg.text())
          && !seg.is("Self")
          && !seg.is("self")
          && !seg.is("crate")
          && !seg.is("super")) {
        syntaxError(seg.span(), "expected a type, found keyword `" + seg.text() + "`");
      }
      if (!args.isEmpty()) {
        unsupported(end, "generic arguments in the middle of a type path");
      }
      segments.add(seg.text());
      end = seg.span();
      if (at(LT) || (at(PATH_SEP) && peek(1).kind() == LT)) {
        accept(PATH_SEP);
        List<TypeExpr> parsed = new ArrayList<>();
        List<String> parsedLifetimes = new ArrayList<>();
        end = parseGenericArgs(parsed, Optional.of(parsedLifetimes));
        args = parsed;
        lifetimeArgs = parsedLifetimes;
      }
      if (!(at(PATH_SEP) && peek(1).kind() == IDENT)) {
        break;
      }
      advance();
    }
    if (at(LPAREN) && (segments.get(segments.size() - 1).startsWith("Fn"))) {
      unsupported(first.span(), "closure trait types (`Fn(...)`)");
      skipGroup();
      if (accept(ARROW)) {
        parseType();
      }
      return new TypeExpr.Error(id(), first.span());
    }
    return new TypeExpr.Path(id(), first.span().to(end), segments, lifetimeArgs, args);
  }

  /**
   * Parses {@code <'a, T, U>}; returns the span of the closing {@code >}. Lifetime arguments go to
   * {@code lifetimes} where a type may have them, else they are unsupported.
   */
  private Span parseGenericArgs(List<TypeExpr> out, Optional<List<String>> lifetimes) {
    expect(LT, "`<`");
    while (!atClosingAngle() && !at(EOF)) {
      if (at(LIFETIME)) {
        Token l = advance();
        if (lifetimes.isPresent() && out.isEmpty()) {
          lifetimes.get().add(l.text());
        } else {
          unsupported(l.span(), "lifetime arguments here (`<" + l.text() + ">`)");
        }
      } else if (at(IDENT) && peek(1).kind() == EQ) {
        unsupported(peek().span(), "associated type bindings");
        advance();
        advance();
        parseType();
      } else {
        out.add(parseType());
      }
      if (!accept(COMMA)) {
        break;
      }
    }
    return expectClosingAngle();
  }

  private boolean atClosingAngle() {
    TokenKind k = peek().kind();
    return k == GT || k == SHR || k == GE || k == SHR_EQ;
  }

  /** Consumes one {@code >}, splitting {@code >>}, {@code >=} or {@code >>=} as rustc does. */
  private Span expectClosingAngle() {
    Token t = peek();
    Span s = t.span();
    Span one = new Span(s.line(), s.column(), s.line(), s.column() + 1);
    Span rest = new Span(s.line(), s.column() + 1, s.endLine(), s.endColumn());
    switch (t.kind()) {
      case GT -> advance();
      case SHR -> tokens.set(pos, new Token(GT, ">", "", rest));
      case GE -> tokens.set(pos, new Token(EQ, "=", "", rest));
      case SHR_EQ -> tokens.set(pos, new Token(GE, ">=", "", rest));
      default -> {
        syntaxError(t.span(), "expected `>`, found " + describe(t));
        throw new SyntaxError();
      }
    }
    return one;
  }

  private void skipAngles() {
    int level = 0;
    while (!at(EOF)) {
      TokenKind k = peek().kind();
      if (k == LT) {
        level++;
      } else if (k == SHL) {
        level += 2;
      } else if (k == GT) {
        level--;
      } else if (k == SHR) {
        level -= 2;
      } else if (k == LBRACE || k == SEMI) {
        return;
      }
      advance();
      if (level <= 0) {
        return;
      }
    }
  }

  // ---------------------------------------------------------------- statements and blocks

  private Expr.Block parseBlock() {
    enter();
    try {
      Token open = expect(LBRACE, "`{`");
      List<Stmt> stmts = new ArrayList<>();
      Optional<Expr> tail = Optional.empty();
      while (!at(RBRACE) && !at(EOF)) {
        int before = pos;
        try {
          if (tail.isPresent()) {
            // A block-like expression was followed by more statements: it was a statement.
            Expr e = tail.get();
            stmts.add(new Stmt.Eval(id(), e.span(), e, false));
            tail = Optional.empty();
          }
          tail = parseStmt(stmts);
        } catch (SyntaxError e) {
          synchronizeInBraces(before);
        }
      }
      Token close = expect(RBRACE, "`}`");
      return new Expr.Block(id(), open.span().to(close.span()), stmts, tail);
    } finally {
      depth--;
    }
  }

  /** Parses one statement into {@code stmts}, or returns the block's tail expression. */
  private Optional<Expr> parseStmt(List<Stmt> stmts) {
    Token t = peek();
    if (accept(SEMI)) {
      return Optional.empty();
    }
    if (t.is("let")) {
      stmts.add(parseLet());
      return Optional.empty();
    }
    if (t.kind() == POUND) {
      unsupported(t.span(), "attributes on statements");
      parseAttribute(new ArrayList<>());
      return Optional.empty();
    }
    if (t.kind() == IDENT
        && ITEM_STARTS.contains(t.text())
        && !(t.is("unsafe") && peek(1).kind() == LBRACE)
        && !(t.is("async") && (peek(1).kind() == LBRACE || peek(1).is("move")))) {
      unsupported(t.span(), "items inside a function body (`" + t.text() + "`)");
      skipItem();
      return Optional.empty();
    }
    if (startsBlockLike()) {
      Expr e = parseBlockLike();
      if (accept(SEMI)) {
        stmts.add(new Stmt.Eval(id(), e.span().to(previous().span()), e, true));
        return Optional.empty();
      }
      if (at(DOT) || at(QUESTION)) {
        // `if c { a } else { b }.len()` parses as a method call in rustc too.
        Expr full = parsePostfixFrom(e, false);
        full = continueBinary(full);
        return finishExprStmt(stmts, full);
      }
      // Either the tail (if `}` follows) or a statement; parseBlock sorts it out.
      return Optional.of(e);
    }
    Expr e = parseExpr();
    return finishExprStmt(stmts, e);
  }

  private Optional<Expr> finishExprStmt(List<Stmt> stmts, Expr e) {
    if (accept(SEMI)) {
      stmts.add(new Stmt.Eval(id(), e.span().to(previous().span()), e, true));
      return Optional.empty();
    }
    if (at(RBRACE)) {
      return Optional.of(e);
    }
    Span p = previous().span();
    syntaxError(Span.at(p.endLine(), p.endColumn()), "expected `;`, found " + describe(peek()));
    throw new SyntaxError();
  }

  private Expr continueBinary(Expr left) {
    // After a postfix chain on a block-like statement, allow the rest of an expression.
    if (binaryPrecedence(peek()) > 0 || at(EQ) || compoundOp(peek()) != null || at(DOT_DOT)) {
      return parseAssignFrom(parseRangeFrom(parseBinaryFrom(left, 1, false), false), false);
    }
    return left;
  }

  private Stmt.Let parseLet() {
    Token kw = expectWord("let");
    Pat pat = parsePattern();
    Optional<TypeExpr> type = Optional.empty();
    Optional<Expr> init = Optional.empty();
    if (accept(COLON)) {
      type = Optional.of(parseType());
    }
    if (accept(EQ)) {
      init = Optional.of(parseExpr());
      if (peek().is("else")) {
        unsupported(peek().span(), "`let ... else`");
        advance();
        parseBlock();
      }
    }
    Token semi = expect(SEMI, "`;` after the `let` statement");
    return new Stmt.Let(id(), kw.span().to(semi.span()), pat, type, init);
  }

  private Pat parsePattern() {
    Token t = peek();
    if (t.is("_")) {
      advance();
      return new Pat.Wild(id(), t.span());
    }
    if (t.is("mut") && peek(1).kind() == IDENT && !KEYWORDS.contains(peek(1).text())) {
      advance();
      Token name = advance();
      checkNotUnsupportedPattern();
      return new Pat.Ident(id(), t.span().to(name.span()), name.text(), true);
    }
    if (t.kind() == IDENT
        && !KEYWORDS.contains(t.text())
        && peek(1).kind() != PATH_SEP
        && peek(1).kind() != LPAREN
        && peek(1).kind() != LBRACE) {
      advance();
      checkNotUnsupportedPattern();
      return new Pat.Ident(id(), t.span(), t.text(), false);
    }
    if (t.is("ref")) {
      unsupported(t.span(), "`ref` patterns");
    } else if (t.kind() == LPAREN) {
      unsupported(t.span(), "tuple patterns");
    } else if (t.kind() == LBRACKET) {
      unsupported(t.span(), "slice patterns");
    } else if (t.kind() == AND || t.kind() == AND_AND) {
      unsupported(t.span(), "reference patterns (`&x`)");
    } else if (t.kind() == IDENT && !KEYWORDS.contains(t.text())) {
      unsupported(t.span(), "destructuring patterns");
    } else if (t.kind() == INT
        || t.kind() == STRING
        || t.kind() == CHAR
        || t.is("true")
        || t.is("false")) {
      unsupported(t.span(), "literal patterns");
    } else {
      syntaxError(t.span(), "expected a pattern, found " + describe(t));
      throw new SyntaxError();
    }
    skipPattern();
    return new Pat.Wild(id(), t.span());
  }

  private void checkNotUnsupportedPattern() {
    if (at(AT)) {
      unsupported(peek().span(), "`@` patterns");
      advance();
      skipPattern();
    }
  }

  private void skipPattern() {
    while (!at(EOF)
        && !at(EQ)
        && !at(COLON)
        && !at(SEMI)
        && !at(COMMA)
        && !at(RPAREN)
        && !at(OR)
        && !peek().is("in")
        && !at(LBRACE)) {
      if (at(LPAREN) || at(LBRACKET)) {
        skipGroup();
      } else {
        advance();
      }
    }
    if (at(LBRACE) && !peek().is("in")) {
      // A struct pattern's braces, unless they start a `for` body (then `in` came first).
      skipGroup();
    }
  }

  private void synchronizeInBraces(int before) {
    if (pos == before && !at(EOF) && !at(RBRACE)) {
      advance();
    }
    while (!at(EOF)) {
      if (at(SEMI)) {
        advance();
        return;
      }
      if (at(RBRACE) || STATEMENT_STARTS.contains(peek().text()) && at(IDENT)) {
        return;
      }
      if (at(LBRACE) || at(LPAREN) || at(LBRACKET)) {
        skipGroup();
      } else {
        advance();
      }
    }
  }

  // ---------------------------------------------------------------- expressions

  private Expr parseExpr() {
    return parseExpr(false);
  }

  /**
   * @param noStruct whether a struct literal is forbidden (in conditions and `for` heads).
   */
  private Expr parseExpr(boolean noStruct) {
    enter();
    try {
      if (at(DOT_DOT) || at(DOT_DOT_EQ)) {
        return parseAssignFrom(parseRangeFrom(null, noStruct), noStruct);
      }
      Expr left = parseUnary(noStruct);
      left = parseBinaryFrom(left, 1, noStruct);
      left = parseRangeFrom(left, noStruct);
      return parseAssignFrom(left, noStruct);
    } finally {
      depth--;
    }
  }

  private Expr parseAssignFrom(Expr left, boolean noStruct) {
    if (at(EQ)) {
      advance();
      Expr value = parseExpr(noStruct);
      return new Expr.Assign(id(), left.span().to(value.span()), Optional.empty(), left, value);
    }
    BinaryOp op = compoundOp(peek());
    if (op != null) {
      advance();
      Expr value = parseExpr(noStruct);
      return new Expr.Assign(id(), left.span().to(value.span()), Optional.of(op), left, value);
    }
    return left;
  }

  private Expr parseRangeFrom(Expr start, boolean noStruct) {
    if (!at(DOT_DOT) && !at(DOT_DOT_EQ)) {
      return start;
    }
    Token op = advance();
    boolean inclusive = op.kind() == DOT_DOT_EQ;
    Optional<Expr> end = Optional.empty();
    if (startsExpr() && !(noStruct && at(LBRACE))) {
      Expr e = parseUnary(noStruct);
      end = Optional.of(parseBinaryFrom(e, 1, noStruct));
    }
    if (at(DOT_DOT) || at(DOT_DOT_EQ)) {
      syntaxError(peek().span(), "range operators cannot be chained; add parentheses");
    }
    Span from = start != null ? start.span() : op.span();
    Span to = end.map(Expr::span).orElse(op.span());
    return new Expr.Range(id(), from.to(to), Optional.ofNullable(start), end, inclusive);
  }

  private Expr parseBinaryFrom(Expr left, int minPrec, boolean noStruct) {
    int chain = 0;
    while (true) {
      Token t = peek();
      if (t.is("as")) {
        if (10 < minPrec) {
          return left;
        }
        advance();
        TypeExpr type = parseType();
        left = new Expr.Cast(id(), left.span().to(type.span()), left, type);
      } else {
        int prec = binaryPrecedence(t);
        if (prec == 0 || prec < minPrec) {
          return left;
        }
        BinaryOp op = binaryOp(t);
        advance();
        Expr right = parseUnary(noStruct);
        right = parseBinaryFromNested(right, prec + 1, noStruct);
        if (op.isComparison() && right instanceof Expr.Binary b && b.op().isComparison()) {
          syntaxError(b.span(), "comparison operators cannot be chained; add parentheses");
        }
        left = new Expr.Binary(id(), left.span().to(right.span()), op, left, right);
        if (op.isComparison() && binaryOp(peek()) != null && binaryOp(peek()).isComparison()) {
          syntaxError(peek().span(), "comparison operators cannot be chained; add parentheses");
        }
      }
      // A left-leaning chain builds a tree as deep as it is long: bound it like nesting.
      chain++;
      if (depth + chain > MAX_DEPTH) {
        tooDeep(t.span());
      }
    }
  }

  private Expr parseBinaryFromNested(Expr left, int minPrec, boolean noStruct) {
    enter();
    try {
      return parseBinaryFrom(left, minPrec, noStruct);
    } finally {
      depth--;
    }
  }

  private static int binaryPrecedence(Token t) {
    BinaryOp op = binaryOp(t);
    if (op == null) {
      return 0;
    }
    return switch (op) {
      case OR -> 1;
      case AND -> 2;
      case EQ, NE, LT, LE, GT, GE -> 3;
      case BIT_OR -> 4;
      case BIT_XOR -> 5;
      case BIT_AND -> 6;
      case SHL, SHR -> 7;
      case ADD, SUB -> 8;
      case MUL, DIV, REM -> 9;
    };
  }

  private static BinaryOp binaryOp(Token t) {
    return switch (t.kind()) {
      case PLUS -> BinaryOp.ADD;
      case MINUS -> BinaryOp.SUB;
      case STAR -> BinaryOp.MUL;
      case SLASH -> BinaryOp.DIV;
      case PERCENT -> BinaryOp.REM;
      case AND -> BinaryOp.BIT_AND;
      case OR -> BinaryOp.BIT_OR;
      case CARET -> BinaryOp.BIT_XOR;
      case SHL -> BinaryOp.SHL;
      case SHR -> BinaryOp.SHR;
      case EQ_EQ -> BinaryOp.EQ;
      case NE -> BinaryOp.NE;
      case LT -> BinaryOp.LT;
      case LE -> BinaryOp.LE;
      case GT -> BinaryOp.GT;
      case GE -> BinaryOp.GE;
      case AND_AND -> BinaryOp.AND;
      case OR_OR -> BinaryOp.OR;
      default -> null;
    };
  }

  private static BinaryOp compoundOp(Token t) {
    return switch (t.kind()) {
      case PLUS_EQ -> BinaryOp.ADD;
      case MINUS_EQ -> BinaryOp.SUB;
      case STAR_EQ -> BinaryOp.MUL;
      case SLASH_EQ -> BinaryOp.DIV;
      case PERCENT_EQ -> BinaryOp.REM;
      case AND_EQ -> BinaryOp.BIT_AND;
      case OR_EQ -> BinaryOp.BIT_OR;
      case CARET_EQ -> BinaryOp.BIT_XOR;
      case SHL_EQ -> BinaryOp.SHL;
      case SHR_EQ -> BinaryOp.SHR;
      default -> null;
    };
  }

  private Expr parseUnary(boolean noStruct) {
    enter();
    try {
      Token t = peek();
      switch (t.kind()) {
        case MINUS, NOT, STAR -> {
          advance();
          Expr operand = parseUnary(noStruct);
          Expr.UnaryOp op =
              t.kind() == MINUS
                  ? Expr.UnaryOp.NEG
                  : t.kind() == NOT ? Expr.UnaryOp.NOT : Expr.UnaryOp.DEREF;
          return new Expr.Unary(id(), t.span().to(operand.span()), op, operand);
        }
        case AND, AND_AND -> {
          advance();
          if (peek().is("raw") && (peek(1).is("const") || peek(1).is("mut"))) {
            unsupported(t.span(), "raw borrows (`&raw`)");
          }
          boolean mutable = acceptWord("mut");
          Expr operand = parseUnary(noStruct);
          Span span = t.span().to(operand.span());
          Expr borrow = new Expr.Borrow(id(), span, mutable, operand);
          if (t.kind() == AND_AND) {
            return new Expr.Borrow(id(), span, false, borrow);
          }
          return borrow;
        }
        case OR, OR_OR -> {
          return parseClosure(t, false);
        }
        default -> {
          if (t.is("move") && (peek(1).kind() == OR || peek(1).kind() == OR_OR)) {
            advance();
            return parseClosure(t, true);
          }
          return parsePostfixFrom(parsePrimary(noStruct), noStruct);
        }
      }
    } finally {
      depth--;
    }
  }

  private Expr parseClosure(Token start, boolean isMove) {
    List<Pat> params = new ArrayList<>();
    if (accept(OR_OR)) {
      // no parameters
    } else {
      expect(OR, "`|`");
      while (!at(OR) && !at(EOF)) {
        params.add(parsePattern());
        if (accept(COLON)) {
          parseType();
          unsupported(previous().span(), "typed closure parameters");
        }
        if (!accept(COMMA)) {
          break;
        }
      }
      expect(OR, "`|` after the closure parameters");
    }
    Expr body;
    if (at(ARROW)) {
      unsupported(peek().span(), "closure return types");
      advance();
      parseType();
      body = parseBlock();
    } else {
      body = parseExpr();
    }
    return new Expr.Closure(id(), start.span().to(body.span()), isMove, params, body);
  }

  private Expr parsePostfixFrom(Expr base, boolean noStruct) {
    Expr e = base;
    int chain = 0;
    while (true) {
      Token t = peek();
      if (t.kind() == DOT) {
        advance();
        Token name = peek();
        if (name.kind() == INT || name.kind() == FLOAT) {
          advance();
          unsupported(name.span(), "tuple fields (`." + name.text() + "`)");
          e = new Expr.Error(id(), e.span().to(name.span()));
        } else if (name.is("await")) {
          advance();
          unsupported(name.span(), "`.await`");
          e = new Expr.Error(id(), e.span().to(name.span()));
        } else {
          expectIdent("a field or method name after `.`");
          List<TypeExpr> generics = new ArrayList<>();
          if (at(PATH_SEP) && peek(1).kind() == LT) {
            advance();
            parseGenericArgs(generics, Optional.empty());
          }
          if (at(LPAREN)) {
            List<Expr> args = parseArgs();
            e =
                new Expr.MethodCall(
                    id(),
                    e.span().to(previous().span()),
                    e,
                    name.text(),
                    name.span(),
                    generics,
                    args);
          } else {
            if (!generics.isEmpty()) {
              syntaxError(name.span(), "field expressions cannot have generic arguments");
            }
            e = new Expr.Field(id(), e.span().to(name.span()), e, name.text(), name.span());
          }
        }
      } else if (t.kind() == LPAREN) {
        List<Expr> args = parseArgs();
        e = new Expr.Call(id(), e.span().to(previous().span()), e, args);
      } else if (t.kind() == LBRACKET) {
        advance();
        Expr index = parseExpr();
        Token close = expect(RBRACKET, "`]`");
        e = new Expr.Index(id(), e.span().to(close.span()), e, index);
      } else if (t.kind() == QUESTION) {
        advance();
        unsupported(t.span(), "the `?` operator");
        e = new Expr.Error(id(), e.span().to(t.span()));
      } else {
        return e;
      }
      chain++;
      if (depth + chain > MAX_DEPTH) {
        tooDeep(t.span());
      }
    }
  }

  private List<Expr> parseArgs() {
    expect(LPAREN, "`(`");
    List<Expr> args = new ArrayList<>();
    while (!at(RPAREN) && !at(EOF)) {
      args.add(parseExpr());
      if (!accept(COMMA)) {
        break;
      }
    }
    expect(RPAREN, "`)` or `,` in the argument list");
    return args;
  }

  private boolean startsBlockLike() {
    Token t = peek();
    return t.kind() == LBRACE
        || t.is("if")
        || t.is("while")
        || t.is("loop")
        || t.is("for")
        || t.is("match")
        || (t.is("unsafe") && peek(1).kind() == LBRACE)
        || (t.kind() == LIFETIME && peek(1).kind() == COLON);
  }

  private Expr parseBlockLike() {
    return parsePrimary(false);
  }

  private Expr parsePrimary(boolean noStruct) {
    Token t = peek();
    switch (t.kind()) {
      case INT -> {
        advance();
        Optional<String> suffix = suffix(t);
        if (suffix.isPresent() && !INT_SUFFIXES.contains(suffix.get())) {
          syntaxError(t.span(), "invalid suffix `" + suffix.get() + "` for number literal");
        }
        return new Expr.Int(id(), t.span(), new BigInteger(t.text()), suffix);
      }
      case FLOAT -> {
        advance();
        Optional<String> suffix = suffix(t);
        if (suffix.isPresent() && !suffix.get().equals("f64") && !suffix.get().equals("f32")) {
          syntaxError(t.span(), "invalid suffix `" + suffix.get() + "` for float literal");
        }
        return new Expr.Float(id(), t.span(), Double.parseDouble(t.text()), suffix);
      }
      case STRING -> {
        advance();
        if (!t.suffix().isEmpty()) {
          syntaxError(t.span(), "suffixes on string literals are invalid");
        }
        return new Expr.Str(id(), t.span(), t.text());
      }
      case CHAR -> {
        advance();
        return new Expr.Char(id(), t.span(), t.text().isEmpty() ? 0 : t.text().codePointAt(0));
      }
      case OTHER_LITERAL -> {
        advance();
        unsupported(t.span(), "byte and C string literals");
        return new Expr.Error(id(), t.span());
      }
      case LPAREN -> {
        advance();
        if (at(RPAREN)) {
          Token close = advance();
          return new Expr.Unit(id(), t.span().to(close.span()));
        }
        Expr inner = parseExpr();
        if (at(COMMA)) {
          unsupported(t.span(), "tuples");
          while (!at(RPAREN) && !at(EOF)) {
            if (at(LPAREN) || at(LBRACKET) || at(LBRACE)) {
              skipGroup();
            } else {
              advance();
            }
          }
        }
        Token close = expect(RPAREN, "`)`");
        return new Expr.Paren(id(), t.span().to(close.span()), inner);
      }
      case LBRACKET -> {
        unsupported(t.span(), "arrays");
        skipGroup();
        return new Expr.Error(id(), t.span().to(previous().span()));
      }
      case LBRACE -> {
        return parseBlock();
      }
      case LIFETIME -> {
        unsupported(t.span(), "loop labels");
        advance();
        accept(COLON);
        if (startsBlockLike()) {
          return parseBlockLike();
        }
        return new Expr.Error(id(), t.span());
      }
      case LT -> {
        unsupported(t.span(), "qualified paths (`<T as Trait>::...`)");
        skipAngles();
        return new Expr.Error(id(), t.span());
      }
      case IDENT -> {
        return parseIdentExpr(t, noStruct);
      }
      case PATH_SEP -> {
        return parsePathExpr(noStruct);
      }
      default -> {
        syntaxError(t.span(), "expected an expression, found " + describe(t));
        throw new SyntaxError();
      }
    }
  }

  private static final Set<String> INT_SUFFIXES =
      Set.of(
          "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
          "f32", "f64");

  private static Optional<String> suffix(Token t) {
    return t.suffix().isEmpty() ? Optional.empty() : Optional.of(t.suffix());
  }

  private Expr parseIdentExpr(Token t, boolean noStruct) {
    switch (t.text()) {
      case "true", "false" -> {
        advance();
        return new Expr.Bool(id(), t.span(), t.is("true"));
      }
      case "if" -> {
        return parseIf();
      }
      case "while" -> {
        advance();
        if (peek().is("let")) {
          unsupported(t.span(), "`while let`");
          skipToBlockAndParse();
          return new Expr.Error(id(), t.span());
        }
        Expr cond = parseExpr(true);
        Expr.Block body = parseBlock();
        return new Expr.While(id(), t.span().to(body.span()), cond, body);
      }
      case "loop" -> {
        advance();
        Expr.Block body = parseBlock();
        return new Expr.Loop(id(), t.span().to(body.span()), body);
      }
      case "for" -> {
        advance();
        Pat pat = parsePattern();
        if (!peek().is("in")) {
          syntaxError(
              peek().span(), "expected `in` after the `for` pattern, found " + describe(peek()));
          throw new SyntaxError();
        }
        advance();
        Expr iterable = parseExpr(true);
        Expr.Block body = parseBlock();
        return new Expr.For(id(), t.span().to(body.span()), pat, iterable, body);
      }
      case "match" -> {
        unsupported(t.span(), "`match`");
        advance();
        skipToBlockAndSkip();
        return new Expr.Error(id(), t.span().to(previous().span()));
      }
      case "unsafe" -> {
        unsupported(t.span(), "`unsafe` blocks");
        advance();
        if (at(LBRACE)) {
          skipGroup();
        }
        return new Expr.Error(id(), t.span().to(previous().span()));
      }
      case "async", "const", "static", "yield", "try", "gen", "dyn", "impl", "ref" -> {
        unsupported(t.span(), "`" + t.text() + "` expressions");
        advance();
        if (at(LBRACE)) {
          skipGroup();
        }
        return new Expr.Error(id(), t.span().to(previous().span()));
      }
      case "let" -> {
        unsupported(t.span(), "`let` in a condition (`if let`, let chains)");
        advance();
        skipPattern();
        if (accept(EQ)) {
          parseExpr(true);
        }
        return new Expr.Error(id(), t.span().to(previous().span()));
      }
      case "return" -> {
        advance();
        Optional<Expr> value =
            startsExprAfterKeyword() ? Optional.of(parseExpr(noStruct)) : Optional.empty();
        return new Expr.Return(id(), t.span().to(value.map(Expr::span).orElse(t.span())), value);
      }
      case "break" -> {
        advance();
        if (at(LIFETIME)) {
          Token label = advance();
          unsupported(label.span(), "loop labels");
        }
        Optional<Expr> value =
            startsExprAfterKeyword() ? Optional.of(parseExpr(noStruct)) : Optional.empty();
        return new Expr.Break(
            id(), t.span().to(value.map(Expr::span).orElse(previous().span())), value);
      }
      case "continue" -> {
        advance();
        if (at(LIFETIME)) {
          Token label = advance();
          unsupported(label.span(), "loop labels");
        }
        return new Expr.Continue(id(), t.span());
      }
      default -> {
        if (peek(1).kind() == NOT
            && !KEYWORDS.contains(t.text())
            && (peek(2).kind() == LPAREN
                || peek(2).kind() == LBRACKET
                || peek(2).kind() == LBRACE)) {
          return parseMacro();
        }
        if (KEYWORDS.contains(t.text())
            && !t.is("self")
            && !t.is("Self")
            && !t.is("crate")
            && !t.is("super")) {
          syntaxError(t.span(), "expected an expression, found keyword `" + t.text() + "`");
          throw new SyntaxError();
        }
        return parsePathExpr(noStruct);
      }
    }
  }

  private void skipToBlockAndParse() {
    while (!at(LBRACE) && !at(EOF)) {
      if (at(LPAREN) || at(LBRACKET)) {
        skipGroup();
      } else {
        advance();
      }
    }
    if (at(LBRACE)) {
      skipGroup();
    }
  }

  private void skipToBlockAndSkip() {
    skipToBlockAndParse();
  }

  private Expr parseIf() {
    Token kw = expectWord("if");
    if (peek().is("let")) {
      unsupported(kw.span(), "`if let`");
      skipToBlockAndParse();
      if (peek().is("else")) {
        advance();
        if (peek().is("if")) {
          parseIf();
        } else {
          parseBlock();
        }
      }
      return new Expr.Error(id(), kw.span().to(previous().span()));
    }
    Expr cond = parseExpr(true);
    Expr.Block then = parseBlock();
    Optional<Expr> otherwise = Optional.empty();
    if (peek().is("else")) {
      advance();
      if (peek().is("if")) {
        enter();
        try {
          otherwise = Optional.of(parseIf());
        } finally {
          depth--;
        }
      } else {
        otherwise = Optional.of(parseBlock());
      }
    }
    Span end = otherwise.map(Expr::span).orElse(then.span());
    return new Expr.If(id(), kw.span().to(end), cond, then, otherwise);
  }

  private Expr parsePathExpr(boolean noStruct) {
    Token first = peek();
    List<Expr.PathSegment> segments = new ArrayList<>();
    if (at(PATH_SEP)) {
      advance();
    }
    while (true) {
      Token seg = expectIdent("a name");
      List<TypeExpr> generics = new ArrayList<>();
      Span segSpan = seg.span();
      if (at(PATH_SEP) && peek(1).kind() == LT) {
        advance();
        segSpan = seg.span().to(parseGenericArgs(generics, Optional.empty()));
      }
      segments.add(new Expr.PathSegment(seg.text(), segSpan, generics));
      if (at(PATH_SEP) && peek(1).kind() == IDENT) {
        advance();
        continue;
      }
      break;
    }
    Span span = first.span().to(segments.get(segments.size() - 1).span());
    Expr.Path path = new Expr.Path(id(), span, segments);
    if (at(LBRACE) && !noStruct && startsStructLiteralBody()) {
      return parseStructLit(path);
    }
    return path;
  }

  /** Whether the `{` after a path opens a struct literal rather than a block. */
  private boolean startsStructLiteralBody() {
    Token a = peek(1);
    Token b = peek(2);
    if (a.kind() == RBRACE) {
      return true;
    }
    if (a.kind() == IDENT && (b.kind() == COLON || b.kind() == COMMA || b.kind() == RBRACE)) {
      return true;
    }
    return a.kind() == DOT_DOT;
  }

  private Expr parseStructLit(Expr.Path path) {
    expect(LBRACE, "`{`");
    List<Expr.FieldInit> fields = new ArrayList<>();
    while (!at(RBRACE) && !at(EOF)) {
      if (at(DOT_DOT)) {
        Token dots = advance();
        unsupported(dots.span(), "struct update syntax (`..base`)");
        parseExpr();
        break;
      }
      Token name = expectIdent("a field name");
      if (accept(COLON)) {
        Expr value = parseExpr();
        fields.add(
            new Expr.FieldInit(
                id(), name.span().to(value.span()), name.text(), name.span(), value, false));
      } else {
        Expr.Path value =
            new Expr.Path(
                id(),
                name.span(),
                List.of(new Expr.PathSegment(name.text(), name.span(), List.of())));
        fields.add(new Expr.FieldInit(id(), name.span(), name.text(), name.span(), value, true));
      }
      if (!accept(COMMA)) {
        break;
      }
    }
    Token close = expect(RBRACE, "`}` or `,` in the struct literal");
    return new Expr.StructLit(id(), path.span().to(close.span()), path, fields);
  }

  // ---------------------------------------------------------------- macros

  private Expr parseMacro() {
    Token name = advance();
    advance(); // !
    MacroKind kind = MACROS.get(name.text());
    boolean isVec = name.is("vec");
    if (kind == null && !isVec) {
      unsupported(name.span(), "the `" + name.text() + "!` macro");
      skipGroup();
      return new Expr.Error(id(), name.span().to(previous().span()));
    }
    Token open = advance();
    TokenKind close = open.kind() == LPAREN ? RPAREN : open.kind() == LBRACKET ? RBRACKET : RBRACE;
    if (isVec) {
      return parseVecMacro(name, close);
    }
    Expr result;
    switch (kind) {
      case ASSERT, ASSERT_EQ -> {
        int operandCount = kind == MacroKind.ASSERT ? 1 : 2;
        List<Expr> operands = new ArrayList<>();
        for (int i = 0; i < operandCount; i++) {
          if (i > 0) {
            expect(COMMA, "`,` between the `" + name.text() + "!` operands");
          }
          operands.add(parseExpr());
        }
        Optional<Format> message = Optional.empty();
        if (accept(COMMA) && !at(close)) {
          message = Optional.of(parseFormat(name));
        }
        Token end = expect(close, "the end of the `" + name.text() + "!` arguments");
        result = new Expr.AssertMacro(id(), name.span().to(end.span()), kind, operands, message);
      }
      default -> {
        Optional<Format> format = Optional.empty();
        if (!at(close)) {
          format = Optional.of(parseFormat(name));
        } else if (kind == MacroKind.PRINT || kind == MacroKind.FORMAT) {
          syntaxError(peek().span(), "requires at least a format string argument");
        }
        Token end = expect(close, "the end of the `" + name.text() + "!` arguments");
        result = new Expr.FormatMacro(id(), name.span().to(end.span()), kind, format);
      }
    }
    return result;
  }

  private Expr parseVecMacro(Token name, TokenKind close) {
    List<Expr> elements = new ArrayList<>();
    if (!at(close)) {
      Expr first = parseExpr();
      if (accept(SEMI)) {
        Expr count = parseExpr();
        Token end = expect(close, "the end of `vec!`");
        return new Expr.VecRepeatMacro(id(), name.span().to(end.span()), first, count);
      }
      elements.add(first);
      while (accept(COMMA) && !at(close)) {
        elements.add(parseExpr());
      }
    }
    Token end = expect(close, "`,` or the end of `vec!`");
    return new Expr.VecMacro(id(), name.span().to(end.span()), elements);
  }

  private Format parseFormat(Token macro) {
    Token literal = peek();
    if (literal.kind() != STRING) {
      syntaxError(literal.span(), "format argument must be a string literal");
      throw new SyntaxError();
    }
    advance();
    List<Expr> args = new ArrayList<>();
    Map<String, Integer> named = new HashMap<>();
    int positional = 0;
    while (accept(COMMA)) {
      if (at(RPAREN) || at(RBRACKET) || at(RBRACE)) {
        break;
      }
      if (at(IDENT) && peek(1).kind() == EQ && !KEYWORDS.contains(peek().text())) {
        Token n = advance();
        advance();
        named.put(n.text(), args.size());
        args.add(parseExpr());
      } else {
        if (!named.isEmpty()) {
          syntaxError(peek().span(), "positional arguments cannot follow named arguments");
        }
        args.add(parseExpr());
        positional++;
      }
    }
    return new FormatParser(this, literal, args, named, positional).parse();
  }

  /** Splits a format template into pieces; a small class so the parser stays readable. */
  private static final class FormatParser {
    private final Parser parser;
    private final Token literal;
    private final List<Expr> args;
    private final Map<String, Integer> named;
    private final int positional;
    private final boolean exactColumns;
    private final boolean[] used;
    private final Map<String, Integer> captured = new HashMap<>();
    private final List<Expr> capturedArgs = new ArrayList<>();

    FormatParser(
        Parser parser, Token literal, List<Expr> args, Map<String, Integer> named, int positional) {
      this.parser = parser;
      this.literal = literal;
      this.args = args;
      this.named = named;
      this.positional = positional;
      Span s = literal.span();
      // Columns inside the literal are exact only when nothing was unescaped.
      this.exactColumns =
          s.line() == s.endLine()
              && s.endColumn() - s.column()
                  == literal.text().codePointCount(0, literal.text().length()) + 2;
      this.used = new boolean[args.size()];
    }

    Format parse() {
      String text = literal.text();
      int[] cps = text.codePoints().toArray();
      List<Format.Piece> pieces = new ArrayList<>();
      StringBuilder buffer = new StringBuilder();
      int next = 0;
      int i = 0;
      while (i < cps.length) {
        int c = cps[i];
        if (c == '{' && i + 1 < cps.length && cps[i + 1] == '{') {
          buffer.append('{');
          i += 2;
          continue;
        }
        if (c == '}' && i + 1 < cps.length && cps[i + 1] == '}') {
          buffer.append('}');
          i += 2;
          continue;
        }
        if (c == '}') {
          parser.syntaxError(spanAt(i, i + 1), "invalid format string: unmatched `}` found");
          i++;
          continue;
        }
        if (c != '{') {
          buffer.appendCodePoint(c);
          i++;
          continue;
        }
        int close = i + 1;
        while (close < cps.length && cps[close] != '}' && cps[close] != '{') {
          close++;
        }
        if (close >= cps.length || cps[close] != '}') {
          parser.syntaxError(spanAt(i, i + 1), "invalid format string: expected `}`");
          return new Format(literal.span(), pieces, args);
        }
        String inside = new String(cps, i + 1, close - i - 1);
        Span span = spanAt(i, close + 1);
        if (buffer.length() > 0) {
          pieces.add(new Format.Text(buffer.toString()));
          buffer.setLength(0);
        }
        String argPart = inside;
        String spec = "";
        int colon = inside.indexOf(':');
        if (colon >= 0) {
          argPart = inside.substring(0, colon);
          spec = inside.substring(colon + 1);
        }
        argPart = argPart.strip();
        Format.Style style;
        if (spec.isEmpty()) {
          style = Format.Style.DISPLAY;
        } else if (spec.equals("?")) {
          style = Format.Style.DEBUG;
        } else if (spec.equals("#?")) {
          style = Format.Style.PRETTY_DEBUG;
        } else {
          parser.unsupported(span, "the format spec `{" + inside + "}` (only `{}` and `{:?}` are)");
          style = Format.Style.DISPLAY;
        }
        int arg;
        if (argPart.isEmpty()) {
          arg = next++;
          if (arg >= positional) {
            parser.syntaxError(
                span, "invalid reference to positional argument " + arg + " in the format string");
            arg = -1;
          }
        } else if (argPart.chars().allMatch(Character::isDigit)) {
          arg = Integer.parseInt(argPart);
          if (arg >= args.size()) {
            parser.syntaxError(span, "invalid reference to positional argument " + arg);
            arg = -1;
          }
        } else if (isIdentifier(argPart)) {
          Integer index = named.get(argPart);
          if (index != null) {
            arg = index;
          } else {
            arg = capture(argPart, span);
          }
        } else {
          parser.unsupported(span, "the format argument `{" + inside + "}`");
          arg = -1;
        }
        if (arg >= 0) {
          if (arg < used.length) {
            used[arg] = true;
          }
          pieces.add(new Format.Placeholder(arg, style, span));
        }
        i = close + 1;
      }
      if (buffer.length() > 0) {
        pieces.add(new Format.Text(buffer.toString()));
      }
      for (int a = 0; a < used.length; a++) {
        if (!used[a]) {
          parser.syntaxError(args.get(a).span(), "argument never used in the format string");
        }
      }
      List<Expr> all = new ArrayList<>(args);
      all.addAll(capturedArgs);
      return new Format(literal.span(), pieces, all);
    }

    private int capture(String name, Span span) {
      Integer existing = captured.get(name);
      if (existing != null) {
        return existing;
      }
      int index = args.size() + capturedArgs.size();
      Span nameSpan = span;
      Expr.Path path =
          new Expr.Path(
              parser.id(), nameSpan, List.of(new Expr.PathSegment(name, nameSpan, List.of())));
      capturedArgs.add(path);
      captured.put(name, index);
      return index;
    }

    private Span spanAt(int from, int to) {
      Span s = literal.span();
      if (!exactColumns) {
        return s;
      }
      // +1 for the opening quote.
      return new Span(s.line(), s.column() + 1 + from, s.line(), s.column() + 1 + to);
    }

    private static boolean isIdentifier(String s) {
      if (s.isEmpty() || !Lexer.isIdentStart(s.codePointAt(0))) {
        return false;
      }
      return s.codePoints().allMatch(c -> c == '_' || Character.isUnicodeIdentifierPart(c));
    }
  }

  // ---------------------------------------------------------------- token helpers

  private boolean startsExpr() {
    Token t = peek();
    return switch (t.kind()) {
      case INT,
          FLOAT,
          STRING,
          CHAR,
          OTHER_LITERAL,
          LPAREN,
          LBRACKET,
          LBRACE,
          MINUS,
          NOT,
          STAR,
          AND,
          AND_AND,
          OR,
          OR_OR,
          DOT_DOT,
          DOT_DOT_EQ,
          LT,
          PATH_SEP,
          LIFETIME ->
          true;
      case IDENT -> !t.is("as") && !t.is("else") && !t.is("in");
      default -> false;
    };
  }

  private boolean startsExprAfterKeyword() {
    return startsExpr() && !at(LBRACE) || at(LBRACE);
  }

  private int id() {
    return nextId++;
  }

  private void enter() {
    depth++;
    if (depth > MAX_DEPTH) {
      tooDeep(peek().span());
    }
  }

  private void tooDeep(Span at) {
    unsupported(at, "nesting deeper than " + MAX_DEPTH + " levels");
    throw new TooDeep();
  }

  private Token peek() {
    return tokens.get(pos);
  }

  private Token peek(int ahead) {
    int i = Math.min(pos + ahead, tokens.size() - 1);
    return tokens.get(i);
  }

  private Token previous() {
    return tokens.get(Math.max(0, pos - 1));
  }

  private boolean at(TokenKind kind) {
    return peek().kind() == kind;
  }

  private Token advance() {
    Token t = peek();
    if (t.kind() != EOF) {
      pos++;
    }
    return t;
  }

  private boolean accept(TokenKind kind) {
    if (at(kind)) {
      advance();
      return true;
    }
    return false;
  }

  private boolean acceptWord(String word) {
    if (peek().is(word)) {
      advance();
      return true;
    }
    return false;
  }

  private Token expect(TokenKind kind, String what) {
    if (at(kind)) {
      return advance();
    }
    if (kind == SEMI && pos > 0) {
      Span p = previous().span();
      syntaxError(
          Span.at(p.endLine(), p.endColumn()), "expected " + what + ", found " + describe(peek()));
      throw new SyntaxError();
    }
    syntaxError(peek().span(), "expected " + what + ", found " + describe(peek()));
    throw new SyntaxError();
  }

  private Token expectWord(String word) {
    if (peek().is(word)) {
      return advance();
    }
    syntaxError(peek().span(), "expected `" + word + "`, found " + describe(peek()));
    throw new SyntaxError();
  }

  private Token expectIdent(String what) {
    if (at(IDENT)) {
      return advance();
    }
    syntaxError(peek().span(), "expected " + what + ", found " + describe(peek()));
    throw new SyntaxError();
  }

  /** Skips a balanced (), [] or {} group starting at the current token (or one token). */
  private void skipGroup() {
    int level = 0;
    do {
      TokenKind k = peek().kind();
      if (k == LPAREN || k == LBRACKET || k == LBRACE) {
        level++;
      } else if (k == RPAREN || k == RBRACKET || k == RBRACE) {
        level--;
      }
      if (k == EOF) {
        return;
      }
      advance();
    } while (level > 0);
  }

  private static String describe(Token t) {
    return switch (t.kind()) {
      case EOF -> "the end of the program";
      case IDENT -> (KEYWORDS.contains(t.text()) ? "keyword `" : "`") + t.text() + "`";
      case STRING -> "a string literal";
      case CHAR -> "a character literal";
      case INT, FLOAT -> "`" + t.text() + t.suffix() + "`";
      default -> "`" + t.text() + "`";
    };
  }

  void syntaxError(Span at, String message) {
    problems.add(new Problem(at, "syntax error: " + message));
  }

  void unsupported(Span at, String construct) {
    problems.add(new Problem(at, construct + " is not supported by the simulator"));
  }
}
