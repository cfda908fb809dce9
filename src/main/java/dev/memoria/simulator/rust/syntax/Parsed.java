package dev.memoria.simulator.rust.syntax;

import dev.memoria.simulator.trace.Problem;
import java.util.List;
import java.util.Objects;

/**
 * What the parser gives back.
 *
 * @param crate the tree; where there were problems it holds {@link Expr.Error} placeholders
 * @param problems syntax errors ("syntax error: ...") and constructs outside the subset ("`match`
 *     is not supported by the simulator"), in source order; empty when the program is in the subset
 */
public record Parsed(Crate crate, List<Problem> problems) {
  public Parsed {
    Objects.requireNonNull(crate);
    problems = List.copyOf(problems);
  }

  /** Whether the program parsed with no problem. */
  public boolean ok() {
    return problems.isEmpty();
  }
}
