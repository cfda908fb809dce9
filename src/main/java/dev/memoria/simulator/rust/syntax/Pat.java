package dev.memoria.simulator.rust.syntax;

import dev.memoria.simulator.trace.Span;
import java.util.Objects;

/** A pattern: the subset has only bindings ({@code x}, {@code mut x}) and {@code _}. */
public sealed interface Pat extends Node {

  /** {@code x} or {@code mut x}: introduces a binding. */
  record Ident(int id, Span span, String name, boolean mutable) implements Pat {
    public Ident {
      Objects.requireNonNull(span);
      Objects.requireNonNull(name);
    }
  }

  /** {@code _}: binds nothing (a value let-bound to it is dropped at once). */
  record Wild(int id, Span span) implements Pat {
    public Wild {
      Objects.requireNonNull(span);
    }
  }
}
