package dev.memoria.checks;

import dev.memoria.core.Diagnostic;
import dev.memoria.core.NoteId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One problem found in the vault: a diagnostic plus what reports need to show and fix it.
 *
 * @param note the published note the finding is in, when it is in one (the health page links to it)
 * @param subject the link or line as written ({@code [[Ownrship]]}, {@code //TODO}); empty when the
 *     finding is about a whole note
 * @param suggestions "did you mean" targets, best first, written as links would be written ({@code
 *     Ownership}, {@code Box#Uso})
 * @param anchor the HTML id of the place in the note's page; empty for the top of the page
 */
public record Finding(
    Diagnostic diagnostic,
    Optional<NoteId> note,
    String subject,
    List<String> suggestions,
    String anchor) {

  /** Orders findings like diagnostics: by file, line, column, then code. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::diagnostic, Diagnostic.ORDER);

  public Finding {
    suggestions = List.copyOf(suggestions);
  }

  /** A diagnostic from another stage (a frontmatter error, say) as a finding. */
  public static Finding of(Diagnostic diagnostic) {
    return new Finding(diagnostic, Optional.empty(), "", List.of(), "");
  }

  public String code() {
    return diagnostic.code();
  }
}
