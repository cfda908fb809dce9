package dev.memoria.simulator.rust.types;

import dev.memoria.simulator.rust.syntax.Expr;
import dev.memoria.simulator.rust.syntax.Format;
import dev.memoria.simulator.rust.syntax.Item;
import dev.memoria.simulator.rust.syntax.Stmt;
import dev.memoria.simulator.trace.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Works out what a closure captures and how, as Rust 2021 does: precise places through struct
 * fields, by value for {@code move} closures, otherwise by the strongest use (move of a non-Copy
 * value, then mutation, then reading).
 */
final class CaptureAnalysis {

  private enum Use {
    MOVE,
    SHARED,
    MUT
  }

  private record Place(Binding binding, List<String> fields, Type type) {}

  private static final class Entry {
    final Binding binding;
    final List<String> fields;
    final Type type;
    ClosureInfo.Mode mode;
    final Span firstUse;

    Entry(Binding binding, List<String> fields, Type type, ClosureInfo.Mode mode, Span firstUse) {
      this.binding = binding;
      this.fields = fields;
      this.type = type;
      this.mode = mode;
      this.firstUse = firstUse;
    }
  }

  private final Expr.Closure closure;
  private final Resolution[] resolutions;
  private final Type[] types;
  private final Coercion[] coercions;
  private final MethodResolution[] methods;
  private final FieldAccess[] fields;
  private final Map<String, StructDef> structs;
  private final List<Entry> entries = new ArrayList<>();

  CaptureAnalysis(
      Expr.Closure closure,
      Resolution[] resolutions,
      Type[] types,
      Coercion[] coercions,
      MethodResolution[] methods,
      FieldAccess[] fields,
      Map<String, StructDef> structs) {
    this.closure = closure;
    this.resolutions = resolutions;
    this.types = types;
    this.coercions = coercions;
    this.methods = methods;
    this.fields = fields;
    this.structs = structs;
  }

  List<ClosureInfo.Capture> captures() {
    expr(closure.body(), Use.MOVE);
    List<ClosureInfo.Capture> out = new ArrayList<>();
    for (Entry e : entries) {
      out.add(new ClosureInfo.Capture(e.binding, e.fields, e.type, e.mode, e.firstUse));
    }
    return out;
  }

  private boolean inside(Span s) {
    Span c = closure.span();
    boolean afterStart = s.line() > c.line() || s.line() == c.line() && s.column() >= c.column();
    boolean beforeEnd =
        s.line() < c.endLine() || s.line() == c.endLine() && s.column() < c.endColumn();
    return afterStart && beforeEnd;
  }

  /** The captured place an expression names, or null when it is not a place of an outer local. */
  private Place place(Expr e) {
    if (e instanceof Expr.Paren p) {
      return place(p.inner());
    }
    if (e instanceof Expr.Path path
        && resolutions[path.id()] instanceof Resolution.Local local
        && !inside(local.binding().span())) {
      return new Place(local.binding(), List.of(), local.binding().type());
    }
    if (e instanceof Expr.Field f && fields[f.id()] != null && fields[f.id()].derefs() == 0) {
      Place base = place(f.base());
      if (base == null) {
        return null;
      }
      StructDef owner = fields[f.id()].owner();
      if (closure.isMove() && owner.drop().isPresent()) {
        // A struct with Drop cannot be moved out of piecewise: the closure takes it whole.
        return base;
      }
      List<String> path = new ArrayList<>(base.fields());
      path.add(f.name());
      Type t = types[f.id()] != null ? types[f.id()] : base.type();
      return new Place(base.binding(), path, t);
    }
    return null;
  }

  private void record(Place p, Use use, Span at) {
    ClosureInfo.Mode mode;
    if (closure.isMove()) {
      mode = ClosureInfo.Mode.BY_VALUE;
    } else if (use == Use.MUT) {
      mode = ClosureInfo.Mode.BY_MUT_REF;
    } else if (use == Use.MOVE && !Traits.isCopy(p.type(), structs::get)) {
      mode = ClosureInfo.Mode.BY_VALUE;
    } else {
      mode = ClosureInfo.Mode.BY_REF;
    }
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (e.binding.id() != p.binding().id()) {
        continue;
      }
      if (isPrefix(e.fields, p.fields())) {
        e.mode = stronger(e.mode, mode);
        return;
      }
      if (isPrefix(p.fields(), e.fields)) {
        // The new place contains an earlier one: it replaces it, keeping the earlier position.
        Entry merged =
            new Entry(p.binding(), p.fields(), p.type(), stronger(e.mode, mode), e.firstUse);
        entries.set(i, merged);
        entries.removeIf(
            other ->
                other != merged
                    && other.binding.id() == p.binding().id()
                    && isPrefix(p.fields(), other.fields));
        return;
      }
    }
    entries.add(new Entry(p.binding(), p.fields(), p.type(), mode, at));
  }

  private static boolean isPrefix(List<String> prefix, List<String> full) {
    return full.size() >= prefix.size() && full.subList(0, prefix.size()).equals(prefix);
  }

  private static ClosureInfo.Mode stronger(ClosureInfo.Mode a, ClosureInfo.Mode b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }

  private void expr(Expr e, Use use) {
    Coercion c = coercions[e.id()];
    if (c != null) {
      use = c.mutable() ? Use.MUT : Use.SHARED;
    }
    Place p = place(e);
    if (p != null) {
      record(p, use, e.span());
      return;
    }
    if (e instanceof Expr.Paren x) {
      expr(x.inner(), use);
    } else if (e instanceof Expr.Field f) {
      expr(f.base(), use == Use.MUT ? Use.MUT : Use.SHARED);
    } else if (e instanceof Expr.Index i) {
      expr(i.base(), use == Use.MUT ? Use.MUT : Use.SHARED);
      expr(i.index(), Use.MOVE);
    } else if (e instanceof Expr.Unary u) {
      if (u.op() == Expr.UnaryOp.DEREF) {
        boolean box = types[u.operand().id()] instanceof Type.BoxType;
        expr(
            u.operand(), use == Use.MUT ? Use.MUT : box && use == Use.MOVE ? Use.MOVE : Use.SHARED);
      } else {
        expr(u.operand(), Use.MOVE);
      }
    } else if (e instanceof Expr.Borrow b) {
      expr(b.operand(), b.mutable() ? Use.MUT : Use.SHARED);
    } else if (e instanceof Expr.MethodCall m) {
      MethodResolution r = methods[m.id()];
      Use receiverUse = Use.MOVE;
      if (r != null) {
        if (r.autoref() == MethodResolution.Autoref.SHARED) {
          receiverUse = Use.SHARED;
        } else if (r.autoref() == MethodResolution.Autoref.MUT) {
          receiverUse = Use.MUT;
        } else if (r.receiver() == Item.SelfKind.REF_MUT) {
          receiverUse = Use.MUT;
        } else if (r.derefs() > 0) {
          receiverUse = Use.SHARED;
        }
      }
      expr(m.receiver(), receiverUse);
      m.args().forEach(a -> expr(a, Use.MOVE));
    } else if (e instanceof Expr.Call call) {
      call.args().forEach(a -> expr(a, Use.MOVE));
    } else if (e instanceof Expr.Assign a) {
      expr(a.target(), Use.MUT);
      expr(a.value(), Use.MOVE);
    } else if (e instanceof Expr.Binary b) {
      expr(b.left(), Use.MOVE);
      expr(b.right(), Use.MOVE);
    } else if (e instanceof Expr.Cast c2) {
      expr(c2.operand(), Use.MOVE);
    } else if (e instanceof Expr.Range r) {
      r.start().ifPresent(x -> expr(x, Use.MOVE));
      r.end().ifPresent(x -> expr(x, Use.MOVE));
    } else if (e instanceof Expr.Block b) {
      for (Stmt s : b.stmts()) {
        if (s instanceof Stmt.Let let) {
          let.init().ifPresent(x -> expr(x, Use.MOVE));
        } else {
          expr(((Stmt.Eval) s).expr(), Use.MOVE);
        }
      }
      b.tail().ifPresent(x -> expr(x, Use.MOVE));
    } else if (e instanceof Expr.If i) {
      expr(i.condition(), Use.MOVE);
      expr(i.then(), Use.MOVE);
      i.otherwise().ifPresent(x -> expr(x, Use.MOVE));
    } else if (e instanceof Expr.While w) {
      expr(w.condition(), Use.MOVE);
      expr(w.body(), Use.MOVE);
    } else if (e instanceof Expr.Loop l) {
      expr(l.body(), Use.MOVE);
    } else if (e instanceof Expr.For f) {
      expr(f.iterable(), Use.MOVE);
      expr(f.body(), Use.MOVE);
    } else if (e instanceof Expr.Break b) {
      b.value().ifPresent(x -> expr(x, Use.MOVE));
    } else if (e instanceof Expr.Return r) {
      r.value().ifPresent(x -> expr(x, Use.MOVE));
    } else if (e instanceof Expr.StructLit s) {
      s.fields().forEach(f -> expr(f.value(), Use.MOVE));
    } else if (e instanceof Expr.Closure c3) {
      expr(c3.body(), Use.MOVE);
    } else if (e instanceof Expr.FormatMacro m) {
      m.format().ifPresent(this::format);
    } else if (e instanceof Expr.VecMacro v) {
      v.elements().forEach(x -> expr(x, Use.MOVE));
    } else if (e instanceof Expr.VecRepeatMacro v) {
      expr(v.element(), Use.MOVE);
      expr(v.count(), Use.MOVE);
    } else if (e instanceof Expr.AssertMacro a) {
      a.operands().forEach(x -> expr(x, Use.SHARED));
      a.message().ifPresent(this::format);
    }
  }

  private void format(Format f) {
    // format_args! takes every argument by reference.
    f.args().forEach(x -> expr(x, Use.SHARED));
  }
}
