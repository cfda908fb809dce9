package dev.memoria.simulator.rust.types;

import java.util.ArrayList;
import java.util.List;

/** Inference variables with unification and an undo trail, for one crate. */
final class Inference {

  private final List<Type> bound = new ArrayList<>();
  private final List<Boolean> integer = new ArrayList<>();
  private final List<Integer> trail = new ArrayList<>();

  Type.Var fresh(boolean isInteger) {
    bound.add(null);
    integer.add(isInteger);
    return new Type.Var(bound.size() - 1, isInteger);
  }

  /** Follows bound variables at the top level. */
  Type resolve(Type t) {
    while (t instanceof Type.Var v && bound.get(v.id()) != null) {
      t = bound.get(v.id());
    }
    return t;
  }

  /** Resolves every variable inside {@code t}; unbound ones stay. */
  Type zonk(Type t) {
    t = resolve(t);
    if (t instanceof Type.Ref r) {
      return new Type.Ref(r.mutable(), zonk(r.inner()));
    }
    if (t instanceof Type.VecType v) {
      return new Type.VecType(zonk(v.element()));
    }
    if (t instanceof Type.BoxType b) {
      return new Type.BoxType(zonk(b.inner()));
    }
    if (t instanceof Type.OptionType o) {
      return new Type.OptionType(zonk(o.inner()));
    }
    if (t instanceof Type.JoinHandle j) {
      return new Type.JoinHandle(zonk(j.result()));
    }
    if (t instanceof Type.JoinResult j) {
      return new Type.JoinResult(zonk(j.value()));
    }
    if (t instanceof Type.RangeType r) {
      return new Type.RangeType(zonk(r.element()), r.inclusive());
    }
    if (t instanceof Type.Iter i) {
      return new Type.Iter(zonk(i.element()));
    }
    if (t instanceof Type.Closure c) {
      return new Type.Closure(c.nodeId(), zonk(c.result()));
    }
    return t;
  }

  /** Binds every unbound integer variable to i32, as rustc's fallback does. */
  void defaultIntegers() {
    for (int i = 0; i < bound.size(); i++) {
      if (bound.get(i) == null && integer.get(i)) {
        bind(i, Types.I32);
      }
    }
  }

  int snapshot() {
    return trail.size();
  }

  void rollback(int snapshot) {
    while (trail.size() > snapshot) {
      bound.set(trail.remove(trail.size() - 1), null);
    }
  }

  boolean unify(Type a, Type b) {
    a = resolve(a);
    b = resolve(b);
    if (a.equals(b)) {
      return true;
    }
    if (a instanceof Type.Var va) {
      return bindVar(va, b);
    }
    if (b instanceof Type.Var vb) {
      return bindVar(vb, a);
    }
    if (a instanceof Type.Ref ra && b instanceof Type.Ref rb) {
      return ra.mutable() == rb.mutable() && unify(ra.inner(), rb.inner());
    }
    if (a instanceof Type.VecType va && b instanceof Type.VecType vb) {
      return unify(va.element(), vb.element());
    }
    if (a instanceof Type.BoxType ba && b instanceof Type.BoxType bb) {
      return unify(ba.inner(), bb.inner());
    }
    if (a instanceof Type.OptionType oa && b instanceof Type.OptionType ob) {
      return unify(oa.inner(), ob.inner());
    }
    if (a instanceof Type.JoinHandle ja && b instanceof Type.JoinHandle jb) {
      return unify(ja.result(), jb.result());
    }
    if (a instanceof Type.JoinResult ja && b instanceof Type.JoinResult jb) {
      return unify(ja.value(), jb.value());
    }
    if (a instanceof Type.RangeType ra && b instanceof Type.RangeType rb) {
      return ra.inclusive() == rb.inclusive() && unify(ra.element(), rb.element());
    }
    if (a instanceof Type.Iter ia && b instanceof Type.Iter ib) {
      return unify(ia.element(), ib.element());
    }
    if (a instanceof Type.Closure ca && b instanceof Type.Closure cb) {
      return ca.nodeId() == cb.nodeId() && unify(ca.result(), cb.result());
    }
    return false;
  }

  private boolean bindVar(Type.Var v, Type t) {
    if (t instanceof Type.Var w) {
      if (v.integer() && !w.integer()) {
        bind(w.id(), v);
      } else {
        bind(v.id(), w);
      }
      return true;
    }
    if (v.integer() && !(t instanceof Type.Int)) {
      return false;
    }
    if (occurs(v.id(), t)) {
      return false;
    }
    bind(v.id(), t);
    return true;
  }

  private boolean occurs(int id, Type t) {
    t = resolve(t);
    if (t instanceof Type.Var v) {
      return v.id() == id;
    }
    return containsVar(id, zonk(t));
  }

  private boolean containsVar(int id, Type t) {
    if (t instanceof Type.Var v) {
      return v.id() == id;
    }
    if (t instanceof Type.Ref r) {
      return containsVar(id, r.inner());
    }
    if (t instanceof Type.VecType v) {
      return containsVar(id, v.element());
    }
    if (t instanceof Type.BoxType b) {
      return containsVar(id, b.inner());
    }
    if (t instanceof Type.OptionType o) {
      return containsVar(id, o.inner());
    }
    if (t instanceof Type.JoinHandle j) {
      return containsVar(id, j.result());
    }
    if (t instanceof Type.JoinResult j) {
      return containsVar(id, j.value());
    }
    if (t instanceof Type.RangeType r) {
      return containsVar(id, r.element());
    }
    if (t instanceof Type.Iter i) {
      return containsVar(id, i.element());
    }
    return false;
  }

  private void bind(int id, Type t) {
    bound.set(id, t);
    trail.add(id);
  }

  /** Whether {@code t}, fully resolved, still holds a variable that is not an integer one. */
  boolean hasUnknown(Type t) {
    Type z = zonk(t);
    return hasVar(z);
  }

  private static boolean hasVar(Type t) {
    if (t instanceof Type.Var) {
      return true;
    }
    if (t instanceof Type.Ref r) {
      return hasVar(r.inner());
    }
    if (t instanceof Type.VecType v) {
      return hasVar(v.element());
    }
    if (t instanceof Type.BoxType b) {
      return hasVar(b.inner());
    }
    if (t instanceof Type.OptionType o) {
      return hasVar(o.inner());
    }
    if (t instanceof Type.JoinHandle j) {
      return hasVar(j.result());
    }
    if (t instanceof Type.JoinResult j) {
      return hasVar(j.value());
    }
    if (t instanceof Type.RangeType r) {
      return hasVar(r.element());
    }
    if (t instanceof Type.Iter i) {
      return hasVar(i.element());
    }
    if (t instanceof Type.Closure c) {
      return hasVar(c.result());
    }
    return false;
  }
}
