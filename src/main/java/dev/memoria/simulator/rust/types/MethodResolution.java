package dev.memoria.simulator.rust.types;

import dev.memoria.simulator.rust.syntax.Item;
import java.util.Objects;
import java.util.Optional;

/**
 * The method a method call calls, and how the receiver expression is adjusted first, as rustc does:
 * {@code derefs} dereferences (through {@code &}, {@code &mut}, {@code Box} and {@code String ->
 * str}), then an optional auto-borrow. {@code v.push(1)} on a {@code Vec} is derefs 0, autoref MUT;
 * on a {@code &mut Vec} it is derefs 1, autoref MUT ({@code (&mut *v).push(1)}).
 *
 * @param user the user method, if it is one
 * @param builtin the standard-library method, if it is one
 * @param selfType the type the method is defined on ({@code Vec<i32>}, {@code str}, a struct)
 * @param receiver how the method takes {@code self}
 */
public record MethodResolution(
    Optional<FnDef> user,
    Optional<BuiltinMethod> builtin,
    Type selfType,
    Item.SelfKind receiver,
    int derefs,
    Autoref autoref) {
  public MethodResolution {
    Objects.requireNonNull(user);
    Objects.requireNonNull(builtin);
    Objects.requireNonNull(selfType);
    Objects.requireNonNull(receiver);
    Objects.requireNonNull(autoref);
  }

  /** The borrow rustc inserts on the receiver after the derefs. */
  public enum Autoref {
    NONE,
    SHARED,
    MUT
  }
}
