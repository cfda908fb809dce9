package dev.memoria.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The one collector of diagnostics passed down the pipeline.
 *
 * <p>Stages run note work in parallel, so reporting is thread-safe; reading always returns the
 * diagnostics sorted, so output does not depend on thread timing.
 */
public final class Diagnostics {

  private final ConcurrentLinkedQueue<Diagnostic> reported = new ConcurrentLinkedQueue<>();

  public void report(Diagnostic diagnostic) {
    reported.add(diagnostic);
  }

  public void error(String code, SourcePos pos, String message) {
    report(new Diagnostic(Severity.ERROR, code, pos, message));
  }

  public void warning(String code, SourcePos pos, String message) {
    report(new Diagnostic(Severity.WARNING, code, pos, message));
  }

  public void info(String code, SourcePos pos, String message) {
    report(new Diagnostic(Severity.INFO, code, pos, message));
  }

  /** Every diagnostic reported so far, in {@link Diagnostic#ORDER}. */
  public List<Diagnostic> all() {
    List<Diagnostic> sorted = new ArrayList<>(reported);
    sorted.sort(Diagnostic.ORDER);
    return List.copyOf(sorted);
  }

  public long count(Severity severity) {
    return reported.stream().filter(d -> d.severity() == severity).count();
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }
}
