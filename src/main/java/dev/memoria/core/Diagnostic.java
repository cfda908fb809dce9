package dev.memoria.core;

import java.util.Comparator;

/**
 * A problem found in the user's notes or setup, printed as {@code notes/x.md:14:3: error:
 * [broken-link] no note named "Ownrship"}.
 *
 * @param code a stable kebab-case identifier such as {@code broken-link}
 * @param message one sentence that says what is wrong and, where possible, what to do
 */
public record Diagnostic(Severity severity, String code, SourcePos pos, String message) {

  /** Orders diagnostics by file, line, column, then code, so output is deterministic. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::pos)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  /** The one-line form used on terminals and in logs. */
  public String format() {
    return pos + ": " + severity.label() + ": [" + code + "] " + message;
  }

  @Override
  public String toString() {
    return format();
  }
}
