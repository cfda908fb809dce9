package dev.memoria.simulator.c;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A C type with gcc's x86-64 (LP64) sizes and alignments. */
// No default methods here: an interface that has them is initialised whenever an implementation is,
// and then its constants below (which create implementations) could deadlock two threads.
sealed interface CType permits CType.Prim, CType.Ptr, CType.Arr, CType.Struct, CType.Func {

  /** Arithmetic and void types; {@code name} is the spelling shown ({@code size_t}). */
  enum Kind {
    VOID(0, false),
    BOOL(1, false),
    CHAR(1, true),
    UCHAR(1, false),
    SHORT(2, true),
    USHORT(2, false),
    INT(4, true),
    UINT(4, false),
    LONG(8, true),
    ULONG(8, false),
    DOUBLE(8, true);

    final int size;
    final boolean signed;

    Kind(int size, boolean signed) {
      this.size = size;
      this.signed = signed;
    }

    int rank() {
      return switch (this) {
        case BOOL -> 0;
        case CHAR, UCHAR -> 1;
        case SHORT, USHORT -> 2;
        case INT, UINT -> 3;
        case LONG, ULONG -> 4;
        default -> 9;
      };
    }
  }

  long size();

  int align();

  String display();

  record Prim(Kind kind, String name) implements CType {
    @Override
    public long size() {
      return kind.size;
    }

    @Override
    public int align() {
      return Math.max(1, kind.size);
    }

    @Override
    public String display() {
      return name;
    }
  }

  record Ptr(CType to) implements CType {
    @Override
    public long size() {
      return 8;
    }

    @Override
    public int align() {
      return 8;
    }

    @Override
    public String display() {
      String inner = to.display();
      return inner.endsWith("*") ? inner + "*" : inner + " *";
    }
  }

  record Arr(CType elem, long length) implements CType {
    @Override
    public long size() {
      return elem.size() * length;
    }

    @Override
    public int align() {
      return elem.align();
    }

    @Override
    public String display() {
      return elem.display() + "[" + length + "]";
    }
  }

  record Func(CType ret, List<CType> params, boolean variadic) implements CType {
    @Override
    public long size() {
      return 1;
    }

    @Override
    public int align() {
      return 1;
    }

    @Override
    public String display() {
      return ret.display() + " ()";
    }
  }

  /** A struct; mutable until its closing brace, compared by identity. */
  final class Struct implements CType {
    final String tag;
    final List<Field> fields = new ArrayList<>();
    String typedefName = "";
    long size;
    int align = 1;
    boolean complete;

    Struct(String tag) {
      this.tag = tag;
    }

    void add(String name, CType type) {
      long offset = (size + type.align() - 1) / type.align() * type.align();
      fields.add(new Field(name, type, offset));
      size = offset + type.size();
      align = Math.max(align, type.align());
    }

    void finish() {
      size = (size + align - 1) / align * align;
      complete = true;
    }

    Optional<Field> field(String name) {
      return fields.stream().filter(f -> f.name.equals(name)).findFirst();
    }

    @Override
    public long size() {
      return size;
    }

    @Override
    public int align() {
      return align;
    }

    @Override
    public String display() {
      return tag.isEmpty() ? typedefName : "struct " + tag;
    }
  }

  record Field(String name, CType type, long offset) {}

  Prim VOID = new Prim(Kind.VOID, "void");
  Prim BOOL = new Prim(Kind.BOOL, "bool");
  Prim CHAR = new Prim(Kind.CHAR, "char");
  Prim INT = new Prim(Kind.INT, "int");
  Prim UINT = new Prim(Kind.UINT, "unsigned int");
  Prim LONG = new Prim(Kind.LONG, "long");
  Prim ULONG = new Prim(Kind.ULONG, "unsigned long");
  Prim SIZE_T = new Prim(Kind.ULONG, "size_t");
  Prim DOUBLE = new Prim(Kind.DOUBLE, "double");
  Ptr VOID_PTR = new Ptr(VOID);
  Ptr CHAR_PTR = new Ptr(CHAR);

  static boolean isInteger(CType t) {
    return t instanceof Prim p && p.kind != Kind.VOID && p.kind != Kind.DOUBLE;
  }

  static boolean isArith(CType t) {
    return t instanceof Prim p && p.kind != Kind.VOID;
  }

  static boolean isDouble(CType t) {
    return t instanceof Prim p && p.kind == Kind.DOUBLE;
  }

  static boolean isScalar(CType t) {
    return isArith(t) || t instanceof Ptr;
  }

  static boolean isVoid(CType t) {
    return t instanceof Prim p && p.kind == Kind.VOID;
  }

  static boolean isVoidPtr(CType t) {
    return t instanceof Ptr p && isVoid(p.to);
  }

  static boolean isCharLike(CType t) {
    return t instanceof Prim p && (p.kind == Kind.CHAR || p.kind == Kind.UCHAR);
  }

  /** Structural equality, ignoring the spelling of arithmetic types ({@code size_t}). */
  static boolean same(CType a, CType b) {
    if (a instanceof Prim pa && b instanceof Prim pb) {
      return pa.kind == pb.kind;
    }
    if (a instanceof Ptr pa && b instanceof Ptr pb) {
      return same(pa.to, pb.to);
    }
    if (a instanceof Arr aa && b instanceof Arr ab) {
      return aa.length == ab.length && same(aa.elem, ab.elem);
    }
    return a == b;
  }

  /** The type after integer promotion. */
  static CType promote(CType t) {
    if (t instanceof Prim p && p.kind.rank() < 3) {
      return INT;
    }
    return t;
  }

  /** The common type of the usual arithmetic conversions. */
  static CType common(CType a, CType b) {
    if (isDouble(a) || isDouble(b)) {
      return DOUBLE;
    }
    Prim pa = (Prim) promote(a);
    Prim pb = (Prim) promote(b);
    if (pa.kind == pb.kind) {
      return pa.kind == Kind.ULONG && (pa.name.equals("size_t") || pb.name.equals("size_t"))
          ? SIZE_T
          : pa;
    }
    Prim hi = pa.kind.rank() >= pb.kind.rank() ? pa : pb;
    Prim lo = hi == pa ? pb : pa;
    if (hi.kind.rank() == lo.kind.rank()) {
      return hi.kind.signed ? lo : hi;
    }
    if (!hi.kind.signed || lo.kind.signed) {
      return hi;
    }
    // hi signed and wider than unsigned lo: hi can represent every lo value (LP64).
    return hi;
  }
}
