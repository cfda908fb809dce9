package dev.memoria.simulator.rust.run;

import dev.memoria.simulator.rust.syntax.AstWalker;
import dev.memoria.simulator.rust.syntax.Expr;
import dev.memoria.simulator.rust.syntax.Pat;
import dev.memoria.simulator.rust.syntax.Stmt;
import java.util.Set;

/** Which variable names a piece of code mentions. */
final class Mentions {

  private Mentions() {}

  /** True when {@code stmt} names the variable {@code name} anywhere inside it. */
  static boolean of(Stmt stmt, String name) {
    if (stmt instanceof Stmt.Let let) {
      return let.init().isPresent() && of(let.init().get(), name);
    }
    return of(((Stmt.Eval) stmt).expr(), name);
  }

  static boolean of(Expr expr, String name) {
    boolean[] found = {false};
    AstWalker.walk(
        expr,
        node -> {
          if (node instanceof Expr.Path p
              && p.segments().size() == 1
              && p.segments().get(0).name().equals(name)) {
            found[0] = true;
          }
        });
    return found[0];
  }

  /** Names used in {@code expr} (in order of first use), and names it declares. */
  static void collect(Expr expr, Set<String> used, Set<String> declared) {
    AstWalker.walk(
        expr,
        node -> {
          if (node instanceof Expr.Path p && p.segments().size() == 1) {
            used.add(p.segments().get(0).name());
          } else if (node instanceof Pat.Ident id) {
            declared.add(id.name());
          }
        });
  }
}
