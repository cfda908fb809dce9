package dev.memoria.simulator.rust.types;

import java.util.Objects;

/**
 * An implicit reborrow rustc inserts at a coercion site (argument, annotated {@code let}, field
 * initialiser, return value, assigned value): the expression {@code e}, of reference type, becomes
 * {@code &*...*e} with {@code derefs} dereferences. {@code &String -> &str} is derefs 2, {@code
 * &Box<T> -> &T} derefs 2, {@code &mut T -> &T} derefs 1 shared, and passing a {@code &mut T} where
 * one is expected is the reborrow {@code &mut *e} (derefs 1, mutable), which does not move it.
 *
 * @param target the type after the coercion
 */
public record Coercion(int derefs, boolean mutable, Type target) {
  public Coercion {
    Objects.requireNonNull(target);
  }
}
