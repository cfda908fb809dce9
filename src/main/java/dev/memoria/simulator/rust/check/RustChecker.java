package dev.memoria.simulator.rust.check;

import dev.memoria.simulator.rust.syntax.Crate;
import dev.memoria.simulator.rust.syntax.Item;
import dev.memoria.simulator.rust.syntax.TypeExpr;
import dev.memoria.simulator.rust.types.TypedProgram;
import dev.memoria.simulator.trace.CompileError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Makes the compile-time checks rustc makes on a program of the Rust subset. */
public final class RustChecker {

  private RustChecker() {}

  /**
   * Checks a program the type checker accepted and returns the errors in the order rustc emits
   * them: missing lifetimes first, then each function's borrow-check errors, functions in source
   * order.
   */
  public static List<CompileError> check(TypedProgram typed) {
    Crate crate = typed.crate();
    CheckTypes checkTypes = new CheckTypes(typed);
    List<CompileError> errors = new ArrayList<>(SignatureChecker.check(crate));
    // rustc does not borrow-check a function whose signature lacks a lifetime.
    Set<Item.Fn> skipped = SignatureChecker.failing(crate);
    TypeTable types = new TypeTable(typed, checkTypes);
    for (Item item : crate.items()) {
      if (item instanceof Item.Fn fn) {
        if (skipped.contains(fn)) {
          continue;
        }
        errors.addAll(
            BorrowChecker.check(Lowering.lower(types, typed, checkTypes, fn, Optional.empty())));
      } else if (item instanceof Item.Impl impl) {
        Optional<String> self =
            impl.selfType() instanceof TypeExpr.Path path
                ? Optional.of(path.name())
                : Optional.empty();
        for (Item.Fn fn : impl.fns()) {
          if (skipped.contains(fn)) {
            continue;
          }
          errors.addAll(BorrowChecker.check(Lowering.lower(types, typed, checkTypes, fn, self)));
        }
      }
    }
    return List.copyOf(errors);
  }
}
