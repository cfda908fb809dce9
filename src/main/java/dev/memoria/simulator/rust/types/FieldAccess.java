package dev.memoria.simulator.rust.types;

import java.util.Objects;

/**
 * A field expression resolved: the struct, the field, and how many auto-dereferences ({@code &},
 * {@code Box}) of the base come first ({@code self.x} with {@code self: &Point} is 1).
 */
public record FieldAccess(StructDef owner, StructDef.FieldDef field, int derefs) {
  public FieldAccess {
    Objects.requireNonNull(owner);
    Objects.requireNonNull(field);
  }
}
