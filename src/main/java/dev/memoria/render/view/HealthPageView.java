package dev.memoria.render.view;

import java.util.List;

/**
 * The vault health page: every finding of {@code check}, grouped by file.
 *
 * @param summary the counts in the page's language ("5 broken links, 19 missing sections")
 */
public record HealthPageView(
    PageChrome page, String summary, boolean hasFiles, List<FileFindings> files) {

  public HealthPageView {
    files = List.copyOf(files);
  }

  /**
   * The findings of one file.
   *
   * @param id the section's HTML id on the health page
   * @param url the note's page, empty when the file is not a published note
   */
  public record FileFindings(
      String id,
      String title,
      String file,
      boolean hasUrl,
      String url,
      String countLabel,
      List<FindingView> findings) {
    public FileFindings {
      findings = List.copyOf(findings);
    }
  }

  /**
   * One finding.
   *
   * @param severity {@code error}, {@code warning} or {@code info}, for CSS
   * @param place "line 14", linked to the place in the page when it has one
   */
  public record FindingView(
      String severity,
      String severityLabel,
      String code,
      String message,
      boolean hasSubject,
      String subject,
      boolean hasUrl,
      String url,
      String place,
      boolean hasSuggestions,
      String suggestions) {}
}
