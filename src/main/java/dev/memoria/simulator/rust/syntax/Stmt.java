package dev.memoria.simulator.rust.syntax;

import dev.memoria.simulator.trace.Span;
import java.util.Objects;
import java.util.Optional;

/** A statement inside a block. */
public sealed interface Stmt extends Node {

  /** {@code let pat: type = init;}; type and initialiser are optional. */
  record Let(int id, Span span, Pat pat, Optional<TypeExpr> type, Optional<Expr> init)
      implements Stmt {
    public Let {
      Objects.requireNonNull(span);
      Objects.requireNonNull(pat);
      Objects.requireNonNull(type);
      Objects.requireNonNull(init);
    }
  }

  /**
   * An expression statement.
   *
   * @param semicolon whether it ends in {@code ;} (a block-like expression such as {@code if} or
   *     {@code while} may stand without one; its value must then be {@code ()})
   */
  record Eval(int id, Span span, Expr expr, boolean semicolon) implements Stmt {
    public Eval {
      Objects.requireNonNull(span);
      Objects.requireNonNull(expr);
    }
  }
}
