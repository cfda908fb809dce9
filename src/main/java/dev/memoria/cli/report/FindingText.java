package dev.memoria.cli.report;

import dev.memoria.checks.Finding;
import dev.memoria.checks.FindingCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words every format uses for a finding, so they all say the same. */
final class FindingText {

  private FindingText() {}

  /** The group a finding is counted in, as written in reports: {@code links}, {@code other}. */
  static String group(Finding finding) {
    return label(FindingCode.groupOf(finding.code()));
  }

  static String label(FindingCode.Group group) {
    return group.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The lines shown under a finding's message: the link or line as written ({@code -->
   * [[Ownrship]]}) and the suggestions ({@code did you mean: Ownership, Owner}), when present.
   */
  static List<String> details(Finding finding) {
    List<String> lines = new ArrayList<>(2);
    if (!finding.subject().isEmpty()) {
      lines.add("--> " + finding.subject());
    }
    if (!finding.suggestions().isEmpty()) {
      lines.add("did you mean: " + String.join(", ", finding.suggestions()));
    }
    return lines;
  }

  /** The message followed by its detail lines, separated by line breaks. */
  static String fullMessage(Finding finding) {
    List<String> lines = new ArrayList<>();
    lines.add(finding.diagnostic().message());
    lines.addAll(details(finding));
    return String.join("\n", lines);
  }
}
