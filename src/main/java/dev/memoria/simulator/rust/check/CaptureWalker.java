package dev.memoria.simulator.rust.check;

import dev.memoria.simulator.rust.syntax.Expr;
import dev.memoria.simulator.rust.syntax.Pat;
import dev.memoria.simulator.rust.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds what a closure captures from the enclosing function and how, as rustc infers capture modes:
 * by move when the body moves the variable, by mutable borrow when it mutates it, else by shared
 * borrow.
 */
final class CaptureWalker {

  private enum Mode {
    MOVE,
    MUT,
    REF
  }

  private final Lowering outer;
  private final List<String> bound;
  private final Map<Integer, Lowering.CaptureUse> captures;

  CaptureWalker(Lowering outer, List<String> bound, Map<Integer, Lowering.CaptureUse> captures) {
    this.outer = outer;
    this.bound = new ArrayList<>(bound);
    this.captures = captures;
  }

  void walk(Expr expr, boolean value) {
    visit(expr, value ? Mode.MOVE : Mode.REF);
  }

  private void visit(Expr expr, Mode mode) {
    if (expr instanceof Expr.Paren paren) {
      visit(paren.inner(), mode);
    } else if (expr instanceof Expr.Path path) {
      if (path.segments().size() == 1) {
        use(path, mode);
      }
    } else if (expr instanceof Expr.Field field) {
      visit(field.base(), mode == Mode.MOVE ? Mode.MOVE : mode);
    } else if (expr instanceof Expr.Index index) {
      visit(index.base(), mode == Mode.MUT ? Mode.MUT : Mode.REF);
      visit(index.index(), Mode.MOVE);
    } else if (expr instanceof Expr.Unary unary) {
      visit(unary.operand(), unary.op() == Expr.UnaryOp.DEREF ? Mode.REF : Mode.MOVE);
    } else if (expr instanceof Expr.Borrow borrow) {
      visit(borrow.operand(), borrow.mutable() ? Mode.MUT : Mode.REF);
    } else if (expr instanceof Expr.Call call) {
      for (Expr arg : call.args()) {
        visit(arg, Mode.MOVE);
      }
    } else if (expr instanceof Expr.MethodCall call) {
      visit(call.receiver(), receiverMode(call));
      for (Expr arg : call.args()) {
        visit(arg, Mode.MOVE);
      }
    } else if (expr instanceof Expr.Binary binary) {
      visit(binary.left(), Mode.MOVE);
      visit(binary.right(), Mode.MOVE);
    } else if (expr instanceof Expr.Assign assign) {
      visit(assign.value(), Mode.MOVE);
      visit(assign.target(), Mode.MUT);
    } else if (expr instanceof Expr.Cast cast) {
      visit(cast.operand(), Mode.MOVE);
    } else if (expr instanceof Expr.Block block) {
      int depth = bound.size();
      for (Stmt stmt : block.stmts()) {
        if (stmt instanceof Stmt.Let let) {
          let.init().ifPresent(init -> visit(init, Mode.MOVE));
          if (let.pat() instanceof Pat.Ident ident) {
            bound.add(ident.name());
          }
        } else if (stmt instanceof Stmt.Eval eval) {
          visit(eval.expr(), Mode.MOVE);
        }
      }
      block.tail().ifPresent(tail -> visit(tail, Mode.MOVE));
      bound.subList(depth, bound.size()).clear();
    } else if (expr instanceof Expr.If cond) {
      visit(cond.condition(), Mode.MOVE);
      visit(cond.then(), Mode.MOVE);
      cond.otherwise().ifPresent(e -> visit(e, Mode.MOVE));
    } else if (expr instanceof Expr.While loop) {
      visit(loop.condition(), Mode.MOVE);
      visit(loop.body(), Mode.MOVE);
    } else if (expr instanceof Expr.Loop loop) {
      visit(loop.body(), Mode.MOVE);
    } else if (expr instanceof Expr.For loop) {
      visit(loop.iterable(), Mode.MOVE);
      int depth = bound.size();
      if (loop.pat() instanceof Pat.Ident ident) {
        bound.add(ident.name());
      }
      visit(loop.body(), Mode.MOVE);
      bound.subList(depth, bound.size()).clear();
    } else if (expr instanceof Expr.Return ret) {
      ret.value().ifPresent(e -> visit(e, Mode.MOVE));
    } else if (expr instanceof Expr.Break brk) {
      brk.value().ifPresent(e -> visit(e, Mode.MOVE));
    } else if (expr instanceof Expr.StructLit lit) {
      for (Expr.FieldInit init : lit.fields()) {
        visit(init.value(), Mode.MOVE);
      }
    } else if (expr instanceof Expr.VecMacro vec) {
      for (Expr e : vec.elements()) {
        visit(e, Mode.MOVE);
      }
    } else if (expr instanceof Expr.VecRepeatMacro vec) {
      visit(vec.element(), Mode.MOVE);
      visit(vec.count(), Mode.MOVE);
    } else if (expr instanceof Expr.FormatMacro macro) {
      macro.format().ifPresent(f -> f.args().forEach(a -> visit(a, Mode.REF)));
    } else if (expr instanceof Expr.AssertMacro macro) {
      macro.operands().forEach(a -> visit(a, Mode.REF));
      macro.message().ifPresent(f -> f.args().forEach(a -> visit(a, Mode.REF)));
    } else if (expr instanceof Expr.Range range) {
      range.start().ifPresent(e -> visit(e, Mode.MOVE));
      range.end().ifPresent(e -> visit(e, Mode.MOVE));
    } else if (expr instanceof Expr.Closure closure) {
      int depth = bound.size();
      for (Pat param : closure.params()) {
        if (param instanceof Pat.Ident ident) {
          bound.add(ident.name());
        }
      }
      visit(closure.body(), closure.isMove() ? Mode.MOVE : Mode.REF);
      bound.subList(depth, bound.size()).clear();
    }
  }

  private Mode receiverMode(Expr.MethodCall call) {
    Expr receiver = call.receiver();
    while (receiver instanceof Expr.Paren paren) {
      receiver = paren.inner();
    }
    if (!(receiver instanceof Expr.Path path) || path.segments().size() != 1) {
      return Mode.REF;
    }
    String name = path.segments().get(0).name();
    if (bound.contains(name)) {
      return Mode.REF;
    }
    Optional<Integer> local = outer.lookupOuter(name);
    if (local.isEmpty()) {
      return Mode.REF;
    }
    CheckType type = outer.localType(local.get());
    while (type.isReference() || type.kind() == CheckType.Kind.BOX) {
      type = type.inner().orElse(CheckType.owned("_"));
    }
    Optional<TypeTable.Receiver> receiverMode =
        outer
            .types()
            .method(type.display(), call.method())
            .map(TypeTable.Signature::receiver)
            .or(
                () ->
                    TypeTable.builtinMethod(outer.localType(local.get()), call.method())
                        .or(
                            () ->
                                TypeTable.builtinMethod(
                                    outer.localType(local.get()), call.method()))
                        .map(TypeTable.Builtin::receiver));
    if (receiverMode.isEmpty()) {
      Optional<TypeTable.Builtin> builtin = TypeTable.builtinMethod(type, call.method());
      receiverMode = builtin.map(TypeTable.Builtin::receiver);
    }
    return switch (receiverMode.orElse(TypeTable.Receiver.REF)) {
      case VALUE -> Mode.MOVE;
      case REF_MUT -> Mode.MUT;
      case REF -> Mode.REF;
    };
  }

  private void use(Expr.Path path, Mode mode) {
    String name = path.segments().get(0).name();
    if (bound.contains(name)) {
      return;
    }
    Optional<Integer> local = outer.lookupOuter(name);
    if (local.isEmpty()) {
      return;
    }
    boolean copy = outer.localType(local.get()).copy();
    Lowering.CaptureUse before = captures.get(local.get());
    boolean moved = mode == Mode.MOVE && !copy;
    boolean mutated = mode == Mode.MUT;
    if (before == null) {
      captures.put(local.get(), new Lowering.CaptureUse(path.span(), moved, mutated));
    } else if ((moved && !before.moved()) || (mutated && !before.mutated())) {
      captures.put(
          local.get(),
          new Lowering.CaptureUse(
              moved ? path.span() : before.span(),
              before.moved() || moved,
              before.mutated() || mutated));
    }
  }
}
