package dev.memoria.simulator.rust.types;

import dev.memoria.simulator.rust.syntax.Expr;
import dev.memoria.simulator.trace.Span;
import java.util.List;
import java.util.Objects;

/**
 * A closure (the argument of {@code thread::spawn}) and what it captures, as Rust 2021 does:
 * precise places through struct fields ({@code p.x}), stopping at dereferences and at structs that
 * implement {@code Drop}.
 *
 * @param captures in order of first use
 * @param result the type the body returns (what {@code join().unwrap()} gives)
 */
public record ClosureInfo(Expr.Closure node, List<Capture> captures, Type result) {
  public ClosureInfo {
    Objects.requireNonNull(node);
    captures = List.copyOf(captures);
    Objects.requireNonNull(result);
  }

  /**
   * One captured place.
   *
   * @param fields the field path below the binding (empty: the whole variable)
   * @param type the captured place's type
   * @param firstUse where the body first uses it
   */
  public record Capture(Binding binding, List<String> fields, Type type, Mode mode, Span firstUse) {
    public Capture {
      Objects.requireNonNull(binding);
      fields = List.copyOf(fields);
      Objects.requireNonNull(type);
      Objects.requireNonNull(mode);
      Objects.requireNonNull(firstUse);
    }
  }

  /** How a place is captured. */
  public enum Mode {
    /** Moved (or copied) into the closure: always so for {@code move} closures. */
    BY_VALUE,
    BY_REF,
    BY_MUT_REF
  }
}
