package dev.memoria.checks;

import dev.memoria.config.CheckSettings;
import dev.memoria.core.Diagnostic;
import dev.memoria.core.Severity;
import dev.memoria.core.SourcePos;
import dev.memoria.markdown.ParsedNote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the findings of one part of a check, at the severity {@code memoria.yml} gives each
 * code. Not thread-safe: each note's checks fill their own.
 */
final class Findings {

  private final CheckSettings settings;
  private final List<Finding> found = new ArrayList<>();

  Findings(CheckSettings settings) {
    this.settings = settings;
  }

  /** Whether findings with this code are reported at all; checks skip their work when not. */
  boolean enabled(FindingCode code) {
    return settings.severityOf(code.code(), code.defaultSeverity()).isPresent();
  }

  /** Adds a finding in {@code note} unless its code is turned off. */
  void add(
      FindingCode code,
      ParsedNote note,
      SourcePos pos,
      String subject,
      List<String> suggestions,
      String anchor,
      String message) {
    Optional<Severity> severity = settings.severityOf(code.code(), code.defaultSeverity());
    if (severity.isPresent()) {
      found.add(
          new Finding(
              new Diagnostic(severity.get(), code.code(), pos, message),
              Optional.of(note.id()),
              subject,
              suggestions,
              anchor));
    }
  }

  /** A finding about a whole note, placed at the top of its file and its page. */
  void addForNote(FindingCode code, ParsedNote note, String subject, String message) {
    add(code, note, SourcePos.ofFile(note.source().displayPath()), subject, List.of(), "", message);
  }

  List<Finding> list() {
    return found;
  }
}
