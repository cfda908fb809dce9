package dev.memoria.simulator.rust.check;

import dev.memoria.simulator.rust.syntax.Crate;
import dev.memoria.simulator.rust.syntax.Item;
import dev.memoria.simulator.rust.syntax.TypeExpr;
import dev.memoria.simulator.trace.CompileError;
import dev.memoria.simulator.trace.Span;
import dev.memoria.simulator.trace.SpanLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    for (Item item : crate.items()) {
      if (item instanceof Item.Fn fn) {
        checkFn(fn, errors);
      } else if (item instanceof Item.Struct struct) {
        for (Item.Field field : struct.fields()) {
          elided(field.type())
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
          checkFn(fn, errors);
        }
      }
    }
    return errors;
  }

  /** The functions whose signature has an E0106 error. */
  static Set<Item.Fn> failing(Crate crate) {
    Set<Item.Fn> failing = new HashSet<>();
    for (Item item : crate.items()) {
      List<Item.Fn> fns =
          item instanceof Item.Fn fn
              ? List.of(fn)
              : item instanceof Item.Impl impl ? impl.fns() : List.of();
      for (Item.Fn fn : fns) {
        List<CompileError> errors = new ArrayList<>();
        checkFn(fn, errors);
        if (!errors.isEmpty()) {
          failing.add(fn);
        }
      }
    }
    return failing;
  }

  private static void checkFn(Item.Fn fn, List<CompileError> errors) {
    if (fn.returnType().isEmpty()) {
      return;
    }
    Optional<Span> missing = elided(fn.returnType().get());
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
      TypeTable.lifetimes(param.type(), found);
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

  /** The {@code &} of the first reference in a type written without a lifetime. */
  private static Optional<Span> elided(TypeExpr type) {
    if (type instanceof TypeExpr.Ref ref) {
      if (ref.lifetime().isEmpty()) {
        Span span = ref.span();
        return Optional.of(new Span(span.line(), span.column(), span.line(), span.column() + 1));
      }
      return elided(ref.inner());
    }
    if (type instanceof TypeExpr.Path path) {
      for (TypeExpr arg : path.args()) {
        Optional<Span> found = elided(arg);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }
}
