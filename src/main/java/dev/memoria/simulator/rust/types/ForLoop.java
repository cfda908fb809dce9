package dev.memoria.simulator.rust.types;

import java.util.Objects;
import java.util.Optional;

/**
 * How a {@code for} loop iterates (its desugaring to {@code IntoIterator}).
 *
 * @param element the type of the loop variable
 * @param binding the loop variable (empty for {@code _})
 */
public record ForLoop(Kind kind, Type element, Optional<Binding> binding) {
  public ForLoop {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(element);
    Objects.requireNonNull(binding);
  }

  /** What is iterated. */
  public enum Kind {
    /** {@code a..b}: integers. */
    RANGE,
    /** {@code a..=b}. */
    RANGE_INCLUSIVE,
    /** {@code v} (a {@code Vec} by value): moves the vector in, yields the elements. */
    VEC_INTO_ITER,
    /** {@code &v}: yields {@code &T}. */
    VEC_REF,
    /** {@code &mut v}: yields {@code &mut T}. */
    VEC_REF_MUT,
    /** {@code v.iter()}: an iterator value borrowing the vector, yields {@code &T}. */
    ITER
  }
}
