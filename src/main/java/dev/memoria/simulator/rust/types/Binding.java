package dev.memoria.simulator.rust.types;

import dev.memoria.simulator.trace.Span;
import java.util.Objects;

/**
 * A local variable: a {@code let} binding, a parameter, {@code self} or a {@code for} variable.
 * Each shadowing {@code let} is a new binding.
 *
 * @param id the id of the node that declares it (a {@code Pat.Ident} or an {@code Item.SelfParam})
 * @param type its type, inferred when not written
 * @param span the declaring pattern
 */
public record Binding(
    int id, String name, boolean mutable, Type type, Span span, BindingKind kind) {
  public Binding {
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
    Objects.requireNonNull(span);
    Objects.requireNonNull(kind);
  }

  /** Where a binding comes from. */
  public enum BindingKind {
    LET,
    PARAM,
    SELF,
    FOR
  }
}
