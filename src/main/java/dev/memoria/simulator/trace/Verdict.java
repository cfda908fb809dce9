package dev.memoria.simulator.trace;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the real compiler and AddressSanitizer would say about a program.
 *
 * @param outcome how it ended
 * @param errors compile errors, in source order (empty unless {@code COMPILE_ERROR})
 * @param fault the runtime fault that stopped it, if any
 * @param leaks blocks leaked at exit (C; Rust only through leaking APIs)
 * @param stdout everything printed, also when it stopped early
 * @param exit the process exit status: 101 after a panic, 1 after an ASan report or a leak; empty
 *     when it did not run
 * @param problem for {@code UNSUPPORTED} and {@code LIMIT_EXCEEDED}, what and where
 */
public record Verdict(
    Outcome outcome,
    List<CompileError> errors,
    Optional<Fault> fault,
    Leaks leaks,
    String stdout,
    OptionalInt exit,
    Optional<Problem> problem) {
  public Verdict {
    Objects.requireNonNull(outcome);
    errors = List.copyOf(errors);
    Objects.requireNonNull(fault);
    Objects.requireNonNull(leaks);
    Objects.requireNonNull(stdout);
    Objects.requireNonNull(exit);
    Objects.requireNonNull(problem);
  }

  /** A program that uses something outside the subset. */
  public static Verdict unsupported(Span at, String message) {
    return new Verdict(
        Outcome.UNSUPPORTED,
        List.of(),
        Optional.empty(),
        Leaks.NONE,
        "",
        OptionalInt.empty(),
        Optional.of(new Problem(at, message)));
  }

  /** A program rustc rejects. */
  public static Verdict compileErrors(List<CompileError> errors) {
    return new Verdict(
        Outcome.COMPILE_ERROR,
        errors,
        Optional.empty(),
        Leaks.NONE,
        "",
        OptionalInt.empty(),
        Optional.empty());
  }
}
