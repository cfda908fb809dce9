package dev.memoria.simulator.rust.run;

import dev.memoria.simulator.rust.syntax.AstWalker;
import dev.memoria.simulator.rust.syntax.Expr;
import dev.memoria.simulator.rust.syntax.Pat;
import dev.memoria.simulator.rust.syntax.Stmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * The places a closure body uses, as Rust 2021 captures them: {@code n.name} when a variable is
   * only used through that field, else the variable; in order of first use. Names declared inside
   * the body are left out.
   */
  static List<String> capturedPaths(Expr body) {
    Set<Integer> covered = new HashSet<>();
    Map<String, List<String>> byRoot = new LinkedHashMap<>();
    Set<String> bare = new HashSet<>();
    Set<String> declared = new HashSet<>();
    AstWalker.walk(
        body,
        node -> {
          if (covered.contains(node.id())) {
            return;
          }
          if (node instanceof Expr.Field f) {
            String path = dotted(f);
            if (path != null) {
              Expr inner = f.base();
              while (inner instanceof Expr.Field g) {
                covered.add(g.id());
                inner = g.base();
              }
              covered.add(inner.id());
              String root = path.substring(0, path.indexOf('.'));
              List<String> paths = byRoot.computeIfAbsent(root, k -> new ArrayList<>());
              if (!paths.contains(path)) {
                paths.add(path);
              }
            }
          } else if (node instanceof Expr.Path p && p.segments().size() == 1) {
            String name = p.segments().get(0).name();
            byRoot.computeIfAbsent(name, k -> new ArrayList<>());
            bare.add(name);
          } else if (node instanceof Pat.Ident id) {
            declared.add(id.name());
          }
        });
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : byRoot.entrySet()) {
      if (declared.contains(e.getKey())) {
        continue;
      }
      if (bare.contains(e.getKey())) {
        out.add(e.getKey());
      } else {
        out.addAll(e.getValue());
      }
    }
    return out;
  }

  /** {@code a.b.c} for a field chain on a variable, else null. */
  static String dotted(Expr e) {
    if (e instanceof Expr.Path p && p.segments().size() == 1) {
      return p.segments().get(0).name();
    }
    if (e instanceof Expr.Field f) {
      String base = dotted(f.base());
      return base == null ? null : base + "." + f.name();
    }
    return null;
  }
}
