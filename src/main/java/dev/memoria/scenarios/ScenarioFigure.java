package dev.memoria.scenarios;

import dev.memoria.simulator.svg.Diagram;
import java.util.List;
import java.util.Objects;

/**
 * What a page draws for one scenario block: its code as a reader sees it, what the compiler or
 * sanitizer said, and the step-by-step diagram.
 *
 * @param id the figure's HTML id ({@link dev.memoria.markdown.PageAnchors#scenario}); every id in
 *     the figure starts with it
 * @param lang {@code rust} or {@code c}
 * @param code the program's lines without marker comments and hidden lines
 * @param notices the verdict's errors, fault, leaks or why it could not run, verbatim
 * @param diagram the shown steps, drawn
 */
public record ScenarioFigure(
    String id, String lang, List<CodeLine> code, List<Notice> notices, Diagram diagram) {

  public ScenarioFigure {
    Objects.requireNonNull(id);
    Objects.requireNonNull(lang);
    code = List.copyOf(code);
    notices = List.copyOf(notices);
    Objects.requireNonNull(diagram);
  }

  /**
   * One program line as shown.
   *
   * @param line its number in the program
   * @param text the line without its marker comment
   * @param steps the numbers of the shown steps taken at this line (their badges)
   * @param marks what the compiler or sanitizer points at on this line, in column order
   */
  public record CodeLine(int line, String text, List<Integer> steps, List<Mark> marks) {
    public CodeLine {
      Objects.requireNonNull(text);
      steps = List.copyOf(steps);
      marks = List.copyOf(marks);
    }
  }

  /**
   * A span under a line, drawn as rustc draws it: carets and a label.
   *
   * @param column where it starts (1-based)
   * @param width how many characters it covers (at least 1)
   * @param label what it says, verbatim; may be empty
   * @param primary whether it is the error's own span (else a related one)
   */
  public record Mark(int column, int width, String label, boolean primary) {
    public Mark {
      Objects.requireNonNull(label);
    }
  }

  /** What a notice reports. */
  public enum NoticeKind {
    COMPILE_ERROR,
    FAULT,
    PANIC,
    LEAK,
    CANNOT_RUN
  }

  /**
   * A message of the compiler or sanitizer about the block, in their own (English) words.
   *
   * @param kind what it reports
   * @param headline {@code error[E0382]: borrow of moved value: `s`}, {@code ERROR:
   *     AddressSanitizer: double-free: …}
   * @param line the program line it is about
   */
  public record Notice(NoticeKind kind, String headline, int line) {
    public Notice {
      Objects.requireNonNull(kind);
      Objects.requireNonNull(headline);
    }
  }
}
