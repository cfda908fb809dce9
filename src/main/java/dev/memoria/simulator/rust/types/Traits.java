package dev.memoria.simulator.rust.types;

import java.util.function.Function;

/** Which std traits the subset's types implement, and their x86-64 layout. */
final class Traits {

  private Traits() {}

  static boolean isCopy(Type t, Function<String, StructDef> structs) {
    if (t instanceof Type.Int
        || t instanceof Type.Float
        || t instanceof Type.Bool
        || t instanceof Type.Char
        || t instanceof Type.Unit
        || t instanceof Type.Never) {
      return true;
    }
    if (t instanceof Type.Var v) {
      return v.integer();
    }
    if (t instanceof Type.Ref r) {
      return !r.mutable();
    }
    if (t instanceof Type.OptionType o) {
      return isCopy(o.inner(), structs);
    }
    if (t instanceof Type.Struct s) {
      StructDef def = structs.apply(s.name());
      return def != null && def.copy();
    }
    return false;
  }

  static boolean isClone(Type t, Function<String, StructDef> structs) {
    if (isCopy(t, structs) || t instanceof Type.StringType || t instanceof Type.Iter) {
      return true;
    }
    if (t.owned().isPresent()) {
      return isClone(t.owned().get(), structs);
    }
    if (t instanceof Type.Struct s) {
      StructDef def = structs.apply(s.name());
      return def != null && def.cloneable();
    }
    return false;
  }

  static boolean isDisplay(Type t) {
    if (t instanceof Type.Int
        || t instanceof Type.Float
        || t instanceof Type.Bool
        || t instanceof Type.Char
        || t instanceof Type.Str
        || t instanceof Type.StringType) {
      return true;
    }
    if (t instanceof Type.Var v) {
      return v.integer();
    }
    if (t instanceof Type.Ref r) {
      return isDisplay(r.inner());
    }
    if (t instanceof Type.BoxType b) {
      return isDisplay(b.inner());
    }
    return false;
  }

  static boolean isDebug(Type t, Function<String, StructDef> structs) {
    if (isDisplay(t) || t instanceof Type.Unit) {
      return true;
    }
    if (t instanceof Type.Ref r) {
      return isDebug(r.inner(), structs);
    }
    if (t instanceof Type.BoxType b) {
      return isDebug(b.inner(), structs);
    }
    if (t instanceof Type.VecType v) {
      return isDebug(v.element(), structs);
    }
    if (t instanceof Type.OptionType o) {
      return isDebug(o.inner(), structs);
    }
    if (t instanceof Type.Struct s) {
      StructDef def = structs.apply(s.name());
      return def != null && def.debug();
    }
    return false;
  }

  static boolean needsDrop(Type t, Function<String, StructDef> structs) {
    if (t instanceof Type.StringType
        || t instanceof Type.VecType
        || t instanceof Type.BoxType
        || t instanceof Type.JoinHandle
        || t instanceof Type.JoinResult) {
      return true;
    }
    if (t instanceof Type.OptionType o) {
      return needsDrop(o.inner(), structs);
    }
    if (t instanceof Type.Struct s) {
      StructDef def = structs.apply(s.name());
      if (def == null) {
        return false;
      }
      if (def.drop().isPresent()) {
        return true;
      }
      for (StructDef.FieldDef f : def.fields()) {
        if (needsDrop(f.type(), structs)) {
          return true;
        }
      }
    }
    return false;
  }

  static int sizeOf(Type t, Function<String, StructDef> structs) {
    if (t instanceof Type.Int i) {
      return i.kind().size();
    }
    if (t instanceof Type.Var v) {
      return v.integer() ? 4 : 0;
    }
    if (t instanceof Type.Float) {
      return 8;
    }
    if (t instanceof Type.Bool) {
      return 1;
    }
    if (t instanceof Type.Char) {
      return 4;
    }
    if (t instanceof Type.Unit || t instanceof Type.Never || t instanceof Type.Str) {
      return 0;
    }
    if (t instanceof Type.Ref r) {
      return r.inner() instanceof Type.Str ? 16 : 8;
    }
    if (t instanceof Type.BoxType) {
      return 8;
    }
    if (t instanceof Type.StringType || t instanceof Type.VecType || t instanceof Type.JoinHandle) {
      return 24;
    }
    if (t instanceof Type.Iter) {
      return 16;
    }
    if (t instanceof Type.RangeType r) {
      int s = sizeOf(r.element(), structs);
      return r.inclusive() ? roundUp(2 * s + 1, alignOf(r.element(), structs)) : 2 * s;
    }
    if (t instanceof Type.OptionType o) {
      int s = sizeOf(o.inner(), structs);
      int a = alignOf(o.inner(), structs);
      return hasNiche(o.inner(), structs) ? s : roundUp(s + a, a);
    }
    if (t instanceof Type.JoinResult r) {
      // Result<T, Box<dyn Any + Send>>: the box's non-null pointer is the niche.
      int s = sizeOf(r.value(), structs);
      return Math.max(16, roundUp(s + 8, 8));
    }
    if (t instanceof Type.Struct s) {
      StructDef def = structs.apply(s.name());
      if (def == null) {
        return 0;
      }
      int sum = 0;
      for (StructDef.FieldDef f : def.fields()) {
        sum += f.size();
      }
      return roundUp(sum, alignOf(t, structs));
    }
    return 0;
  }

  static int alignOf(Type t, Function<String, StructDef> structs) {
    if (t instanceof Type.Int i) {
      return i.kind().size();
    }
    if (t instanceof Type.Var v) {
      return v.integer() ? 4 : 1;
    }
    if (t instanceof Type.Bool || t instanceof Type.Unit || t instanceof Type.Never) {
      return 1;
    }
    if (t instanceof Type.Char) {
      return 4;
    }
    if (t instanceof Type.OptionType o) {
      return alignOf(o.inner(), structs);
    }
    if (t instanceof Type.RangeType r) {
      return alignOf(r.element(), structs);
    }
    if (t instanceof Type.Struct s) {
      StructDef def = structs.apply(s.name());
      int align = 1;
      if (def != null) {
        for (StructDef.FieldDef f : def.fields()) {
          align = Math.max(align, alignOf(f.type(), structs));
        }
      }
      return align;
    }
    return 8;
  }

  private static boolean hasNiche(Type t, Function<String, StructDef> structs) {
    if (t instanceof Type.Bool
        || t instanceof Type.Char
        || t instanceof Type.Ref
        || t instanceof Type.BoxType
        || t instanceof Type.StringType
        || t instanceof Type.VecType
        || t instanceof Type.JoinHandle
        || t instanceof Type.Iter) {
      return true;
    }
    if (t instanceof Type.Struct s) {
      StructDef def = structs.apply(s.name());
      if (def != null) {
        for (StructDef.FieldDef f : def.fields()) {
          if (hasNiche(f.type(), structs)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static int roundUp(int size, int align) {
    return (size + align - 1) / align * align;
  }
}
