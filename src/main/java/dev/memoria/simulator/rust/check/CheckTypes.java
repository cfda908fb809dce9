package dev.memoria.simulator.rust.check;

import dev.memoria.simulator.rust.types.StructDef;
import dev.memoria.simulator.rust.types.Type;
import dev.memoria.simulator.rust.types.TypedProgram;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks' view of the type checker's types: what {@link CheckType} says about a {@link Type},
 * with the type printed as rustc prints it in messages.
 */
final class CheckTypes {

  private final TypedProgram typed;
  private final Map<Type, CheckType> cache = new HashMap<>();

  CheckTypes(TypedProgram typed) {
    this.typed = typed;
  }

  /** The check type of a finished type. */
  CheckType of(Type type) {
    CheckType known = cache.get(type);
    if (known != null) {
      return known;
    }
    CheckType made = make(type);
    cache.put(type, made);
    return made;
  }

  private CheckType make(Type type) {
    if (type instanceof Type.Int
        || type instanceof Type.Float
        || type instanceof Type.Bool
        || type instanceof Type.Char
        || type instanceof Type.Unit
        || type instanceof Type.Never) {
      return CheckType.scalar(type.display());
    }
    if (type instanceof Type.Ref ref) {
      return CheckType.ref(of(ref.inner()), ref.mutable());
    }
    if (type instanceof Type.VecType vec) {
      return container(type.display(), CheckType.Kind.VEC, false, of(vec.element()));
    }
    if (type instanceof Type.BoxType box) {
      return container(type.display(), CheckType.Kind.BOX, false, of(box.inner()));
    }
    if (type instanceof Type.OptionType option) {
      CheckType inner = of(option.inner());
      return container(type.display(), CheckType.Kind.OTHER, inner.copy(), inner);
    }
    if (type instanceof Type.JoinHandle handle) {
      return container(type.display(), CheckType.Kind.OTHER, false, of(handle.result()));
    }
    if (type instanceof Type.JoinResult result) {
      return container(type.display(), CheckType.Kind.OTHER, false, of(result.value()));
    }
    if (type instanceof Type.RangeType range) {
      return container(type.display(), CheckType.Kind.OTHER, false, of(range.element()));
    }
    if (type instanceof Type.Iter iter) {
      return new CheckType(
          type.display(),
          CheckType.Kind.OTHER,
          false,
          true,
          Optional.of(CheckType.ref(of(iter.element()), false)),
          List.of());
    }
    if (type instanceof Type.Closure) {
      return new CheckType(
          "{closure}", CheckType.Kind.CLOSURE, false, true, Optional.empty(), List.of());
    }
    if (type instanceof Type.Struct struct) {
      return struct(struct);
    }
    // `str`, `String` and anything unresolved: owned, not Copy, no references.
    return CheckType.owned(type.display());
  }

  private static CheckType container(
      String display, CheckType.Kind kind, boolean copy, CheckType inner) {
    return new CheckType(display, kind, copy, inner.hasRefs(), Optional.of(inner), List.of());
  }

  private CheckType struct(Type.Struct type) {
    Optional<StructDef> def = typed.struct(type.name());
    if (def.isEmpty()) {
      return new CheckType(
          type.name(), CheckType.Kind.STRUCT, false, false, Optional.empty(), List.of());
    }
    List<String> lifetimes = def.get().decl().lifetimes();
    // rustc prints a struct that takes lifetimes with them elided: `Excerpt<'_>`.
    String display =
        lifetimes.isEmpty()
            ? type.name()
            : type.name()
                + "<"
                + String.join(", ", lifetimes.stream().map(l -> "'_").toList())
                + ">";
    // Guard against a recursive struct (through Box or Vec) while its fields convert.
    cache.put(
        type,
        new CheckType(display, CheckType.Kind.STRUCT, false, false, Optional.empty(), List.of()));
    List<CheckType.Field> fields = new ArrayList<>();
    boolean hasRefs = false;
    for (StructDef.FieldDef field : def.get().fields()) {
      CheckType fieldType = of(field.type());
      fields.add(new CheckType.Field(field.name(), fieldType));
      hasRefs |= fieldType.hasRefs();
    }
    return new CheckType(
        display, CheckType.Kind.STRUCT, def.get().copy(), hasRefs, Optional.empty(), fields);
  }
}
