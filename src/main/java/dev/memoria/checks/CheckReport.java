package dev.memoria.checks;

import dev.memoria.core.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything {@code check} found, sorted, with how many notes were checked.
 *
 * @param findings the findings of the checks and of earlier stages, in {@link Finding#ORDER}
 * @param notesChecked how many notes were read
 */
public record CheckReport(List<Finding> findings, int notesChecked) {

  public CheckReport {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.ORDER);
    findings = List.copyOf(sorted);
  }

  public long count(FindingCode.Group group) {
    return findings.stream().filter(f -> FindingCode.groupOf(f.code()) == group).count();
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.diagnostic().severity() == severity).count();
  }

  /** Whether any finding is at least as serious as {@code threshold}. */
  public boolean hasAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.diagnostic().severity().atLeast(threshold));
  }

  /**
   * The closing line of every report: "5 broken links, 19 missing sections in 3 notes; 5 findings
   * for information". Counted notes are those with problems, or all notes checked when there are
   * none.
   */
  public String summary() {
    long links = count(FindingCode.Group.LINKS);
    long sections = count(FindingCode.Group.SECTIONS);
    long other = count(FindingCode.Group.OTHER);
    long info = count(FindingCode.Group.INFO);
    StringBuilder text =
        new StringBuilder(plural(links, "broken link", "broken links"))
            .append(", ")
            .append(plural(sections, "missing section", "missing sections"));
    if (other > 0) {
      text.append(", ").append(plural(other, "other problem", "other problems"));
    }
    long notesWithProblems =
        findings.stream()
            .filter(f -> FindingCode.groupOf(f.code()) != FindingCode.Group.INFO)
            .map(f -> f.diagnostic().pos().file())
            .distinct()
            .count();
    text.append(" in ")
        .append(
            links + sections + other == 0
                ? plural(notesChecked, "note", "notes")
                : plural(notesWithProblems, "note", "notes"));
    if (info > 0) {
      text.append("; ").append(plural(info, "finding for information", "findings for information"));
    }
    return text.toString();
  }

  private static String plural(long count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }
}
