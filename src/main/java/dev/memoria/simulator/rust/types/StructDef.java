package dev.memoria.simulator.rust.types;

import dev.memoria.simulator.rust.syntax.Item;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A user struct with its fields in declaration order (the order the diagram draws them).
 *
 * @param copy derives {@code Copy} (and so {@code Clone})
 * @param cloneable derives {@code Clone}
 * @param debug derives {@code Debug}
 * @param drop its {@code impl Drop}, if any
 * @param methods the functions of its inherent impl blocks, in source order
 */
public record StructDef(
    Item.Struct decl,
    String name,
    List<FieldDef> fields,
    boolean copy,
    boolean cloneable,
    boolean debug,
    Optional<FnDef> drop,
    List<FnDef> methods) {
  public StructDef {
    Objects.requireNonNull(decl);
    Objects.requireNonNull(name);
    fields = List.copyOf(fields);
    Objects.requireNonNull(drop);
    methods = List.copyOf(methods);
  }

  /** The field named {@code name}. */
  public Optional<FieldDef> field(String fieldName) {
    return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
  }

  /** The inherent function named {@code fnName}. */
  public Optional<FnDef> method(String fnName) {
    return methods.stream().filter(f -> f.decl().name().equals(fnName)).findFirst();
  }

  /**
   * One field.
   *
   * @param index position in declaration order
   * @param size bytes on x86-64
   */
  public record FieldDef(String name, Type type, int index, int size) {
    public FieldDef {
      Objects.requireNonNull(name);
      Objects.requireNonNull(type);
    }
  }
}
