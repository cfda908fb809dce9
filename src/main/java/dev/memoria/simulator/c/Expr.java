package dev.memoria.simulator.c;

/**
 * A typed, resolved expression. {@link #eval} gives a scalar as a long (integers normalised to
 * their type, doubles as raw bits, pointers as machine addresses) or, for a struct, its address.
 */
abstract class Expr {
  CType type;
  int line;
  int column;
  int start;
  int end;

  Expr at(Token first, int endOffset) {
    line = first.line();
    column = first.column();
    start = first.start();
    end = endOffset;
    return this;
  }

  Expr span(Expr from, int endOffset) {
    line = from.line;
    column = from.column;
    start = from.start;
    end = endOffset;
    return this;
  }

  abstract long eval(Machine m);

  /** The address of an lvalue. */
  long addr(Machine m) {
    throw new IllegalStateException("not an lvalue");
  }

  boolean lvalue() {
    return false;
  }

  static final int I32 = 0;
  static final int U32 = 1;
  static final int I64 = 2;
  static final int U64 = 3;
  static final int F64 = 4;

  static int mode(CType t) {
    if (t instanceof CType.Prim p) {
      return switch (p.kind()) {
        case DOUBLE -> F64;
        case UINT -> U32;
        case LONG -> I64;
        case ULONG -> U64;
        default -> I32;
      };
    }
    return U64;
  }

  /** Converts a value of type {@code from} into {@code to}. */
  static long convert(long v, CType from, CType to) {
    if (to instanceof CType.Prim p) {
      if (p.kind() == CType.Kind.DOUBLE) {
        if (CType.isDouble(from)) {
          return v;
        }
        double d = mode(from) == U64 && v < 0 ? (double) (v >>> 1) * 2.0 + (v & 1) : (double) v;
        return Double.doubleToRawLongBits(d);
      }
      long x = v;
      if (CType.isDouble(from)) {
        double d = Double.longBitsToDouble(v);
        if (p.kind() == CType.Kind.BOOL) {
          return d != 0 ? 1 : 0;
        }
        x =
            p.kind() == CType.Kind.ULONG && d >= 9.223372036854775807E18
                ? (long) (d - 9.223372036854775807E18) + Long.MIN_VALUE
                : (long) d;
      }
      return switch (p.kind()) {
        case BOOL -> x != 0 ? 1 : 0;
        case CHAR -> (byte) x;
        case UCHAR -> x & 0xFF;
        case SHORT -> (short) x;
        case USHORT -> x & 0xFFFF;
        case INT -> (int) x;
        case UINT -> x & 0xFFFFFFFFL;
        default -> x;
      };
    }
    return v;
  }

  // ---- leaves

  static final class IntLit extends Expr {
    final long value;

    IntLit(long value, CType type) {
      this.value = value;
      this.type = type;
    }

    @Override
    long eval(Machine m) {
      return value;
    }
  }

  static final class StrLit extends Expr {
    final int index;

    StrLit(int index, CType type) {
      this.index = index;
      this.type = type;
    }

    @Override
    long eval(Machine m) {
      return m.literal(index);
    }

    @Override
    long addr(Machine m) {
      return m.literal(index);
    }

    @Override
    boolean lvalue() {
      return true;
    }
  }

  static final class VarRef extends Expr {
    final Variable v;

    VarRef(Variable v) {
      this.v = v;
      this.type = v.type;
    }

    @Override
    long eval(Machine m) {
      if (type instanceof CType.Struct) {
        return addr(m);
      }
      return m.loadVar(v, this);
    }

    @Override
    long addr(Machine m) {
      return m.varAddr(v);
    }

    @Override
    boolean lvalue() {
      return true;
    }
  }

  // ---- memory access

  /** An array used as a value: the address of its first element. */
  static final class Decay extends Expr {
    final Expr array;

    Decay(Expr array, CType type) {
      this.array = array;
      this.type = type;
    }

    @Override
    long eval(Machine m) {
      return array.addr(m);
    }
  }

  static final class AddrOf extends Expr {
    final Expr target;

    AddrOf(Expr target, CType type) {
      this.target = target;
      this.type = type;
    }

    @Override
    long eval(Machine m) {
      return target.addr(m);
    }
  }

  /** {@code *p}, {@code p[i]}, {@code p->f}: a place computed from a pointer. */
  static final class Deref extends Expr {
    final Expr pointer;
    final Expr index;
    final long scale;
    final long offset;

    Deref(Expr pointer, Expr index, long scale, long offset, CType type) {
      this.pointer = pointer;
      this.index = index;
      this.scale = scale;
      this.offset = offset;
      this.type = type;
    }

    @Override
    long addr(Machine m) {
      long p = pointer.eval(m);
      if (index != null) {
        p += index.eval(m) * scale;
      }
      return p + offset;
    }

    @Override
    long eval(Machine m) {
      long a = addr(m);
      if (type instanceof CType.Struct) {
        m.check(a, type.size(), false, this);
        return a;
      }
      return m.load(a, type, this);
    }

    @Override
    boolean lvalue() {
      return true;
    }
  }

  /** {@code s.f} on a struct place or a struct value. */
  static final class Member extends Expr {
    final Expr base;
    final long offset;

    Member(Expr base, long offset, CType type) {
      this.base = base;
      this.offset = offset;
      this.type = type;
    }

    @Override
    long addr(Machine m) {
      return (base.lvalue() ? base.addr(m) : base.eval(m)) + offset;
    }

    @Override
    long eval(Machine m) {
      long a = addr(m);
      if (type instanceof CType.Struct) {
        return a;
      }
      return m.load(a, type, this);
    }

    @Override
    boolean lvalue() {
      return base.lvalue();
    }
  }

  // ---- operators

  static final class Cast extends Expr {
    final Expr operand;

    Cast(Expr operand, CType type) {
      this.operand = operand;
      this.type = type;
    }

    @Override
    long eval(Machine m) {
      long v = operand.eval(m);
      if (CType.isVoid(type)) {
        return 0;
      }
      return convert(v, operand.type, type);
    }
  }

  /** A {@code void *} becoming a typed pointer: types an untyped heap block, as R9 asks. */
  static final class TypeHeap extends Expr {
    final Expr operand;

    TypeHeap(Expr operand, CType type) {
      this.operand = operand;
      this.type = type;
    }

    @Override
    long eval(Machine m) {
      long v = operand.eval(m);
      m.typeBlock(v, ((CType.Ptr) type).to());
      return v;
    }
  }

  static final class Unary extends Expr {
    final char op;
    final Expr operand;
    final int mode;

    Unary(char op, Expr operand, CType type) {
      this.op = op;
      this.operand = operand;
      this.type = type;
      this.mode = mode(type);
    }

    @Override
    long eval(Machine m) {
      long v = operand.eval(m);
      switch (op) {
        case '!':
          return CType.isDouble(operand.type)
              ? (Double.longBitsToDouble(v) == 0 ? 1 : 0)
              : (v == 0 ? 1 : 0);
        case '-':
          if (mode == F64) {
            return Double.doubleToRawLongBits(-Double.longBitsToDouble(v));
          }
          return convert(-v, type, type);
        case '~':
          return convert(~v, type, type);
        default:
          return v;
      }
    }
  }

  static final class Binary extends Expr {
    final int op;
    final Expr left;
    final Expr right;

    /** The mode the operands are computed in (the common type). */
    final int mode;

    Binary(String op, Expr left, Expr right, CType type, int mode) {
      this.op = Machine.opCode(op);
      this.left = left;
      this.right = right;
      this.type = type;
      this.mode = mode;
    }

    @Override
    long eval(Machine m) {
      long a = left.eval(m);
      long b = right.eval(m);
      return m.arith(op, a, b, mode, type, this);
    }
  }

  /** {@code p + n}, {@code p - n} (scaled by the element size) and {@code p - q}. */
  static final class PtrArith extends Expr {
    final Expr pointer;
    final Expr other;
    final long scale;
    final int kind;

    /** kind: 1 = pointer + int, -1 = pointer - int, 0 = pointer - pointer. */
    PtrArith(Expr pointer, Expr other, long scale, int kind, CType type) {
      this.pointer = pointer;
      this.other = other;
      this.scale = scale;
      this.kind = kind;
      this.type = type;
    }

    @Override
    long eval(Machine m) {
      long p = pointer.eval(m);
      long n = other.eval(m);
      if (kind == 0) {
        return (p - n) / scale;
      }
      return p + kind * n * scale;
    }
  }

  static final class Logical extends Expr {
    final boolean and;
    final Expr left;
    final Expr right;

    Logical(boolean and, Expr left, Expr right) {
      this.and = and;
      this.left = left;
      this.right = right;
      this.type = CType.INT;
    }

    @Override
    long eval(Machine m) {
      boolean l = Machine.truth(left.eval(m), left.type);
      if (and ? !l : l) {
        return and ? 0 : 1;
      }
      return Machine.truth(right.eval(m), right.type) ? 1 : 0;
    }
  }

  static final class Conditional extends Expr {
    final Expr cond;
    final Expr then;
    final Expr otherwise;

    Conditional(Expr cond, Expr then, Expr otherwise, CType type) {
      this.cond = cond;
      this.then = then;
      this.otherwise = otherwise;
      this.type = type;
    }

    @Override
    long eval(Machine m) {
      return Machine.truth(cond.eval(m), cond.type) ? then.eval(m) : otherwise.eval(m);
    }
  }

  static final class Comma extends Expr {
    final Expr left;
    final Expr right;

    Comma(Expr left, Expr right) {
      this.left = left;
      this.right = right;
      this.type = right.type;
    }

    @Override
    long eval(Machine m) {
      left.eval(m);
      return right.eval(m);
    }
  }

  static final class Assign extends Expr {
    final Expr target;
    final Expr value;

    Assign(Expr target, Expr value) {
      this.target = target;
      this.value = value;
      this.type = target.type;
    }

    @Override
    long eval(Machine m) {
      long v = value.eval(m);
      long a = target.addr(m);
      if (type instanceof CType.Struct) {
        m.copy(a, v, type.size(), this);
        return a;
      }
      m.store(a, type, v, this);
      m.noteOwner(value, v, target);
      return v;
    }
  }

  /** {@code x op= y}: the place is computed once. */
  static final class CompoundAssign extends Expr {
    final Expr target;
    final Expr operation;
    final Placeholder current;

    CompoundAssign(Expr target, Placeholder current, Expr operation) {
      this.target = target;
      this.current = current;
      this.operation = operation;
      this.type = target.type;
    }

    @Override
    long eval(Machine m) {
      long a = target.addr(m);
      current.value = m.load(a, type, target);
      long v = convert(operation.eval(m), operation.type, type);
      m.store(a, type, v, this);
      return v;
    }
  }

  /** The current value of a compound assignment's place, read once. */
  static final class Placeholder extends Expr {
    long value;

    Placeholder(CType type) {
      this.type = type;
    }

    @Override
    long eval(Machine m) {
      return value;
    }
  }

  static final class IncDec extends Expr {
    final Expr target;
    final boolean prefix;
    final long delta;

    IncDec(Expr target, boolean prefix, long delta) {
      this.target = target;
      this.prefix = prefix;
      this.delta = delta;
      this.type = target.type;
    }

    @Override
    long eval(Machine m) {
      long a = target.addr(m);
      long old = m.load(a, type, target);
      long now;
      if (CType.isDouble(type)) {
        now = Double.doubleToRawLongBits(Double.longBitsToDouble(old) + delta);
      } else {
        now = convert(old + delta, type, type);
      }
      m.store(a, type, now, this);
      return prefix ? now : old;
    }
  }

  static final class Call extends Expr {
    final FunctionDef function;
    final Expr[] args;

    Call(FunctionDef function, Expr[] args) {
      this.function = function;
      this.args = args;
      this.type = function.type.ret();
    }

    @Override
    long eval(Machine m) {
      return m.call(this);
    }
  }

  static final class Builtin extends Expr {
    final String name;
    final Expr[] args;

    Builtin(String name, Expr[] args, CType type) {
      this.name = name;
      this.args = args;
      this.type = type;
    }

    @Override
    long eval(Machine m) {
      return m.builtin(this);
    }
  }
}
