package dev.memoria.simulator.rust.syntax;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Visits every node of a tree in source order (parents before children). The parser bounds the
 * tree's depth, so the recursion here is bounded too.
 */
public final class AstWalker {

  private final Consumer<Node> action;

  private AstWalker(Consumer<Node> action) {
    this.action = action;
  }

  /** Calls {@code action} on every node of the crate. */
  public static void walk(Crate crate, Consumer<Node> action) {
    AstWalker walker = new AstWalker(action);
    for (Item item : crate.items()) {
      walker.item(item);
    }
  }

  /** Calls {@code action} on {@code expr} and every node inside it. */
  public static void walk(Expr expr, Consumer<Node> action) {
    new AstWalker(action).expr(expr);
  }

  private void item(Item item) {
    action.accept(item);
    if (item instanceof Item.Fn fn) {
      fn.self().ifPresent(action);
      for (Item.Param p : fn.params()) {
        action.accept(p);
        action.accept(p.pat());
        type(p.type());
      }
      fn.returnType().ifPresent(this::type);
      expr(fn.body());
    } else if (item instanceof Item.Struct s) {
      for (Item.Field f : s.fields()) {
        action.accept(f);
        type(f.type());
      }
    } else if (item instanceof Item.Impl impl) {
      type(impl.selfType());
      impl.fns().forEach(this::item);
    }
  }

  private void type(TypeExpr type) {
    action.accept(type);
    if (type instanceof TypeExpr.Path p) {
      p.args().forEach(this::type);
    } else if (type instanceof TypeExpr.Ref r) {
      type(r.inner());
    }
  }

  private void stmt(Stmt stmt) {
    action.accept(stmt);
    if (stmt instanceof Stmt.Let let) {
      action.accept(let.pat());
      let.type().ifPresent(this::type);
      let.init().ifPresent(this::expr);
    } else {
      expr(((Stmt.Eval) stmt).expr());
    }
  }

  private void opt(Optional<? extends Expr> e) {
    e.ifPresent(this::expr);
  }

  private void format(Format format) {
    format.args().forEach(this::expr);
  }

  private void expr(Expr e) {
    action.accept(e);
    if (e instanceof Expr.Path p) {
      p.segments().forEach(s -> s.generics().forEach(this::type));
    } else if (e instanceof Expr.Call c) {
      expr(c.callee());
      c.args().forEach(this::expr);
    } else if (e instanceof Expr.MethodCall m) {
      expr(m.receiver());
      m.generics().forEach(this::type);
      m.args().forEach(this::expr);
    } else if (e instanceof Expr.Field f) {
      expr(f.base());
    } else if (e instanceof Expr.Index i) {
      expr(i.base());
      expr(i.index());
    } else if (e instanceof Expr.Unary u) {
      expr(u.operand());
    } else if (e instanceof Expr.Borrow b) {
      expr(b.operand());
    } else if (e instanceof Expr.Binary b) {
      expr(b.left());
      expr(b.right());
    } else if (e instanceof Expr.Assign a) {
      expr(a.target());
      expr(a.value());
    } else if (e instanceof Expr.Cast c) {
      expr(c.operand());
      type(c.type());
    } else if (e instanceof Expr.Range r) {
      opt(r.start());
      opt(r.end());
    } else if (e instanceof Expr.Paren p) {
      expr(p.inner());
    } else if (e instanceof Expr.Block b) {
      b.stmts().forEach(this::stmt);
      opt(b.tail());
    } else if (e instanceof Expr.If i) {
      expr(i.condition());
      expr(i.then());
      opt(i.otherwise());
    } else if (e instanceof Expr.While w) {
      expr(w.condition());
      expr(w.body());
    } else if (e instanceof Expr.Loop l) {
      expr(l.body());
    } else if (e instanceof Expr.For f) {
      action.accept(f.pat());
      expr(f.iterable());
      expr(f.body());
    } else if (e instanceof Expr.Break b) {
      opt(b.value());
    } else if (e instanceof Expr.Return r) {
      opt(r.value());
    } else if (e instanceof Expr.StructLit s) {
      expr(s.path());
      for (Expr.FieldInit f : s.fields()) {
        action.accept(f);
        expr(f.value());
      }
    } else if (e instanceof Expr.Closure c) {
      c.params().forEach(action);
      expr(c.body());
    } else if (e instanceof Expr.FormatMacro m) {
      m.format().ifPresent(this::format);
    } else if (e instanceof Expr.VecMacro v) {
      v.elements().forEach(this::expr);
    } else if (e instanceof Expr.VecRepeatMacro v) {
      expr(v.element());
      expr(v.count());
    } else if (e instanceof Expr.AssertMacro a) {
      a.operands().forEach(this::expr);
      a.message().ifPresent(this::format);
    }
  }
}
