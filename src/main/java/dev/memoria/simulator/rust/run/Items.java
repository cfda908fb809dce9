package dev.memoria.simulator.rust.run;

import dev.memoria.simulator.rust.syntax.Crate;
import dev.memoria.simulator.rust.syntax.Item;
import dev.memoria.simulator.rust.syntax.TypeExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The items of a parsed crate, indexed for the interpreter: functions, methods, struct layouts. */
final class Items {

  final Map<String, Item.Fn> functions = new HashMap<>();

  /** Inherent methods and associated functions, by type then name. */
  final Map<String, Map<String, Item.Fn>> methods = new HashMap<>();

  /** Each type's {@code Drop::drop}. */
  final Map<String, Item.Fn> drops = new HashMap<>();

  final Map<String, Item.Struct> structs = new HashMap<>();
  private final Map<String, StructShape> shapes = new HashMap<>();

  Items(Crate crate) {
    for (Item item : crate.items()) {
      if (item instanceof Item.Fn fn) {
        functions.put(fn.name(), fn);
      } else if (item instanceof Item.Struct s) {
        structs.put(s.name(), s);
      } else if (item instanceof Item.Impl impl && impl.selfType() instanceof TypeExpr.Path p) {
        for (Item.Fn fn : impl.fns()) {
          if (impl.trait().isPresent()) {
            drops.put(p.name(), fn);
          } else {
            methods.computeIfAbsent(p.name(), k -> new HashMap<>()).put(fn.name(), fn);
          }
        }
      }
    }
  }

  Optional<Item.Fn> method(String type, String name) {
    Map<String, Item.Fn> of = methods.get(type);
    return of == null ? Optional.empty() : Optional.ofNullable(of.get(name));
  }

  /** The layout of a struct, computed once. */
  StructShape shape(String name) {
    StructShape shape = shapes.get(name);
    if (shape != null) {
      return shape;
    }
    Item.Struct s = structs.get(name);
    List<String> names = new ArrayList<>();
    List<String> types = new ArrayList<>();
    long[] sizes = new long[s.fields().size()];
    long[] aligns = new long[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      Item.Field field = s.fields().get(i);
      names.add(field.name());
      types.add(typeText(field.type(), name));
      sizes[i] = sizeOf(field.type(), name);
      aligns[i] = alignOf(field.type(), name);
    }
    shape =
        StructShape.layout(
            name,
            false,
            names,
            types,
            sizes,
            aligns,
            s.derives().contains("Copy"),
            drops.containsKey(name));
    shapes.put(name, shape);
    return shape;
  }

  /** A written type as Rust prints it, lifetimes left out, {@code Self} resolved. */
  static String typeText(TypeExpr type, String selfType) {
    if (type instanceof TypeExpr.Ref r) {
      return (r.mutable() ? "&mut " : "&") + typeText(r.inner(), selfType);
    }
    if (type instanceof TypeExpr.Path p) {
      String name = p.name().equals("Self") && selfType != null ? selfType : p.name();
      if (p.args().isEmpty()) {
        return name;
      }
      StringBuilder out = new StringBuilder(name).append('<');
      for (int i = 0; i < p.args().size(); i++) {
        out.append(i > 0 ? ", " : "").append(typeText(p.args().get(i), selfType));
      }
      return out.append('>').toString();
    }
    return "()";
  }

  long sizeOf(TypeExpr type, String selfType) {
    if (type instanceof TypeExpr.Path p) {
      String name = p.name().equals("Self") && selfType != null ? selfType : p.name();
      if (structs.containsKey(name)) {
        return shape(name).size();
      }
      if (name.equals("Option") && p.args().size() == 1) {
        TypeExpr inner = p.args().get(0);
        String innerText = typeText(inner, selfType);
        if (inner instanceof TypeExpr.Path ip && structs.containsKey(ip.name())) {
          long size = sizeOf(inner, selfType);
          long align = alignOf(inner, selfType);
          return size + align;
        }
        return Types.optionSize(innerText);
      }
    }
    return Types.sizeOfName(typeText(type, selfType));
  }

  long alignOf(TypeExpr type, String selfType) {
    if (type instanceof TypeExpr.Path p) {
      String name = p.name().equals("Self") && selfType != null ? selfType : p.name();
      if (structs.containsKey(name)) {
        return shape(name).align();
      }
      if (name.equals("Option") && p.args().size() == 1) {
        return alignOf(p.args().get(0), selfType);
      }
    }
    long size = Types.sizeOfName(typeText(type, selfType));
    return size >= 8 ? 8 : Math.max(1, size);
  }
}
