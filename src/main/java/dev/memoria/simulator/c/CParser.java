package dev.memoria.simulator.c;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recursive-descent parser for the C subset that resolves names and checks types as it goes (C
 * declares before use), producing a {@link CProgram} ready to run. Anything outside the subset
 * throws {@link Unsupported} naming the construct and its line.
 */
final class CParser {

  private static final int MAX_NESTING = 200;
  private static final long MAX_LOCAL_BYTES = 1L << 20;
  private static final long MAX_GLOBAL_BYTES = 16L << 20;
  private static final Set<String> BUILTINS =
      Set.of(
          "malloc", "calloc", "realloc", "free", "strlen", "strcpy", "strncpy", "strcat", "strcmp",
          "strncmp", "memcpy", "memset", "printf", "puts", "putchar", "exit", "abs", "fprintf",
          "setvbuf", "fflush");
  private static final Set<String> TYPE_WORDS =
      Set.of(
          "void",
          "char",
          "short",
          "int",
          "long",
          "signed",
          "unsigned",
          "double",
          "float",
          "_Bool",
          "bool",
          "size_t",
          "struct",
          "union",
          "enum",
          "const",
          "volatile",
          "static",
          "extern",
          "typedef",
          "inline",
          "register",
          "auto",
          "_Atomic",
          "restrict");

  private final String src;
  private final List<Token> toks;
  private int p;
  private int nesting;

  private final Map<String, CType.Struct> tags = new HashMap<>();
  private final Map<String, Typedef> typedefs = new HashMap<>();
  private final Map<String, FunctionDef> functions = new LinkedHashMap<>();
  private final List<Variable> globals = new ArrayList<>();
  private final List<Init> globalInits = new ArrayList<>();
  private final Map<String, Variable> globalNames = new HashMap<>();
  private final List<String> literals = new ArrayList<>();
  private final Map<String, Integer> literalIndex = new HashMap<>();

  private final Deque<Map<String, Variable>> scopes = new ArrayDeque<>();
  private final Deque<List<Variable>> scopeVars = new ArrayDeque<>();
  private FunctionDef current;
  private Map<String, Integer> nameCounts = new HashMap<>();
  private int loops;

  private record Typedef(CType type, String text) {}

  private record Base(CType type, String text, boolean typedef) {}

  private record Declarator(Token name, CType type, List<Variable> params, boolean function) {}

  private CParser(String src) {
    this.src = src;
    this.toks = CLexer.tokens(src);
  }

  static CProgram parse(String source) {
    return new CParser(source).program();
  }

  // ---- tokens

  private Token peek() {
    return toks.get(p);
  }

  private Token peek(int ahead) {
    return toks.get(Math.min(p + ahead, toks.size() - 1));
  }

  private Token next() {
    Token t = toks.get(p);
    if (t.kind() != Token.Kind.EOF) {
      p++;
    }
    return t;
  }

  private int prevEnd() {
    return p == 0 ? 0 : toks.get(p - 1).end();
  }

  private boolean accept(String punct) {
    if (peek().is(punct)) {
      p++;
      return true;
    }
    return false;
  }

  private Token expect(String punct) {
    Token t = peek();
    if (!t.is(punct)) {
      throw error(t, "expected `" + punct + "` but found `" + shown(t) + "`");
    }
    return next();
  }

  private static String shown(Token t) {
    return switch (t.kind()) {
      case EOF -> "end of file";
      case STRING -> "\"" + t.text() + "\"";
      case INT, FLOAT, CHAR -> "literal";
      default -> t.text();
    };
  }

  private Unsupported error(Token at, String message) {
    return new Unsupported(at.line(), at.column(), message + " (line " + at.line() + ")");
  }

  private Unsupported unsupported(Token at, String construct) {
    return new Unsupported(
        at.line(),
        at.column(),
        construct + " is not supported by the simulator (line " + at.line() + ")");
  }

  // ---- program

  private CProgram program() {
    while (peek().kind() != Token.Kind.EOF) {
      external();
    }
    FunctionDef main = functions.get("main");
    if (main == null || !main.defined) {
      throw new Unsupported(1, 1, "the program has no `main` function");
    }
    if (!main.params.isEmpty()) {
      throw new Unsupported(
          main.line, 1, "`main` with parameters is not supported; write `int main(void)`");
    }
    for (FunctionDef f : functions.values()) {
      if (!f.defined) {
        throw new Unsupported(f.line, 1, "function `" + f.name + "` is declared but never defined");
      }
    }
    return new CProgram(src, globals, globalInits, functions, literals, main);
  }

  private void external() {
    Token first = peek();
    Base base = specifiers(true);
    if (accept(";")) {
      return;
    }
    while (true) {
      Declarator d = declarator(base);
      if (base.typedef()) {
        typedefs.put(d.name().text(), new Typedef(d.type(), show(d.type(), base)));
        if (d.type() instanceof CType.Struct s && s.tag.isEmpty() && s.typedefName.isEmpty()) {
          s.typedefName = d.name().text();
        }
      } else if (d.function()) {
        FunctionDef f = declareFunction(d);
        if (peek().is("{")) {
          defineFunction(f, d);
          return;
        }
      } else {
        declareGlobal(d, base, first);
      }
      if (accept(",")) {
        continue;
      }
      expect(";");
      return;
    }
  }

  private FunctionDef declareFunction(Declarator d) {
    String name = d.name().text();
    if (BUILTINS.contains(name) || globalNames.containsKey(name)) {
      throw error(d.name(), "`" + name + "` is already declared");
    }
    FunctionDef existing = functions.get(name);
    if (existing != null) {
      return existing;
    }
    FunctionDef f = new FunctionDef(name, (CType.Func) d.type(), d.name().line());
    functions.put(name, f);
    return f;
  }

  private void defineFunction(FunctionDef f, Declarator d) {
    if (f.defined) {
      throw error(d.name(), "function `" + f.name + "` is defined twice");
    }
    f.defined = true;
    current = f;
    nameCounts = new HashMap<>();
    Map<String, Variable> paramScope = new HashMap<>();
    List<Variable> paramVars = new ArrayList<>();
    for (Variable raw : d.params()) {
      Variable v = local(raw.name, raw.type, raw.typeText, raw.line, 0);
      f.params.add(v);
      paramScope.put(v.name, v);
      paramVars.add(v);
    }
    scopes.push(paramScope);
    scopeVars.push(paramVars);
    f.body = block(true);
    scopes.pop();
    scopeVars.pop();
    current = null;
  }

  private Variable local(String name, CType type, String text, int line, int depth) {
    int count = nameCounts.merge(name, 1, Integer::sum);
    Variable v =
        new Variable(
            name,
            type,
            text,
            false,
            current.locals.size(),
            count == 1 ? name : name + "#" + count,
            depth,
            line);
    current.locals.add(v);
    return v;
  }

  private void declareGlobal(Declarator d, Base base, Token first) {
    String name = d.name().text();
    if (globalNames.containsKey(name) || functions.containsKey(name)) {
      throw unsupported(d.name(), "redeclaring `" + name + "`");
    }
    CType type = d.type();
    List<Init.Item> items = new ArrayList<>();
    boolean zero = false;
    if (accept("=")) {
      type = initializer(type, 0, items);
      zero = true;
    }
    checkComplete(type, d.name());
    if (type.size() > MAX_GLOBAL_BYTES || type.size() < 0) {
      throw unsupported(d.name(), "a global of " + type.size() + " bytes");
    }
    Variable v =
        new Variable(name, type, show(type, base), true, globals.size(), name, 0, first.line());
    globals.add(v);
    globalInits.add(new Init(zero, items));
    globalNames.put(name, v);
  }

  private void checkLocalSize(CType type, Token at) {
    if (type.size() > MAX_LOCAL_BYTES || type.size() < 0) {
      throw unsupported(at, "a local of " + type.size() + " bytes (the real stack may overflow)");
    }
  }

  private void checkComplete(CType type, Token at) {
    if (type instanceof CType.Struct s && !s.complete) {
      throw error(at, "`" + s.display() + "` is an incomplete type");
    }
    if (type instanceof CType.Arr a && a.length() < 0) {
      throw error(at, "array `" + at.text() + "` needs a size");
    }
    if (CType.isVoid(type)) {
      throw error(at, "variable `" + at.text() + "` has type void");
    }
  }

  // ---- types

  private boolean startsType(Token t) {
    return t.kind() == Token.Kind.IDENT
        && (TYPE_WORDS.contains(t.text()) || typedefs.containsKey(t.text()))
        && !isShadowedTypedef(t);
  }

  private boolean isShadowedTypedef(Token t) {
    if (TYPE_WORDS.contains(t.text())) {
      return false;
    }
    for (Map<String, Variable> scope : scopes) {
      if (scope.containsKey(t.text())) {
        return true;
      }
    }
    return false;
  }

  private Base specifiers(boolean fileScope) {
    boolean typedef = false;
    boolean isConst = false;
    int longs = 0;
    int shorts = 0;
    int unsigned = 0;
    int signed = 0;
    String word = null;
    CType named = null;
    String namedText = null;
    Token first = peek();
    while (true) {
      Token t = peek();
      if (t.kind() != Token.Kind.IDENT) {
        break;
      }
      String s = t.text();
      switch (s) {
        case "typedef" -> typedef = true;
        case "const" -> isConst = true;
        case "volatile", "inline", "register", "auto", "restrict" -> {}
        case "static" -> {
          if (!fileScope) {
            throw unsupported(t, "a `static` local variable");
          }
        }
        case "extern" -> throw unsupported(t, "`extern`");
        case "union" -> throw unsupported(t, "`union`");
        case "enum" -> throw unsupported(t, "`enum`");
        case "float" -> throw unsupported(t, "`float` (use double)");
        case "_Atomic" -> throw unsupported(t, "`_Atomic`");
        case "long" -> longs++;
        case "short" -> shorts++;
        case "unsigned" -> unsigned++;
        case "signed" -> signed++;
        case "void", "char", "int", "double", "_Bool", "bool", "size_t" -> {
          if (word != null || named != null) {
            throw error(t, "two types in one declaration");
          }
          word = s;
        }
        case "struct" -> {
          next();
          named = structSpec(t);
          namedText = named.display();
          continue;
        }
        default -> {
          if (named == null
              && word == null
              && longs + shorts + unsigned + signed == 0
              && typedefs.containsKey(s)
              && !isShadowedTypedef(t)) {
            Typedef td = typedefs.get(s);
            named = td.type();
            namedText = s;
          } else {
            return finish(
                first, typedef, isConst, longs, shorts, unsigned, signed, word, named, namedText);
          }
        }
      }
      next();
    }
    return finish(first, typedef, isConst, longs, shorts, unsigned, signed, word, named, namedText);
  }

  private Base finish(
      Token first,
      boolean typedef,
      boolean isConst,
      int longs,
      int shorts,
      int unsigned,
      int signed,
      String word,
      CType named,
      String namedText) {
    String prefix = isConst ? "const " : "";
    if (named != null) {
      return new Base(named, prefix + namedText, typedef);
    }
    CType type;
    String text;
    if (word == null && longs + shorts + unsigned + signed == 0) {
      throw error(first, "expected a type but found `" + shown(first) + "`");
    }
    String w = word == null ? "int" : word;
    if (w.equals("void")
        || w.equals("double")
        || w.equals("_Bool")
        || w.equals("bool")
        || w.equals("size_t")) {
      if (longs + shorts + unsigned + signed > 0) {
        throw unsupported(first, "`" + (longs > 0 ? "long " : "") + w + "`");
      }
      type =
          switch (w) {
            case "void" -> CType.VOID;
            case "double" -> CType.DOUBLE;
            case "size_t" -> CType.SIZE_T;
            default -> CType.BOOL;
          };
      text = w;
    } else if (w.equals("char")) {
      if (longs + shorts > 0) {
        throw error(first, "bad char type");
      }
      type =
          unsigned > 0
              ? new CType.Prim(CType.Kind.UCHAR, "unsigned char")
              : signed > 0 ? new CType.Prim(CType.Kind.CHAR, "signed char") : CType.CHAR;
      text = type.display();
    } else {
      StringBuilder b = new StringBuilder();
      if (unsigned > 0) {
        b.append("unsigned ");
      }
      if (shorts > 0) {
        b.append("short ");
      }
      for (int i = 0; i < longs; i++) {
        b.append("long ");
      }
      if (longs + shorts == 0 || word != null) {
        b.append("int");
      }
      text = b.toString().strip();
      CType.Kind kind =
          shorts > 0
              ? (unsigned > 0 ? CType.Kind.USHORT : CType.Kind.SHORT)
              : longs > 0
                  ? (unsigned > 0 ? CType.Kind.ULONG : CType.Kind.LONG)
                  : (unsigned > 0 ? CType.Kind.UINT : CType.Kind.INT);
      type = new CType.Prim(kind, text);
    }
    return new Base(type, prefix + text, typedef);
  }

  private CType.Struct structSpec(Token kw) {
    String tag = "";
    if (peek().kind() == Token.Kind.IDENT) {
      tag = next().text();
    }
    CType.Struct s = tag.isEmpty() ? null : tags.get(tag);
    if (peek().is("{")) {
      if (s == null || s.complete) {
        s = new CType.Struct(tag);
        if (!tag.isEmpty()) {
          tags.put(tag, s);
        }
      }
      next();
      while (!accept("}")) {
        Base base = specifiers(false);
        do {
          Declarator d = declarator(base);
          if (peek().is(":")) {
            throw unsupported(peek(), "a bit-field");
          }
          if (d.function()) {
            throw unsupported(d.name(), "a function in a struct");
          }
          checkComplete(d.type(), d.name());
          if (s.field(d.name().text()).isPresent()) {
            throw error(d.name(), "duplicate field `" + d.name().text() + "`");
          }
          s.add(d.name().text(), d.type());
        } while (accept(","));
        expect(";");
      }
      s.finish();
      return s;
    }
    if (tag.isEmpty()) {
      throw error(kw, "a struct needs a tag or a body");
    }
    if (s == null) {
      s = new CType.Struct(tag);
      tags.put(tag, s);
    }
    return s;
  }

  private String show(CType t, Base base) {
    if (t == base.type()) {
      return base.text();
    }
    if (t instanceof CType.Ptr ptr) {
      String inner = show(ptr.to(), base);
      return inner.endsWith("*") ? inner + "*" : inner + " *";
    }
    if (t instanceof CType.Arr arr) {
      return show(arr.elem(), base) + "[" + arr.length() + "]";
    }
    return t.display();
  }

  private Declarator declarator(Base base) {
    return declarator(base, false);
  }

  private Declarator declarator(Base base, boolean abstractAllowed) {
    CType type = base.type();
    while (accept("*")) {
      type = new CType.Ptr(type);
      while (peek().is("const") || peek().is("volatile") || peek().is("restrict")) {
        next();
      }
    }
    if (peek().is("(")) {
      throw unsupported(peek(), "a function pointer or parenthesised declarator");
    }
    Token name = peek();
    if (abstractAllowed && (name.is(",") || name.is(")") || name.is("["))) {
      name =
          new Token(
              Token.Kind.IDENT, "", name.line(), name.column(), name.start(), name.start(), 0, "");
    } else {
      if (name.kind() != Token.Kind.IDENT || TYPE_WORDS.contains(name.text())) {
        throw error(name, "expected a name but found `" + shown(name) + "`");
      }
      next();
    }
    if (peek().is("(")) {
      next();
      List<Variable> params = new ArrayList<>();
      List<CType> types = new ArrayList<>();
      if (peek().is("void") && peek(1).is(")")) {
        next();
      } else if (peek().is(")")) {
        // `f()`: no prototype, treated as no parameters.
      } else {
        do {
          if (peek().is("...")) {
            throw unsupported(peek(), "a variadic function");
          }
          Base pb = specifiers(false);
          Declarator pd = declarator(pb, true);
          CType pt = pd.type();
          if (pt instanceof CType.Arr arr) {
            pt = new CType.Ptr(arr.elem());
          }
          if (pd.function()) {
            throw unsupported(pd.name(), "a function pointer parameter");
          }
          types.add(pt);
          params.add(
              new Variable(pd.name().text(), pt, show(pt, pb), false, 0, "", 0, pd.name().line()));
        } while (accept(","));
      }
      expect(")");
      if (type instanceof CType.Arr || type instanceof CType.Struct s && !s.complete) {
        throw error(name, "bad return type");
      }
      return new Declarator(name, new CType.Func(type, types, false), params, true);
    }
    List<Long> dims = new ArrayList<>();
    while (accept("[")) {
      if (accept("]")) {
        dims.add(-1L);
        continue;
      }
      Expr size = conditional();
      if (!(size instanceof Expr.IntLit lit)) {
        throw unsupported(name, "a variable-length array `" + name.text() + "`");
      }
      if (lit.value <= 0 || lit.value > Integer.MAX_VALUE) {
        throw error(name, "array `" + name.text() + "` must have a positive size that fits");
      }
      dims.add(lit.value);
      expect("]");
    }
    for (int i = dims.size() - 1; i >= 0; i--) {
      if (i > 0 && dims.get(i) < 0) {
        throw error(name, "only the first array dimension may be empty");
      }
      type = new CType.Arr(type, dims.get(i));
    }
    return new Declarator(name, type, List.of(), false);
  }

  /** A type name in a cast or sizeof: specifiers and stars. */
  private CType typeName() {
    Base base = specifiers(false);
    CType type = base.type();
    while (accept("*")) {
      type = new CType.Ptr(type);
      while (peek().is("const")) {
        next();
      }
    }
    if (peek().is("(")) {
      throw unsupported(peek(), "a function pointer type");
    }
    List<Long> dims = new ArrayList<>();
    while (accept("[")) {
      Expr size = conditional();
      if (!(size instanceof Expr.IntLit lit)) {
        throw unsupported(peek(), "a variable-length array type");
      }
      dims.add(lit.value);
      expect("]");
    }
    for (int i = dims.size() - 1; i >= 0; i--) {
      type = new CType.Arr(type, dims.get(i));
    }
    return type;
  }

  // ---- initialisers

  /** Parses an initialiser for {@code type} at {@code offset}; returns the completed type. */
  private CType initializer(CType type, long offset, List<Init.Item> items) {
    Token t = peek();
    if (type instanceof CType.Arr arr
        && CType.isCharLike(arr.elem())
        && t.kind() == Token.Kind.STRING) {
      String s = stringLiteral();
      long length = arr.length() < 0 ? s.length() + 1 : arr.length();
      if (s.length() > length) {
        throw error(t, "initializer-string is too long for the array");
      }
      byte[] bytes = new byte[(int) Math.min(length, s.length() + 1)];
      for (int i = 0; i < s.length(); i++) {
        bytes[i] = (byte) s.charAt(i);
      }
      items.add(new Init.Item(offset, type, null, bytes));
      return new CType.Arr(arr.elem(), length);
    }
    if (type instanceof CType.Arr arr) {
      expect("{");
      long index = 0;
      long max = 0;
      while (!peek().is("}")) {
        if (peek().is("[")) {
          throw unsupported(peek(), "an array designator `[i] =`");
        }
        if (arr.length() >= 0 && index >= arr.length()) {
          throw error(peek(), "too many initializers for the array");
        }
        braced(arr.elem(), offset + index * arr.elem().size(), items);
        index++;
        max = Math.max(max, index);
        if (!accept(",")) {
          break;
        }
      }
      expect("}");
      return arr.length() < 0 ? new CType.Arr(arr.elem(), max) : arr;
    }
    if (type instanceof CType.Struct s && t.is("{")) {
      next();
      int field = 0;
      while (!peek().is("}")) {
        if (accept(".")) {
          Token name = next();
          field =
              s.fields.indexOf(
                  s.field(name.text())
                      .orElseThrow(() -> error(name, "no field `" + name.text() + "`")));
          expect("=");
        }
        if (field >= s.fields.size()) {
          throw error(peek(), "too many initializers for `" + s.display() + "`");
        }
        CType.Field f = s.fields.get(field);
        braced(f.type(), offset + f.offset(), items);
        field++;
        if (!accept(",")) {
          break;
        }
      }
      expect("}");
      return type;
    }
    boolean braces = accept("{");
    Expr value = assignment();
    if (braces) {
      accept(",");
      expect("}");
    }
    items.add(new Init.Item(offset, type, assignConvert(value, type, t), null));
    return type;
  }

  private void braced(CType type, long offset, List<Init.Item> items) {
    if ((type instanceof CType.Arr || type instanceof CType.Struct)
        && !peek().is("{")
        && peek().kind() != Token.Kind.STRING) {
      if (type instanceof CType.Struct) {
        Expr value = assignment();
        items.add(new Init.Item(offset, type, assignConvert(value, type, peek()), null));
        return;
      }
      throw unsupported(peek(), "an initializer without inner braces");
    }
    initializer(type, offset, items);
  }

  // ---- statements

  private Stmt.Block block(boolean functionBody) {
    Token open = expect("{");
    if (!functionBody) {
      scopes.push(new HashMap<>());
      scopeVars.push(new ArrayList<>());
    } else {
      scopes.push(new HashMap<>());
      scopeVars.push(new ArrayList<>());
    }
    List<Stmt> body = new ArrayList<>();
    while (!peek().is("}")) {
      if (peek().kind() == Token.Kind.EOF) {
        throw error(open, "unclosed `{`");
      }
      statement(body);
    }
    Token close = next();
    List<Variable> declared = scopeVars.pop();
    scopes.pop();
    Stmt.Block b = new Stmt.Block(body, declared, close.line());
    b.line = open.line();
    b.column = open.column();
    return b;
  }

  private int depth() {
    return scopes.size() - 2;
  }

  private void statement(List<Stmt> into) {
    Token t = peek();
    if (startsType(t)) {
      declaration(into);
      return;
    }
    into.add(statement());
  }

  private Stmt statement() {
    Token t = peek();
    Stmt s;
    if (t.kind() == Token.Kind.IDENT && peek(1).is(":") && !startsType(t)) {
      throw unsupported(t, "a label (and `goto`)");
    }
    if (startsType(t)) {
      // A declaration as the body of if/while needs a block in C.
      throw error(t, "a declaration cannot be the body of a statement; add braces");
    }
    if (t.kind() == Token.Kind.IDENT) {
      switch (t.text()) {
        case "if" -> {
          next();
          expect("(");
          Expr cond = condition(expression(), t);
          expect(")");
          Stmt then = statement();
          Stmt otherwise = accept("else") ? statement() : null;
          s = new Stmt.If(cond, then, otherwise);
        }
        case "while" -> {
          next();
          expect("(");
          Expr cond = condition(expression(), t);
          expect(")");
          s = new Stmt.Loop(null, cond, null, loopBody(), true, null);
        }
        case "do" -> {
          next();
          Stmt body = loopBody();
          expect("while");
          expect("(");
          Expr cond = condition(expression(), t);
          expect(")");
          expect(";");
          s = new Stmt.Loop(null, cond, null, body, false, null);
        }
        case "for" -> s = forStatement(t);
        case "return" -> s = returnStatement(t);
        case "break", "continue" -> {
          next();
          if (loops == 0) {
            throw error(t, "`" + t.text() + "` outside a loop");
          }
          expect(";");
          s = new Stmt.Jump(t.text().equals("break") ? Stmt.BREAK : Stmt.CONTINUE);
        }
        case "switch", "case", "default" -> throw unsupported(t, "`" + t.text() + "`");
        case "goto" -> throw unsupported(t, "`goto`");
        default -> s = expressionStatement();
      }
    } else if (t.is("{")) {
      return block(false);
    } else if (t.is(";")) {
      next();
      s = new Stmt.ExprStmt(new Expr.IntLit(0, CType.INT));
    } else {
      s = expressionStatement();
    }
    s.line = t.line();
    s.column = t.column();
    return s;
  }

  private Stmt loopBody() {
    loops++;
    try {
      return statement();
    } finally {
      loops--;
    }
  }

  private Stmt expressionStatement() {
    Expr e = expression();
    expect(";");
    return new Stmt.ExprStmt(e);
  }

  private Stmt forStatement(Token t) {
    next();
    expect("(");
    scopes.push(new HashMap<>());
    scopeVars.push(new ArrayList<>());
    Stmt init = null;
    if (startsType(peek())) {
      List<Stmt> decls = new ArrayList<>();
      declaration(decls);
      if (decls.size() == 1) {
        init = decls.get(0);
      } else {
        init = new Stmt.Block(decls, List.of(), t.line());
        init.line = t.line();
      }
    } else if (!accept(";")) {
      init = new Stmt.ExprStmt(expression());
      init.line = t.line();
      expect(";");
    }
    Expr cond = peek().is(";") ? null : condition(expression(), t);
    expect(";");
    Expr step = peek().is(")") ? null : expression();
    expect(")");
    Stmt body = loopBody();
    List<Variable> declared = scopeVars.pop();
    scopes.pop();
    Stmt.Block scope = declared.isEmpty() ? null : new Stmt.Block(List.of(), declared, t.line());
    if (scope != null) {
      scope.line = t.line();
    }
    return new Stmt.Loop(init, cond, step, body, true, scope);
  }

  private Stmt returnStatement(Token t) {
    next();
    CType ret = current.type.ret();
    if (accept(";")) {
      if (!CType.isVoid(ret) && !current.name.equals("main")) {
        throw error(t, "`return;` in a function returning a value");
      }
      return new Stmt.Return(null, false);
    }
    Expr value = expression();
    expect(";");
    if (CType.isVoid(ret)) {
      throw error(t, "returning a value from a void function");
    }
    boolean local = returnsLocal(value);
    return new Stmt.Return(assignConvert(value, ret, t), local);
  }

  private static boolean returnsLocal(Expr e) {
    while (e instanceof Expr.Cast c) {
      e = c.operand;
    }
    if (e instanceof Expr.AddrOf a) {
      return localBase(a.target);
    }
    if (e instanceof Expr.Decay d) {
      return localBase(d.array);
    }
    return false;
  }

  private static boolean localBase(Expr e) {
    if (e instanceof Expr.VarRef v) {
      return !v.v.global;
    }
    if (e instanceof Expr.Member m && m.base.lvalue()) {
      return localBase(m.base);
    }
    if (e instanceof Expr.Deref d && d.pointer instanceof Expr.Decay decay) {
      return localBase(decay.array);
    }
    return false;
  }

  private void declaration(List<Stmt> into) {
    Token first = peek();
    Base base = specifiers(false);
    if (base.typedef()) {
      throw unsupported(first, "a local `typedef`");
    }
    if (accept(";")) {
      return;
    }
    do {
      Declarator d = declarator(base);
      if (d.function()) {
        throw unsupported(d.name(), "a local function declaration");
      }
      String name = d.name().text();
      if (scopes.peek().containsKey(name)) {
        throw error(d.name(), "redeclaration of `" + name + "`");
      }
      CType type = d.type();
      List<Init.Item> items = new ArrayList<>();
      Init init = null;
      Variable v = null;
      boolean sized = !(type instanceof CType.Arr arr && arr.length() < 0);
      if (sized) {
        checkLocalSize(type, d.name());
        // In scope in its own initialiser, as in `struct node *n = malloc(sizeof *n);`.
        checkComplete(type, d.name());
        v = local(name, type, show(type, base), d.name().line(), depth());
        scopes.peek().put(name, v);
      }
      if (accept("=")) {
        type = initializer(type, 0, items);
        boolean whole =
            items.size() == 1
                && items.get(0).bytes() == null
                && items.get(0).type() == type
                && !(type instanceof CType.Arr);
        init = new Init(!whole, items);
      }
      if (!sized) {
        checkLocalSize(type, d.name());
        checkComplete(type, d.name());
        v = local(name, type, show(type, base), d.name().line(), depth());
        scopes.peek().put(name, v);
      }
      scopeVars.peek().add(v);
      Stmt.Decl decl = new Stmt.Decl(v, init);
      decl.line = d.name().line();
      decl.column = first.column();
      into.add(decl);
    } while (accept(","));
    expect(";");
  }

  // ---- expressions

  private Expr expression() {
    Expr e = assignment();
    while (peek().is(",")) {
      next();
      Expr r = assignment();
      e = new Expr.Comma(e, rvalue(r)).span(e, prevEnd());
    }
    return e;
  }

  private Expr condition(Expr e, Token at) {
    e = rvalue(e);
    if (!CType.isScalar(e.type)) {
      throw error(at, "the condition must be a number or a pointer");
    }
    return e;
  }

  private Expr assignment() {
    if (++nesting > MAX_NESTING) {
      throw new Unsupported(
          peek().line(),
          peek().column(),
          "the expression is nested too deeply for the simulator (line " + peek().line() + ")");
    }
    try {
      Expr left = conditional();
      Token op = peek();
      if (op.kind() == Token.Kind.PUNCT
          && op.text().endsWith("=")
          && op.text().length() <= 3
          && !Set.of("==", "!=", "<=", ">=").contains(op.text())) {
        next();
        Expr right = assignment();
        if (!left.lvalue() || left.type instanceof CType.Arr) {
          throw error(op, "the left side of `" + op.text() + "` is not assignable");
        }
        if (op.text().equals("=")) {
          return new Expr.Assign(left, assignConvert(right, left.type, op)).span(left, prevEnd());
        }
        String bop = op.text().substring(0, op.text().length() - 1);
        Expr.Placeholder ph = new Expr.Placeholder(left.type);
        ph.span(left, left.end);
        Expr operation = binary(bop, ph, rvalue(right), op);
        if (!(left.type instanceof CType.Ptr) && !CType.isArith(left.type)) {
          throw error(op, "bad operand for `" + op.text() + "`");
        }
        return new Expr.CompoundAssign(left, ph, operation).span(left, prevEnd());
      }
      return left;
    } finally {
      nesting--;
    }
  }

  private Expr conditional() {
    Expr cond = binaryLevel(0);
    if (peek().is("?")) {
      Token q = next();
      Expr a = rvalue(expression());
      expect(":");
      Expr b = rvalue(conditional());
      CType type;
      if (CType.isArith(a.type) && CType.isArith(b.type)) {
        type = CType.common(a.type, b.type);
        a = convertTo(a, type);
        b = convertTo(b, type);
      } else if (a.type instanceof CType.Ptr && isNullConstant(b)) {
        type = a.type;
      } else if (b.type instanceof CType.Ptr && isNullConstant(a)) {
        type = b.type;
      } else if (a.type instanceof CType.Ptr && b.type instanceof CType.Ptr) {
        type = CType.isVoidPtr(a.type) ? b.type : a.type;
      } else if (CType.same(a.type, b.type)) {
        type = a.type;
      } else {
        throw error(q, "the branches of `?:` have different types");
      }
      return new Expr.Conditional(condition(cond, q), a, b, type).span(cond, prevEnd());
    }
    return cond;
  }

  private static final String[][] LEVELS = {
    {"||"},
    {"&&"},
    {"|"},
    {"^"},
    {"&"},
    {"==", "!="},
    {"<", ">", "<=", ">="},
    {"<<", ">>"},
    {"+", "-"},
    {"*", "/", "%"}
  };

  private Expr binaryLevel(int level) {
    if (level == LEVELS.length) {
      return unary();
    }
    Expr left = binaryLevel(level + 1);
    while (true) {
      Token op = peek();
      boolean match = false;
      if (op.kind() == Token.Kind.PUNCT) {
        for (String s : LEVELS[level]) {
          if (op.text().equals(s)) {
            match = true;
            break;
          }
        }
      }
      if (!match) {
        return left;
      }
      next();
      Expr right = binaryLevel(level + 1);
      left = binary(op.text(), rvalue(left), rvalue(right), op).span(left, prevEnd());
    }
  }

  private Expr binary(String op, Expr l, Expr r, Token at) {
    CType lt = l.type;
    CType rt = r.type;
    switch (op) {
      case "&&", "||" -> {
        return new Expr.Logical(op.equals("&&"), condition(l, at), condition(r, at));
      }
      case "+" -> {
        if (lt instanceof CType.Ptr ptr && CType.isInteger(rt)) {
          return new Expr.PtrArith(l, convertTo(r, CType.LONG), elemSize(ptr, at), 1, lt);
        }
        if (rt instanceof CType.Ptr ptr && CType.isInteger(lt)) {
          return new Expr.PtrArith(r, convertTo(l, CType.LONG), elemSize(ptr, at), 1, rt);
        }
      }
      case "-" -> {
        if (lt instanceof CType.Ptr ptr && CType.isInteger(rt)) {
          return new Expr.PtrArith(l, convertTo(r, CType.LONG), elemSize(ptr, at), -1, lt);
        }
        if (lt instanceof CType.Ptr ptr && rt instanceof CType.Ptr) {
          return new Expr.PtrArith(l, r, elemSize(ptr, at), 0, CType.LONG);
        }
      }
      case "==", "!=", "<", ">", "<=", ">=" -> {
        if (lt instanceof CType.Ptr || rt instanceof CType.Ptr) {
          if (!(lt instanceof CType.Ptr || isNullConstant(l))
              || !(rt instanceof CType.Ptr || isNullConstant(r))) {
            throw error(at, "comparison between a pointer and an integer");
          }
          return new Expr.Binary(op, l, r, CType.INT, Expr.U64);
        }
        if (CType.isArith(lt) && CType.isArith(rt)) {
          CType c = CType.common(lt, rt);
          return new Expr.Binary(op, convertTo(l, c), convertTo(r, c), CType.INT, Expr.mode(c));
        }
        throw error(at, "bad operands for `" + op + "`");
      }
      case "<<", ">>" -> {
        if (!CType.isInteger(lt) || !CType.isInteger(rt)) {
          throw error(at, "bad operands for `" + op + "`");
        }
        CType pl = CType.promote(lt);
        return new Expr.Binary(
            op, convertTo(l, pl), convertTo(r, CType.promote(rt)), pl, Expr.mode(pl));
      }
      default -> {}
    }
    boolean intsOnly = op.equals("%") || op.equals("&") || op.equals("|") || op.equals("^");
    if (!(intsOnly
        ? CType.isInteger(lt) && CType.isInteger(rt)
        : CType.isArith(lt) && CType.isArith(rt))) {
      throw error(
          at, "bad operands for `" + op + "` (" + lt.display() + " and " + rt.display() + ")");
    }
    CType c = CType.common(lt, rt);
    return new Expr.Binary(op, convertTo(l, c), convertTo(r, c), c, Expr.mode(c));
  }

  private long elemSize(CType.Ptr ptr, Token at) {
    if (CType.isVoid(ptr.to())) {
      return 1;
    }
    if (ptr.to() instanceof CType.Struct s && !s.complete) {
      throw error(at, "arithmetic on a pointer to an incomplete type");
    }
    return ptr.to().size();
  }

  private Expr unary() {
    if (++nesting > MAX_NESTING) {
      throw new Unsupported(
          peek().line(),
          peek().column(),
          "the expression is nested too deeply for the simulator (line " + peek().line() + ")");
    }
    try {
      return unaryInner();
    } finally {
      nesting--;
    }
  }

  private Expr unaryInner() {
    Token t = peek();
    if (t.kind() == Token.Kind.PUNCT) {
      switch (t.text()) {
        case "++", "--" -> {
          next();
          Expr target = unary();
          return incDec(target, true, t.text().equals("++"), t).at(t, prevEnd());
        }
        case "&" -> {
          next();
          Expr target = unary();
          if (!target.lvalue()) {
            throw error(t, "`&` needs a variable or a place in memory");
          }
          return new Expr.AddrOf(target, new CType.Ptr(target.type)).at(t, prevEnd());
        }
        case "*" -> {
          next();
          Expr ptr = rvalue(unary());
          if (!(ptr.type instanceof CType.Ptr pt)) {
            throw error(t, "`*` needs a pointer");
          }
          if (CType.isVoid(pt.to())) {
            throw error(t, "dereferencing a `void *`");
          }
          return new Expr.Deref(ptr, null, 0, 0, pt.to()).at(t, prevEnd());
        }
        case "-", "+", "~", "!" -> {
          next();
          Expr operand = rvalue(unary());
          char op = t.text().charAt(0);
          if (op == '!') {
            return new Expr.Unary('!', condition(operand, t), CType.INT).at(t, prevEnd());
          }
          if (op == '~' ? !CType.isInteger(operand.type) : !CType.isArith(operand.type)) {
            throw error(t, "bad operand for `" + op + "`");
          }
          CType pt = CType.promote(operand.type);
          if (op == '-' && operand instanceof Expr.IntLit lit) {
            return new Expr.IntLit(Expr.convert(-lit.value, pt, pt), pt).at(t, prevEnd());
          }
          return new Expr.Unary(op, convertTo(operand, pt), pt).at(t, prevEnd());
        }
        case "(" -> {
          if (startsType(peek(1))) {
            next();
            CType type = typeName();
            expect(")");
            if (peek().is("{")) {
              throw unsupported(t, "a compound literal");
            }
            Expr operand = rvalue(unary());
            return cast(operand, type, t).at(t, prevEnd());
          }
        }
        default -> {}
      }
    }
    if (t.is("sizeof")) {
      next();
      CType type;
      if (peek().is("(") && startsType(peek(1))) {
        next();
        type = typeName();
        expect(")");
      } else {
        type = unary().type;
      }
      if (type instanceof CType.Struct s && !s.complete || CType.isVoid(type)) {
        throw error(t, "sizeof of an incomplete type");
      }
      return new Expr.IntLit(type.size(), CType.SIZE_T).at(t, prevEnd());
    }
    return postfix(primary());
  }

  private Expr cast(Expr operand, CType type, Token at) {
    if (CType.isVoid(type)) {
      return new Expr.Cast(operand, type);
    }
    if (!CType.isScalar(type) || !CType.isScalar(operand.type)) {
      throw unsupported(
          at, "a cast to or from `" + (CType.isScalar(type) ? operand.type : type).display() + "`");
    }
    if (type instanceof CType.Ptr ptr && CType.isVoidPtr(operand.type) && !CType.isVoid(ptr.to())) {
      return new Expr.TypeHeap(operand, type);
    }
    if (CType.isInteger(type) && operand.type instanceof CType.Ptr) {
      return pointerToInteger(operand, type, at);
    }
    if (operand instanceof Expr.IntLit lit && CType.isInteger(type)) {
      return new Expr.IntLit(Expr.convert(lit.value, lit.type, type), type);
    }
    return new Expr.Cast(operand, type);
  }

  /** Only a pointer's truth value is address-independent; any other integer is garbage. */
  private Expr pointerToInteger(Expr e, CType to, Token at) {
    if (to instanceof CType.Prim p && p.kind() == CType.Kind.BOOL) {
      return new Expr.Cast(e, to).span(e, e.end);
    }
    throw new Unsupported(
        at.line(),
        at.column(),
        "converting the pointer `"
            + src.substring(e.start, Math.max(e.start, e.end))
            + "` to an integer (line "
            + at.line()
            + ") gives a value that depends on real addresses");
  }

  private Expr incDec(Expr target, boolean prefix, boolean up, Token at) {
    if (!target.lvalue() || !(CType.isArith(target.type) || target.type instanceof CType.Ptr)) {
      throw error(at, "`" + at.text() + "` needs a numeric variable or a pointer");
    }
    long delta = target.type instanceof CType.Ptr ptr ? elemSize(ptr, at) : 1;
    return new Expr.IncDec(target, prefix, up ? delta : -delta);
  }

  private Expr postfix(Expr e) {
    while (true) {
      Token t = peek();
      if (t.is("[")) {
        next();
        Expr index = rvalue(expression());
        expect("]");
        Expr base = rvalue(e);
        if (CType.isInteger(base.type) && index.type instanceof CType.Ptr) {
          Expr swap = base;
          base = index;
          index = swap;
        }
        if (!(base.type instanceof CType.Ptr pt) || !CType.isInteger(index.type)) {
          throw error(t, "`[]` needs a pointer or array and an integer index");
        }
        if (CType.isVoid(pt.to())) {
          throw error(t, "indexing a `void *`");
        }
        e =
            new Expr.Deref(base, convertTo(index, CType.LONG), pt.to().size(), 0, pt.to())
                .span(e, prevEnd());
      } else if (t.is(".") || t.is("->")) {
        next();
        Token name = next();
        CType.Struct s;
        if (t.is("->")) {
          Expr ptr = rvalue(e);
          if (!(ptr.type instanceof CType.Ptr pt && pt.to() instanceof CType.Struct st)) {
            throw error(t, "`->` needs a pointer to a struct");
          }
          s = st;
          CType.Field f = field(s, name);
          e = new Expr.Deref(ptr, null, 0, f.offset(), f.type()).span(e, prevEnd());
        } else {
          if (!(e.type instanceof CType.Struct st)) {
            throw error(t, "`.` needs a struct");
          }
          CType.Field f = field(st, name);
          e = new Expr.Member(e, f.offset(), f.type()).span(e, prevEnd());
        }
      } else if (t.is("++") || t.is("--")) {
        next();
        e = incDec(e, false, t.is("++"), t).span(e, prevEnd());
      } else if (t.is("(")) {
        throw error(t, "only named functions can be called");
      } else {
        return e;
      }
    }
  }

  private CType.Field field(CType.Struct s, Token name) {
    if (!s.complete) {
      throw error(name, "`" + s.display() + "` is incomplete");
    }
    return s.field(name.text())
        .orElseThrow(() -> error(name, "`" + s.display() + "` has no field `" + name.text() + "`"));
  }

  private String stringLiteral() {
    StringBuilder b = new StringBuilder();
    while (peek().kind() == Token.Kind.STRING) {
      b.append(next().text());
    }
    return b.toString();
  }

  private Expr primary() {
    Token t = peek();
    switch (t.kind()) {
      case INT -> {
        next();
        String sfx = t.suffix();
        CType type;
        if (sfx.contains("l")) {
          type = sfx.contains("u") ? CType.ULONG : CType.LONG;
        } else if (sfx.contains("u")) {
          type = t.number() > 0xFFFFFFFFL ? CType.ULONG : CType.UINT;
        } else {
          type = t.number() > Integer.MAX_VALUE ? CType.LONG : CType.INT;
        }
        return new Expr.IntLit(t.number(), type).at(t, t.end());
      }
      case FLOAT -> {
        next();
        return new Expr.IntLit(t.number(), CType.DOUBLE).at(t, t.end());
      }
      case CHAR -> {
        next();
        return new Expr.IntLit(t.number(), CType.INT).at(t, t.end());
      }
      case STRING -> {
        String s = stringLiteral();
        int index =
            literalIndex.computeIfAbsent(
                s,
                k -> {
                  literals.add(k);
                  return literals.size() - 1;
                });
        return new Expr.StrLit(index, new CType.Arr(CType.CHAR, s.length() + 1)).at(t, prevEnd());
      }
      case IDENT -> {
        next();
        return identifier(t);
      }
      default -> {}
    }
    if (t.is("(")) {
      next();
      Expr e = expression();
      expect(")");
      return e;
    }
    throw error(t, "expected an expression but found `" + shown(t) + "`");
  }

  private Expr identifier(Token t) {
    String name = t.text();
    for (Map<String, Variable> scope : scopes) {
      Variable v = scope.get(name);
      if (v != null) {
        return new Expr.VarRef(v).at(t, t.end());
      }
    }
    Variable g = globalNames.get(name);
    if (g != null) {
      return new Expr.VarRef(g).at(t, t.end());
    }
    if (peek().is("(")) {
      FunctionDef f = functions.get(name);
      if (f != null) {
        return call(f, t);
      }
      if (BUILTINS.contains(name)) {
        return builtin(name, t);
      }
      throw unsupported(t, "the function `" + name + "`");
    }
    switch (name) {
      case "NULL" -> {
        return new Expr.IntLit(0, CType.VOID_PTR).at(t, t.end());
      }
      case "true", "EXIT_FAILURE" -> {
        return new Expr.IntLit(1, CType.INT).at(t, t.end());
      }
      case "false", "EXIT_SUCCESS" -> {
        return new Expr.IntLit(0, CType.INT).at(t, t.end());
      }
      default -> {}
    }
    if (functions.containsKey(name) || BUILTINS.contains(name)) {
      throw unsupported(t, "using the function `" + name + "` as a value (function pointers)");
    }
    throw unsupported(
        t, "the identifier `" + name + "` (not declared, or from an unsupported header)");
  }

  private List<Expr> arguments() {
    expect("(");
    List<Expr> args = new ArrayList<>();
    if (!peek().is(")")) {
      do {
        args.add(rvalue(assignment()));
      } while (accept(","));
    }
    expect(")");
    return args;
  }

  private Expr call(FunctionDef f, Token t) {
    List<Expr> args = arguments();
    List<CType> params = f.type.params();
    if (args.size() != params.size()) {
      throw error(
          t,
          "`"
              + f.name
              + "` takes "
              + params.size()
              + " argument(s) but "
              + args.size()
              + " were given");
    }
    Expr[] converted = new Expr[args.size()];
    for (int i = 0; i < args.size(); i++) {
      converted[i] = assignConvert(args.get(i), params.get(i), t);
    }
    return new Expr.Call(f, converted).at(t, prevEnd());
  }

  private Expr builtin(String name, Token t) {
    if (name.equals("setvbuf") || name.equals("fflush") || name.equals("fprintf")) {
      return stdio(name, t);
    }
    List<Expr> args = arguments();
    CType[] sig;
    CType ret;
    switch (name) {
      case "malloc" -> {
        sig = new CType[] {CType.SIZE_T};
        ret = CType.VOID_PTR;
      }
      case "calloc" -> {
        sig = new CType[] {CType.SIZE_T, CType.SIZE_T};
        ret = CType.VOID_PTR;
      }
      case "realloc" -> {
        sig = new CType[] {CType.VOID_PTR, CType.SIZE_T};
        ret = CType.VOID_PTR;
      }
      case "free" -> {
        sig = new CType[] {CType.VOID_PTR};
        ret = CType.VOID;
      }
      case "strlen" -> {
        sig = new CType[] {CType.CHAR_PTR};
        ret = CType.SIZE_T;
      }
      case "strcpy", "strcat" -> {
        sig = new CType[] {CType.CHAR_PTR, CType.CHAR_PTR};
        ret = CType.CHAR_PTR;
      }
      case "strncpy" -> {
        sig = new CType[] {CType.CHAR_PTR, CType.CHAR_PTR, CType.SIZE_T};
        ret = CType.CHAR_PTR;
      }
      case "strcmp" -> {
        sig = new CType[] {CType.CHAR_PTR, CType.CHAR_PTR};
        ret = CType.INT;
      }
      case "strncmp" -> {
        sig = new CType[] {CType.CHAR_PTR, CType.CHAR_PTR, CType.SIZE_T};
        ret = CType.INT;
      }
      case "memcpy" -> {
        sig = new CType[] {CType.VOID_PTR, CType.VOID_PTR, CType.SIZE_T};
        ret = CType.VOID_PTR;
      }
      case "memset" -> {
        sig = new CType[] {CType.VOID_PTR, CType.INT, CType.SIZE_T};
        ret = CType.VOID_PTR;
      }
      case "puts", "putchar", "abs" -> {
        sig = new CType[] {name.equals("puts") ? CType.CHAR_PTR : CType.INT};
        ret = CType.INT;
      }
      case "exit" -> {
        sig = new CType[] {CType.INT};
        ret = CType.VOID;
      }
      default -> {
        return printf(name, args, t);
      }
    }
    if (args.size() != sig.length) {
      throw error(
          t,
          "`" + name + "` takes " + sig.length + " argument(s) but " + args.size() + " were given");
    }
    Expr[] converted = new Expr[args.size()];
    for (int i = 0; i < args.size(); i++) {
      Expr a = args.get(i);
      // Library pointer parameters accept any object pointer without typing heap blocks.
      converted[i] =
          sig[i] instanceof CType.Ptr && a.type instanceof CType.Ptr
              ? a
              : assignConvert(a, sig[i], t);
    }
    return new Expr.Builtin(name, converted, ret).at(t, prevEnd());
  }

  /**
   * {@code setvbuf(stdout, ...)} and {@code fflush(stdout)} change nothing the simulator shows;
   * {@code fprintf(stdout|stderr, ...)} prints like printf (stderr is not part of the verdict).
   */
  private Expr stdio(String name, Token t) {
    expect("(");
    Token stream = next();
    if (!stream.is("stdout") && !(stream.is("stderr") && name.equals("fprintf"))) {
      throw unsupported(stream, "`" + name + "` on a stream other than stdout");
    }
    if (name.equals("fprintf")) {
      expect(",");
      List<Expr> args = new ArrayList<>();
      do {
        args.add(rvalue(assignment()));
      } while (accept(","));
      expect(")");
      // stderr is not part of the verdict, but its arguments are still checked as ASan does.
      return printf(stream.is("stderr") ? "eprintf" : "printf", args, t);
    }
    if (name.equals("setvbuf")) {
      expect(",");
      Token buf = next();
      expect(",");
      Token mode = next();
      expect(",");
      conditional();
      if (!buf.is("NULL") || !mode.text().startsWith("_IO")) {
        throw unsupported(buf, "`setvbuf` with a buffer");
      }
    }
    expect(")");
    return new Expr.IntLit(0, CType.INT).at(t, prevEnd());
  }

  /** A printf call: a format string, then arguments under the default promotions. */
  private Expr printf(String name, List<Expr> args, Token t) {
    if (args.isEmpty()) {
      throw error(t, "printf needs a format string");
    }
    Expr[] converted = new Expr[args.size()];
    converted[0] = assignConvert(args.get(0), CType.CHAR_PTR, t);
    for (int i = 1; i < args.size(); i++) {
      Expr a = args.get(i);
      if (a.type instanceof CType.Struct) {
        throw error(t, "passing a struct to printf");
      }
      converted[i] = CType.isInteger(a.type) ? convertTo(a, CType.promote(a.type)) : a;
    }
    return new Expr.Builtin(name, converted, CType.INT).at(t, prevEnd());
  }

  // ---- conversions

  private Expr rvalue(Expr e) {
    if (e.type instanceof CType.Arr arr) {
      return new Expr.Decay(e, new CType.Ptr(arr.elem())).span(e, e.end);
    }
    return e;
  }

  private static boolean isNullConstant(Expr e) {
    return e instanceof Expr.IntLit lit && lit.value == 0 && !CType.isDouble(lit.type);
  }

  private Expr convertTo(Expr e, CType to) {
    if (CType.same(e.type, to)
        && (!(to instanceof CType.Prim p) || ((CType.Prim) e.type).name().equals(p.name()))) {
      return e;
    }
    if (e instanceof Expr.IntLit lit && !CType.isDouble(lit.type) && to instanceof CType.Prim) {
      return new Expr.IntLit(Expr.convert(lit.value, lit.type, to), to).span(e, e.end);
    }
    return new Expr.Cast(e, to).span(e, e.end);
  }

  /** The implicit conversion of assignment, initialisation, argument passing and return. */
  private Expr assignConvert(Expr e, CType to, Token at) {
    e = rvalue(e);
    CType from = e.type;
    if (to instanceof CType.Struct) {
      if (from != to) {
        throw error(at, "cannot assign `" + from.display() + "` to `" + to.display() + "`");
      }
      return e;
    }
    if (CType.isArith(to) && CType.isArith(from)) {
      return convertTo(e, to);
    }
    if (to instanceof CType.Ptr pt) {
      if (isNullConstant(e)) {
        return new Expr.IntLit(0, to).span(e, e.end);
      }
      if (from instanceof CType.Ptr) {
        if (CType.isVoidPtr(from) && !CType.isVoid(pt.to())) {
          return new Expr.TypeHeap(e, to).span(e, e.end);
        }
        return new Expr.Cast(e, to).span(e, e.end);
      }
      if (CType.isInteger(from)) {
        return new Expr.Cast(e, to).span(e, e.end);
      }
    }
    if (CType.isInteger(to) && from instanceof CType.Ptr) {
      return pointerToInteger(e, to, at);
    }
    throw error(at, "cannot convert `" + from.display() + "` to `" + to.display() + "`");
  }
}
