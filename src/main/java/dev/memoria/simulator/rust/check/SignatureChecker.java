package dev.memoria.simulator.rust.check;

import dev.memoria.simulator.rust.syntax.Crate;
import dev.memoria.simulator.rust.syntax.Item;
import dev.memoria.simulator.rust.syntax.TypeExpr;
import dev.memoria.simulator.trace.CompileError;
import dev.memoria.simulator.trace.Span;
import dev.memoria.simulator.trace.SpanLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds references written without a lifetime where the elision rules cannot supply one (E0106): in
 * struct fields, and in a return type when the parameters do not give exactly one lifetime and
 * there is no {@code &self}.
 */
final class SignatureChecker {

  private SignatureChecker() {}

  static List<CompileError> check(Crate crate) {
    List<CompileError> errors = new ArrayList<>();
    Map<String, Integer> structLifetimes = structLifetimes(crate);
    for (Item item : crate.items()) {
      if (item instanceof Item.Fn fn) {
        checkFn(fn, structLifetimes, List.of(), errors);
      } else if (item instanceof Item.Struct struct) {
        for (Item.Field field : struct.fields()) {
          elided(field.type(), structLifetimes)
              .ifPresent(
                  at ->
                      errors.add(
                          new CompileError(
                              "E0106",
                              "missing lifetime specifier",
                              at,
                              "expected named lifetime parameter",
                              List.of())));
        }
      } else if (item instanceof Item.Impl impl) {
        for (Item.Fn fn : impl.fns()) {
          checkFn(fn, structLifetimes, selfLifetimes(impl), errors);
        }
      }
    }
    return errors;
  }

  private static Map<String, Integer> structLifetimes(Crate crate) {
    Map<String, Integer> counts = new HashMap<>();
    for (Item item : crate.items()) {
      if (item instanceof Item.Struct struct) {
        counts.put(struct.name(), struct.lifetimes().size());
      }
    }
    return counts;
  }

  private static List<String> selfLifetimes(Item.Impl impl) {
    return impl.selfType() instanceof TypeExpr.Path path ? path.lifetimes() : List.of();
  }

  /** The functions whose signature has an E0106 error. */
  static Set<Item.Fn> failing(Crate crate) {
    Set<Item.Fn> failing = new HashSet<>();
    Map<String, Integer> structLifetimes = structLifetimes(crate);
    for (Item item : crate.items()) {
      List<Item.Fn> fns =
          item instanceof Item.Fn fn
              ? List.of(fn)
              : item instanceof Item.Impl impl ? impl.fns() : List.of();
      List<String> selfLifetimes = item instanceof Item.Impl impl ? selfLifetimes(impl) : List.of();
      for (Item.Fn fn : fns) {
        List<CompileError> errors = new ArrayList<>();
        checkFn(fn, structLifetimes, selfLifetimes, errors);
        if (!errors.isEmpty()) {
          failing.add(fn);
        }
      }
    }
    return failing;
  }

  private static void checkFn(
      Item.Fn fn,
      Map<String, Integer> structLifetimes,
      List<String> selfLifetimes,
      List<CompileError> errors) {
    if (fn.returnType().isEmpty()) {
      return;
    }
    Optional<Span> missing = elided(fn.returnType().get(), structLifetimes);
    if (missing.isEmpty()) {
      return;
    }
    if (fn.self().isPresent()
        && (fn.self().get().kind() == Item.SelfKind.REF
            || fn.self().get().kind() == Item.SelfKind.REF_MUT)) {
      return;
    }
    int lifetimes = 0;
    List<SpanLabel> labels = new ArrayList<>();
    for (Item.Param param : fn.params()) {
      List<String> found = new ArrayList<>();
      TypeTable.lifetimes(param.type(), structLifetimes, selfLifetimes, found);
      lifetimes += found.size();
      if (!found.isEmpty()) {
        labels.add(new SpanLabel(param.type().span(), ""));
      }
    }
    if (lifetimes == 1) {
      return;
    }
    errors.add(
        new CompileError(
            "E0106",
            "missing lifetime specifier",
            missing.get(),
            "expected named lifetime parameter",
            lifetimes == 0 ? List.of() : labels));
  }

  /**
   * The first place in a type where a lifetime is elided: the {@code &} of a reference without one,
   * or a struct that takes lifetimes written without them (or with {@code '_}).
   */
  private static Optional<Span> elided(TypeExpr type, Map<String, Integer> structLifetimes) {
    if (type instanceof TypeExpr.Ref ref) {
      if (ref.lifetime().isEmpty() || ref.lifetime().get().equals("'_")) {
        Span span = ref.span();
        return Optional.of(new Span(span.line(), span.column(), span.line(), span.column() + 1));
      }
      return elided(ref.inner(), structLifetimes);
    }
    if (type instanceof TypeExpr.Path path) {
      if (path.segments().size() == 1
          && structLifetimes.getOrDefault(path.name(), 0) > 0
          && (path.lifetimes().isEmpty() || path.lifetimes().contains("'_"))) {
        return Optional.of(path.span());
      }
      for (TypeExpr arg : path.args()) {
        Optional<Span> found = elided(arg, structLifetimes);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }
}
