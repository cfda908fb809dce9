package dev.memoria.simulator.rust.run;

import dev.memoria.simulator.rust.syntax.Expr;
import dev.memoria.simulator.rust.types.IntKind;
import java.util.List;

/**
 * A runtime value. Scalars are immutable; aggregates ({@link Struct}, {@link Tuple}) and the
 * headers of owning pointers are mutable in place, as memory is, and copied explicitly on a move or
 * a Copy.
 */
sealed interface Val
    permits Val.Int,
        Val.Flt,
        Val.Bool,
        Val.Chr,
        Val.Unit,
        Val.Str,
        Val.StrBuf,
        Val.VecBuf,
        Val.BoxPtr,
        Val.Ref,
        Val.Struct,
        Val.Tuple,
        Val.Opt,
        Val.Closure,
        Val.Handle {

  /**
   * A copy as a move or Copy leaves it: aggregates get their own storage, heap buffers are shared.
   */
  Val copy();

  /** An integer of a known kind. */
  record Int(long v, IntKind kind) implements Val {
    @Override
    public Val copy() {
      return this;
    }
  }

  /** An {@code f64}. */
  record Flt(double v) implements Val {
    @Override
    public Val copy() {
      return this;
    }
  }

  /** A {@code bool}. */
  record Bool(boolean v) implements Val {
    static final Bool TRUE = new Bool(true);
    static final Bool FALSE = new Bool(false);

    static Bool of(boolean v) {
      return v ? TRUE : FALSE;
    }

    @Override
    public Val copy() {
      return this;
    }
  }

  /** A {@code char}, as a Unicode code point. */
  record Chr(int cp) implements Val {
    @Override
    public Val copy() {
      return this;
    }
  }

  /** {@code ()}. */
  final class Unit implements Val {
    static final Unit UNIT = new Unit();

    private Unit() {}

    @Override
    public Val copy() {
      return this;
    }
  }

  /**
   * A {@code &str}: its characters and where they live.
   *
   * @param text the characters
   * @param block the static block ({@code S1}) or heap block ({@code H2}) they are in
   * @param offset the byte offset of the first one in that block
   */
  record Str(String text, String block, long offset) implements Val {
    @Override
    public Val copy() {
      return this;
    }
  }

  /** A {@code String} header: no block while its capacity is 0. */
  final class StrBuf implements Val {
    HeapBlock block;

    StrBuf(HeapBlock block) {
      this.block = block;
    }

    String text() {
      return block == null ? "" : block.text.toString();
    }

    long len() {
      return block == null ? 0 : block.byteLen;
    }

    long cap() {
      return block == null ? 0 : block.capacity;
    }

    @Override
    public Val copy() {
      return new StrBuf(block);
    }
  }

  /** A {@code Vec<T>} header: no block while its capacity is 0. */
  final class VecBuf implements Val {
    HeapBlock block;
    String elemType;
    int elemSize;

    VecBuf(HeapBlock block, String elemType, int elemSize) {
      this.block = block;
      this.elemType = elemType;
      this.elemSize = elemSize;
    }

    int len() {
      return block == null ? 0 : block.elems.size();
    }

    long cap() {
      return block == null ? 0 : block.capacity;
    }

    List<Val> elems() {
      return block == null ? List.of() : block.elems;
    }

    @Override
    public Val copy() {
      return new VecBuf(block, elemType, elemSize);
    }
  }

  /** A {@code Box<T>}: its value lives in the block. */
  final class BoxPtr implements Val {
    final HeapBlock block;
    final String innerType;

    BoxPtr(HeapBlock block, String innerType) {
      this.block = block;
      this.innerType = innerType;
    }

    @Override
    public Val copy() {
      return new BoxPtr(block, innerType);
    }
  }

  /** A reference {@code &T} or {@code &mut T} to a place. */
  record Ref(Place place, boolean mut) implements Val {
    @Override
    public Val copy() {
      return this;
    }
  }

  /** A struct value; fields moved out one by one are remembered so only the rest are dropped. */
  final class Struct implements Val {
    final StructShape shape;
    final Val[] fields;
    long movedFields;

    Struct(StructShape shape, Val[] fields) {
      this.shape = shape;
      this.fields = fields;
    }

    boolean fieldMoved(int i) {
      return (movedFields & (1L << i)) != 0;
    }

    @Override
    public Val copy() {
      Val[] copied = new Val[fields.length];
      for (int i = 0; i < fields.length; i++) {
        copied[i] = fields[i] == null ? null : fields[i].copy();
      }
      Struct s = new Struct(shape, copied);
      s.movedFields = movedFields;
      return s;
    }
  }

  /** A tuple. */
  final class Tuple implements Val {
    final Val[] elems;
    long movedFields;

    Tuple(Val[] elems) {
      this.elems = elems;
    }

    @Override
    public Val copy() {
      Val[] copied = new Val[elems.length];
      for (int i = 0; i < elems.length; i++) {
        copied[i] = elems[i].copy();
      }
      return new Tuple(copied);
    }
  }

  /** {@code Some(value)}, or {@code None} when {@code value} is null. */
  final class Opt implements Val {
    Val value;
    final String innerType;

    Opt(Val value, String innerType) {
      this.value = value;
      this.innerType = innerType;
    }

    boolean some() {
      return value != null;
    }

    @Override
    public Val copy() {
      return new Opt(value == null ? null : value.copy(), innerType);
    }
  }

  /** A closure with the values it captured by move, in capture order. */
  final class Closure implements Val {
    final Expr.Closure code;
    final String[] names;
    final Val[] captured;
    final String[] types;

    Closure(Expr.Closure code, String[] names, Val[] captured, String[] types) {
      this.code = code;
      this.names = names;
      this.captured = captured;
      this.types = types;
    }

    @Override
    public Val copy() {
      return new Closure(code, names, captured.clone(), types);
    }
  }

  /** A {@code JoinHandle<T>} of a spawned thread. */
  final class Handle implements Val {
    final Strand thread;
    final String resultType;

    Handle(Strand thread, String resultType) {
      this.thread = thread;
      this.resultType = resultType;
    }

    @Override
    public Val copy() {
      return new Handle(thread, resultType);
    }
  }
}
