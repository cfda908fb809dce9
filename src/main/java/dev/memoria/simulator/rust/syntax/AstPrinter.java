package dev.memoria.simulator.rust.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prints a tree as compact S-expressions, such as {@code (+ 1 (* 2 3))}; for tests and debugging.
 */
public final class AstPrinter implements Expr.Visitor<String> {

  private AstPrinter() {}

  /** An expression as an S-expression. */
  public static String print(Expr e) {
    return e.accept(new AstPrinter());
  }

  /** A statement as an S-expression. */
  public static String print(Stmt s) {
    return new AstPrinter().stmt(s);
  }

  /** A type as written, normalised. */
  public static String print(TypeExpr t) {
    if (t instanceof TypeExpr.Path p) {
      String base = String.join("::", p.segments());
      if (p.args().isEmpty() && p.lifetimes().isEmpty()) {
        return base;
      }
      List<String> args = new ArrayList<>(p.lifetimes());
      p.args().forEach(a -> args.add(print(a)));
      return base + "<" + String.join(", ", args) + ">";
    }
    if (t instanceof TypeExpr.Ref r) {
      return "&"
          + r.lifetime().map(l -> l + " ").orElse("")
          + (r.mutable() ? "mut " : "")
          + print(r.inner());
    }
    if (t instanceof TypeExpr.Unit) {
      return "()";
    }
    return "<error>";
  }

  /** A pattern as written. */
  public static String print(Pat p) {
    if (p instanceof Pat.Ident i) {
      return (i.mutable() ? "mut " : "") + i.name();
    }
    return "_";
  }

  private String stmt(Stmt s) {
    if (s instanceof Stmt.Let l) {
      return "(let "
          + print(l.pat())
          + l.type().map(t -> ": " + print(t)).orElse("")
          + l.init().map(e -> " " + e.accept(this)).orElse("")
          + ")";
    }
    Stmt.Eval e = (Stmt.Eval) s;
    return e.expr().accept(this) + (e.semicolon() ? ";" : "");
  }

  private String list(String head, List<? extends Expr> parts) {
    StringBuilder sb = new StringBuilder("(").append(head);
    for (Expr part : parts) {
      sb.append(' ').append(part.accept(this));
    }
    return sb.append(')').toString();
  }

  private String opt(Optional<Expr> e) {
    return e.map(x -> " " + x.accept(this)).orElse("");
  }

  @Override
  public String visitInt(Expr.Int e) {
    return e.value() + e.suffix().orElse("");
  }

  @Override
  public String visitFloat(Expr.Float e) {
    return e.value() + e.suffix().orElse("");
  }

  @Override
  public String visitBool(Expr.Bool e) {
    return Boolean.toString(e.value());
  }

  @Override
  public String visitChar(Expr.Char e) {
    return "'" + new String(Character.toChars(e.value())) + "'";
  }

  @Override
  public String visitStr(Expr.Str e) {
    return '"' + e.value().replace("\n", "\\n") + '"';
  }

  @Override
  public String visitUnit(Expr.Unit e) {
    return "()";
  }

  @Override
  public String visitPath(Expr.Path e) {
    StringBuilder sb = new StringBuilder();
    for (Expr.PathSegment s : e.segments()) {
      if (sb.length() > 0) {
        sb.append("::");
      }
      sb.append(s.name());
      if (!s.generics().isEmpty()) {
        sb.append("::<")
            .append(String.join(", ", s.generics().stream().map(AstPrinter::print).toList()))
            .append('>');
      }
    }
    return sb.toString();
  }

  @Override
  public String visitCall(Expr.Call e) {
    return list("call " + e.callee().accept(this), e.args());
  }

  @Override
  public String visitMethodCall(Expr.MethodCall e) {
    return list("." + e.method() + " " + e.receiver().accept(this), e.args());
  }

  @Override
  public String visitField(Expr.Field e) {
    return "(. " + e.base().accept(this) + " " + e.name() + ")";
  }

  @Override
  public String visitIndex(Expr.Index e) {
    return "(index " + e.base().accept(this) + " " + e.index().accept(this) + ")";
  }

  @Override
  public String visitUnary(Expr.Unary e) {
    String op =
        switch (e.op()) {
          case NEG -> "-";
          case NOT -> "!";
          case DEREF -> "*";
        };
    return "(" + op + " " + e.operand().accept(this) + ")";
  }

  @Override
  public String visitBorrow(Expr.Borrow e) {
    return "(" + (e.mutable() ? "&mut" : "&") + " " + e.operand().accept(this) + ")";
  }

  @Override
  public String visitBinary(Expr.Binary e) {
    return "(" + e.op().symbol() + " " + e.left().accept(this) + " " + e.right().accept(this) + ")";
  }

  @Override
  public String visitAssign(Expr.Assign e) {
    return "("
        + e.op().map(Expr.BinaryOp::symbol).orElse("")
        + "= "
        + e.target().accept(this)
        + " "
        + e.value().accept(this)
        + ")";
  }

  @Override
  public String visitCast(Expr.Cast e) {
    return "(as " + e.operand().accept(this) + " " + print(e.type()) + ")";
  }

  @Override
  public String visitRange(Expr.Range e) {
    return "(" + (e.inclusive() ? "..=" : "..") + opt(e.start()) + opt(e.end()) + ")";
  }

  @Override
  public String visitParen(Expr.Paren e) {
    return "(paren " + e.inner().accept(this) + ")";
  }

  @Override
  public String visitBlock(Expr.Block e) {
    StringBuilder sb = new StringBuilder("{");
    for (Stmt s : e.stmts()) {
      sb.append(' ').append(stmt(s));
    }
    e.tail().ifPresent(t -> sb.append(' ').append(t.accept(this)));
    return sb.append(" }").toString();
  }

  @Override
  public String visitIf(Expr.If e) {
    return "(if "
        + e.condition().accept(this)
        + " "
        + e.then().accept(this)
        + opt(e.otherwise())
        + ")";
  }

  @Override
  public String visitWhile(Expr.While e) {
    return "(while " + e.condition().accept(this) + " " + e.body().accept(this) + ")";
  }

  @Override
  public String visitLoop(Expr.Loop e) {
    return "(loop " + e.body().accept(this) + ")";
  }

  @Override
  public String visitFor(Expr.For e) {
    return "(for "
        + print(e.pat())
        + " "
        + e.iterable().accept(this)
        + " "
        + e.body().accept(this)
        + ")";
  }

  @Override
  public String visitBreak(Expr.Break e) {
    return "(break" + opt(e.value()) + ")";
  }

  @Override
  public String visitContinue(Expr.Continue e) {
    return "(continue)";
  }

  @Override
  public String visitReturn(Expr.Return e) {
    return "(return" + opt(e.value()) + ")";
  }

  @Override
  public String visitStructLit(Expr.StructLit e) {
    StringBuilder sb = new StringBuilder("(struct ").append(e.path().accept(this));
    for (Expr.FieldInit f : e.fields()) {
      sb.append(' ').append(f.name()).append(':').append(f.value().accept(this));
    }
    return sb.append(')').toString();
  }

  @Override
  public String visitClosure(Expr.Closure e) {
    StringBuilder sb = new StringBuilder("(").append(e.isMove() ? "move " : "").append("|");
    sb.append(String.join(", ", e.params().stream().map(AstPrinter::print).toList()));
    return sb.append("| ").append(e.body().accept(this)).append(')').toString();
  }

  @Override
  public String visitFormatMacro(Expr.FormatMacro e) {
    return "(" + e.kind().macroName() + "!" + e.format().map(this::format).orElse("") + ")";
  }

  private String format(Format f) {
    StringBuilder sb = new StringBuilder(" \"");
    for (Format.Piece p : f.pieces()) {
      if (p instanceof Format.Text t) {
        sb.append(t.text().replace("\n", "\\n"));
      } else {
        Format.Placeholder ph = (Format.Placeholder) p;
        sb.append('{').append(ph.arg());
        switch (ph.style()) {
          case DEBUG -> sb.append(":?");
          case PRETTY_DEBUG -> sb.append(":#?");
          default -> {}
        }
        sb.append('}');
      }
    }
    sb.append('"');
    for (Expr a : f.args()) {
      sb.append(' ').append(a.accept(this));
    }
    return sb.toString();
  }

  @Override
  public String visitVecMacro(Expr.VecMacro e) {
    return list("vec!", e.elements());
  }

  @Override
  public String visitVecRepeatMacro(Expr.VecRepeatMacro e) {
    return "(vec! " + e.element().accept(this) + "; " + e.count().accept(this) + ")";
  }

  @Override
  public String visitAssertMacro(Expr.AssertMacro e) {
    return list(e.kind().macroName() + "!", e.operands()).replaceAll("\\)$", "")
        + e.message().map(this::format).orElse("")
        + ")";
  }

  @Override
  public String visitError(Expr.Error e) {
    return "<error>";
  }
}
