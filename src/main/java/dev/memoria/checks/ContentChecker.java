package dev.memoria.checks;

import dev.memoria.config.CheckSettings;
import dev.memoria.config.SiteConfig;
import dev.memoria.core.NoteId;
import dev.memoria.links.NoteGraph;
import dev.memoria.links.Resolution;
import dev.memoria.markdown.LinkKey;
import dev.memoria.markdown.ParsedNote;
import dev.memoria.scenarios.Scenarios;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 4: judges the published notes of a {@link NoteGraph} for broken links, missing sections and
 * vault-wide information, at the severities {@code memoria.yml} sets.
 *
 * <p>Other stages' diagnostics are not read here; the caller adds them with {@link Finding#of}.
 */
public final class ContentChecker {

  private final SiteConfig config;

  public ContentChecker(SiteConfig config) {
    this.config = config;
  }

  /**
   * Checks every published note of {@code graph}.
   *
   * @param scenarios the notes' scenario blocks after simulation ({@link Scenarios#NONE} to skip)
   * @param notesRead how many notes were read from the vault, for the report's summary
   */
  public CheckReport check(NoteGraph graph, Scenarios scenarios, int notesRead) {
    CheckSettings settings = config.checks();
    LinkNames names = LinkNames.of(graph);
    Map<NoteId, ParsedNote> unpublished = new HashMap<>();
    graph.unpublished().forEach(note -> unpublished.put(note.id(), note));
    // Suggestions are only needed for links that lead nowhere; a healthy vault skips the index.
    NameIndex index =
        anyMissing(graph) ? NameIndex.of(graph.notes().values(), names) : NameIndex.of(List.of());
    LinkChecks links = new LinkChecks(graph, names, index, unpublished);
    SectionChecks sections = new SectionChecks();
    ScenarioChecks scenarioChecks = new ScenarioChecks(scenarios);

    // Each note is judged on its own, so notes are checked on every core; the report sorts.
    List<Finding> findings =
        new ArrayList<>(
            graph.notes().values().parallelStream()
                .flatMap(
                    note -> {
                      Findings found = new Findings(settings);
                      links.check(note, found);
                      sections.check(note, found);
                      scenarioChecks.check(note, found);
                      return found.list().stream();
                    })
                .toList());
    Findings vault = new Findings(settings);
    new VaultChecks(graph).check(vault);
    findings.addAll(vault.list());
    return new CheckReport(findings, notesRead);
  }

  private static boolean anyMissing(NoteGraph graph) {
    for (Map<LinkKey, Resolution> byKey : graph.resolutions().values()) {
      for (Resolution resolution : byKey.values()) {
        if (resolution instanceof Resolution.Missing) {
          return true;
        }
      }
    }
    return false;
  }
}
