package dev.memoria.checks;

import dev.memoria.core.Severity;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every finding {@code check} makes: its stable code, the group it is counted in and its default
 * severity (which {@code memoria.yml} may change).
 */
public enum FindingCode {
  BROKEN_LINK("broken-link", Group.LINKS, Severity.ERROR, "no note or file has that name"),
  MISSING_HEADING("missing-heading", Group.LINKS, Severity.ERROR, "the note has no such heading"),
  MISSING_BLOCK("missing-block", Group.LINKS, Severity.ERROR, "the note has no such block id"),
  BROKEN_EMBED("broken-embed", Group.LINKS, Severity.ERROR, "an embed of a missing note or file"),
  UNPUBLISHED_LINK(
      "unpublished-link", Group.LINKS, Severity.ERROR, "a link to a draft or unpublished note"),
  AMBIGUOUS_LINK("ambiguous-link", Group.LINKS, Severity.ERROR, "more than one note has that name"),
  ALIAS_LINK(
      "alias-link",
      Group.LINKS,
      Severity.WARNING,
      "the name is only an alias; Obsidian does not resolve it"),
  EMPTY_SECTION("empty-section", Group.SECTIONS, Severity.WARNING, "a heading with no content"),
  TODO("todo", Group.SECTIONS, Severity.WARNING, "a to-do marker"),
  PLACEHOLDER("placeholder", Group.SECTIONS, Severity.WARNING, "a placeholder line"),
  EMPTY_NOTE("empty-note", Group.SECTIONS, Severity.WARNING, "a note with no body"),
  SCENARIO_FAILED(
      "scenario-failed",
      Group.SECTIONS,
      Severity.ERROR,
      "a scenario block fails, cannot be simulated, or misses its @expect"),
  ORPHAN("orphan", Group.INFO, Severity.INFO, "no other note links to it"),
  MISSING_TRANSLATION(
      "missing-translation", Group.INFO, Severity.INFO, "a note without a translation"),
  DUPLICATE_TITLE("duplicate-title", Group.INFO, Severity.INFO, "two notes share a title"),
  DUPLICATE_ALIAS("duplicate-alias", Group.INFO, Severity.INFO, "two notes share an alias");

  /** How findings are counted in summaries: "5 broken links, 9 missing sections". */
  public enum Group {
    LINKS,
    SECTIONS,
    INFO,
    /** Problems other stages reported (frontmatter, encoding, embeds). */
    OTHER
  }

  /** Looked up once per finding when reports are counted and written, so not by a scan. */
  private static final Map<String, FindingCode> BY_CODE =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(c -> c.code, c -> c));

  private final String code;
  private final Group group;
  private final Severity severity;
  private final String meaning;

  FindingCode(String code, Group group, Severity severity, String meaning) {
    this.code = code;
    this.group = group;
    this.severity = severity;
    this.meaning = meaning;
  }

  public String code() {
    return code;
  }

  public Group group() {
    return group;
  }

  public Severity defaultSeverity() {
    return severity;
  }

  /** One line saying what the code means, for help texts and SARIF rule descriptions. */
  public String meaning() {
    return meaning;
  }

  /** The finding code with that string, if it is one of {@code check}'s own. */
  public static Optional<FindingCode> of(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /** The group a diagnostic code is counted in; codes of other stages are {@link Group#OTHER}. */
  public static Group groupOf(String code) {
    return of(code).map(FindingCode::group).orElse(Group.OTHER);
  }
}
