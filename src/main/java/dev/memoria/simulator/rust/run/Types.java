package dev.memoria.simulator.rust.run;

/** Facts about runtime values that depend only on their type: names, sizes, Copy, drop glue. */
final class Types {

  private Types() {}

  /** The value's type as Rust writes it. */
  static String name(Val v) {
    if (v instanceof Val.Int i) {
      return i.kind().rustName();
    }
    if (v instanceof Val.Flt) {
      return "f64";
    }
    if (v instanceof Val.Bool) {
      return "bool";
    }
    if (v instanceof Val.Chr) {
      return "char";
    }
    if (v instanceof Val.Unit) {
      return "()";
    }
    if (v instanceof Val.Str) {
      return "&str";
    }
    if (v instanceof Val.StrBuf) {
      return "String";
    }
    if (v instanceof Val.VecBuf vec) {
      return "Vec<" + vec.elemType + ">";
    }
    if (v instanceof Val.BoxPtr b) {
      return "Box<" + b.innerType + ">";
    }
    if (v instanceof Val.Ref r) {
      Val target = r.place().get();
      return (r.mut() ? "&mut " : "&") + (target == null ? "_" : name(target));
    }
    if (v instanceof Val.Struct s) {
      return s.shape.name();
    }
    if (v instanceof Val.Tuple t) {
      StringBuilder out = new StringBuilder("(");
      for (int i = 0; i < t.elems.length; i++) {
        out.append(i > 0 ? ", " : "").append(name(t.elems[i]));
      }
      return out.append(t.elems.length == 1 ? ",)" : ")").toString();
    }
    if (v instanceof Val.Opt o) {
      return "Option<" + o.innerType + ">";
    }
    if (v instanceof Val.Closure) {
      return "closure";
    }
    return "JoinHandle<" + ((Val.Handle) v).resultType + ">";
  }

  /** The value's size in bytes on x86-64. */
  static long size(Val v) {
    if (v instanceof Val.Int i) {
      return i.kind().size();
    }
    if (v instanceof Val.Flt) {
      return 8;
    }
    if (v instanceof Val.Bool) {
      return 1;
    }
    if (v instanceof Val.Chr) {
      return 4;
    }
    if (v instanceof Val.Unit) {
      return 0;
    }
    if (v instanceof Val.Str) {
      return 16;
    }
    if (v instanceof Val.StrBuf || v instanceof Val.VecBuf || v instanceof Val.Handle) {
      return 24;
    }
    if (v instanceof Val.BoxPtr || v instanceof Val.Ref) {
      return 8;
    }
    if (v instanceof Val.Struct s) {
      return s.shape.size();
    }
    if (v instanceof Val.Tuple t) {
      long size = 0;
      for (Val e : t.elems) {
        size += size(e);
      }
      return size;
    }
    if (v instanceof Val.Opt o) {
      return optionSize(o.innerType);
    }
    long size = 0;
    for (Val c : ((Val.Closure) v).captured) {
      size += size(c);
    }
    return size;
  }

  /** The size of a value stored as {@code type}. */
  static long sizeOfTyped(Val v, String type) {
    return v == null ? sizeOfName(type) : size(v);
  }

  /**
   * {@code Option<T>}'s size: T's when T has a niche (a pointer, bool, char), else T plus a tag.
   */
  static long optionSize(String inner) {
    long size = sizeOfName(inner);
    if (inner.startsWith("&")
        || inner.startsWith("Box<")
        || inner.startsWith("Vec<")
        || inner.equals("String")
        || inner.equals("bool")
        || inner.equals("char")) {
      return size;
    }
    long align = Math.max(1, Math.min(8, size));
    return size + align;
  }

  /** Sizes of the built-in types by name; structs are sized by their {@link StructShape}. */
  static long sizeOfName(String type) {
    if (type.startsWith("&str") || type.startsWith("&mut str")) {
      return 16;
    }
    if (type.startsWith("&") || type.startsWith("Box<")) {
      return 8;
    }
    if (type.equals("String") || type.startsWith("Vec<") || type.startsWith("JoinHandle<")) {
      return 24;
    }
    return switch (type) {
      case "i8", "u8", "bool" -> 1;
      case "i16", "u16" -> 2;
      case "i32", "u32", "char" -> 4;
      case "i64", "u64", "isize", "usize", "f64" -> 8;
      case "f32" -> 4;
      case "()" -> 0;
      default -> 8;
    };
  }

  /** True when using the value copies it instead of moving it. */
  static boolean isCopy(Val v) {
    if (v instanceof Val.Ref r) {
      return !r.mut();
    }
    if (v instanceof Val.Struct s) {
      return s.shape.copy();
    }
    if (v instanceof Val.Tuple t) {
      for (Val e : t.elems) {
        if (!isCopy(e)) {
          return false;
        }
      }
      return true;
    }
    if (v instanceof Val.Opt o) {
      return o.some() ? isCopy(o.value) : !ownsByName(o.innerType);
    }
    return v instanceof Val.Int
        || v instanceof Val.Flt
        || v instanceof Val.Bool
        || v instanceof Val.Chr
        || v instanceof Val.Unit
        || v instanceof Val.Str;
  }

  private static boolean ownsByName(String type) {
    return type.equals("String") || type.startsWith("Vec<") || type.startsWith("Box<");
  }

  /** True when dropping the value does something: frees memory or runs a {@code Drop} impl. */
  static boolean needsDrop(Val v) {
    if (v == null) {
      return false;
    }
    if (v instanceof Val.StrBuf || v instanceof Val.VecBuf || v instanceof Val.BoxPtr) {
      return true;
    }
    if (v instanceof Val.Struct s) {
      if (s.shape.hasDrop()) {
        return true;
      }
      for (int i = 0; i < s.fields.length; i++) {
        if (!s.fieldMoved(i) && needsDrop(s.fields[i])) {
          return true;
        }
      }
      return false;
    }
    if (v instanceof Val.Tuple t) {
      for (Val e : t.elems) {
        if (needsDrop(e)) {
          return true;
        }
      }
      return false;
    }
    if (v instanceof Val.Opt o) {
      return o.some() && needsDrop(o.value);
    }
    if (v instanceof Val.Closure c) {
      for (Val e : c.captured) {
        if (needsDrop(e)) {
          return true;
        }
      }
    }
    return false;
  }
}
