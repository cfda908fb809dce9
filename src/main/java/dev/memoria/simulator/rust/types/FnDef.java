package dev.memoria.simulator.rust.types;

import dev.memoria.simulator.rust.syntax.Item;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A user function, associated function or method, with its resolved signature.
 *
 * @param owner for functions in an impl block, the struct's name
 * @param receiver for methods, how {@code self} is taken
 * @param selfType for methods, the type of the {@code self} binding ({@code &Point}, ...)
 * @param params the other parameters' types, in order
 * @param isDrop whether this is {@code Drop::drop}
 */
public record FnDef(
    Item.Fn decl,
    Optional<String> owner,
    Optional<Item.SelfKind> receiver,
    Optional<Type> selfType,
    List<Type> params,
    Type returnType,
    boolean isDrop) {
  public FnDef {
    Objects.requireNonNull(decl);
    Objects.requireNonNull(owner);
    Objects.requireNonNull(receiver);
    Objects.requireNonNull(selfType);
    params = List.copyOf(params);
    Objects.requireNonNull(returnType);
  }

  /** The name as rustc prints it, such as {@code Point::new} or {@code main}. */
  public String qualifiedName() {
    return owner.map(o -> o + "::" + decl.name()).orElse(decl.name());
  }
}
