package dev.memoria.simulator.rust.check;

import java.util.List;
import java.util.Optional;

/**
 * What the checks need to know about a type: how rustc prints it, whether it is {@code Copy},
 * whether it holds references, and its parts.
 *
 * @param display the type as rustc prints it in messages, such as {@code Vec<i32>}
 * @param kind what sort of type it is
 * @param copy whether the type implements {@code Copy}
 * @param hasRefs whether a value of the type may hold a reference (so it carries a lifetime)
 * @param inner the pointee of a reference or box, the element of a vector or array
 * @param fields the named fields of a struct, in declaration order
 */
record CheckType(
    String display,
    Kind kind,
    boolean copy,
    boolean hasRefs,
    Optional<CheckType> inner,
    List<Field> fields) {

  /** The sorts of type the checks tell apart. */
  enum Kind {
    SCALAR,
    SHARED_REF,
    MUT_REF,
    BOX,
    VEC,
    ARRAY,
    STRUCT,
    CLOSURE,
    OTHER
  }

  /** A named field of a struct. */
  record Field(String name, CheckType type) {}

  CheckType {
    fields = List.copyOf(fields);
  }

  static CheckType scalar(String display) {
    return new CheckType(display, Kind.SCALAR, true, false, Optional.empty(), List.of());
  }

  static CheckType owned(String display) {
    return new CheckType(display, Kind.OTHER, false, false, Optional.empty(), List.of());
  }

  static CheckType ref(CheckType pointee, boolean mutable) {
    String display = (mutable ? "&mut " : "&") + pointee.display();
    return new CheckType(
        display,
        mutable ? Kind.MUT_REF : Kind.SHARED_REF,
        !mutable,
        true,
        Optional.of(pointee),
        List.of());
  }

  boolean isReference() {
    return kind == Kind.SHARED_REF || kind == Kind.MUT_REF;
  }

  /** The type of the named field, if this is a struct with that field. */
  Optional<CheckType> field(String name) {
    for (Field field : fields) {
      if (field.name().equals(name)) {
        return Optional.of(field.type());
      }
    }
    return Optional.empty();
  }
}
