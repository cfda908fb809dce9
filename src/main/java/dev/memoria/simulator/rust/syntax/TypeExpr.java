package dev.memoria.simulator.rust.syntax;

import dev.memoria.simulator.trace.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A type as written in the source; {@code rust.types} turns it into a semantic type. */
public sealed interface TypeExpr extends Node {

  /**
   * A named type such as {@code i32}, {@code String}, {@code Vec<i32>}, {@code Self}, a struct.
   *
   * @param segments the path, such as {@code [std, string, String]}; usually one name
   * @param lifetimes lifetime arguments of the last segment with their quote, such as {@code ['a]}
   *     in {@code Excerpt<'a>}; empty when elided
   * @param args generic type arguments of the last segment
   */
  record Path(int id, Span span, List<String> segments, List<String> lifetimes, List<TypeExpr> args)
      implements TypeExpr {
    public Path {
      Objects.requireNonNull(span);
      segments = List.copyOf(segments);
      lifetimes = List.copyOf(lifetimes);
      args = List.copyOf(args);
    }

    /** The last segment, such as {@code String}. */
    public String name() {
      return segments.get(segments.size() - 1);
    }
  }

  /**
   * {@code &T}, {@code &'a mut T}.
   *
   * @param lifetime the lifetime name with its quote ({@code 'a}, {@code 'static}), if written
   */
  record Ref(int id, Span span, Optional<String> lifetime, boolean mutable, TypeExpr inner)
      implements TypeExpr {
    public Ref {
      Objects.requireNonNull(span);
      Objects.requireNonNull(lifetime);
      Objects.requireNonNull(inner);
    }
  }

  /** {@code ()}. */
  record Unit(int id, Span span) implements TypeExpr {
    public Unit {
      Objects.requireNonNull(span);
    }
  }

  /** Stands for a type that had a problem (already reported). */
  record Error(int id, Span span) implements TypeExpr {
    public Error {
      Objects.requireNonNull(span);
    }
  }
}
