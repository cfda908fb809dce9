package dev.memoria.checks;

import dev.memoria.config.CheckSettings;
import dev.memoria.config.SiteConfig;
import dev.memoria.core.Diagnostics;
import dev.memoria.core.Lang;
import dev.memoria.core.NoteId;
import dev.memoria.core.Severity;
import dev.memoria.core.SourcePos;
import dev.memoria.links.LinkResolver;
import dev.memoria.links.NoteGraph;
import dev.memoria.markdown.Gap;
import dev.memoria.markdown.NoteParser;
import dev.memoria.markdown.PageAnchors;
import dev.memoria.markdown.ParsedNote;
import dev.memoria.scenarios.ScenarioRunner;
import dev.memoria.simulator.Limits;
import dev.memoria.testing.TestVaults;
import dev.memoria.vault.Vault;
import dev.memoria.vault.VaultReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A vault written inline, run through the real reader, parser and resolver, then checked. Gap
 * markers can be added by hand, since the parser does not find them yet.
 */
final class CheckFixture {

  private final Path root;
  private final Map<String, String> files = new LinkedHashMap<>();
  private final Map<String, List<Gap>> gaps = new HashMap<>();
  private CheckSettings settings = CheckSettings.DEFAULTS;
  private boolean drafts;

  private CheckFixture(Path root) {
    this.root = root;
  }

  /** A vault in {@code dir}, from pairs of vault-relative path and text. */
  static CheckFixture vault(Path dir, String... pathsAndTexts) {
    CheckFixture fixture = new CheckFixture(dir.resolve("vault"));
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      fixture.files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
    }
    return fixture;
  }

  CheckFixture severities(Map<String, Severity> severities, Set<String> off) {
    settings = new CheckSettings(severities, off);
    return this;
  }

  CheckFixture drafts() {
    drafts = true;
    return this;
  }

  /** A gap marker on {@code line} of the note at {@code path}, as the parser would report it. */
  CheckFixture gap(String path, Gap.Kind kind, int line, int column, String text) {
    SourcePos pos = new SourcePos(config().displayPath(path), line, column);
    gaps.computeIfAbsent(path, p -> new ArrayList<>())
        .add(new Gap(kind, text, pos, PageAnchors.gap(pos)));
    return this;
  }

  SiteConfig config() {
    return new SiteConfig(
        root,
        root.resolveSibling("site"),
        root.resolveSibling("theme"),
        Optional.empty(),
        "Test",
        Lang.EN,
        List.of(),
        drafts,
        false,
        false,
        settings,
        true);
  }

  Result check() {
    TestVaults.write(root, files);
    SiteConfig config = config();
    Diagnostics diagnostics = new Diagnostics();
    Vault vault;
    try {
      vault = new VaultReader(config).read(diagnostics);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    NoteParser parser = new NoteParser(config);
    String prefix = config.displayPath("");
    List<ParsedNote> parsed = new ArrayList<>();
    for (var source : vault.notes()) {
      ParsedNote note = parser.parse(source, diagnostics);
      List<Gap> handMade = gaps.get(note.id().path());
      parsed.add(handMade == null ? note : withGaps(note, handMade));
    }
    NoteGraph graph = new LinkResolver(config).resolve(parsed, vault.assets(), diagnostics);
    return new Result(
        new ContentChecker(config)
            .check(graph, new ScenarioRunner(Limits.DEFAULT).runAll(graph), parsed.size()),
        prefix);
  }

  private static ParsedNote withGaps(ParsedNote note, List<Gap> gaps) {
    return new ParsedNote(
        note.source(),
        note.document(),
        note.title(),
        note.titleSource(),
        note.headings(),
        note.links(),
        note.blockIds(),
        note.tags(),
        gaps,
        note.scenarios(),
        note.usesMath(),
        note.usesMermaid());
  }

  /** A check's report, with file names shown relative to the vault. */
  record Result(CheckReport report, String prefix) {

    /** Every finding as {@code a.md:3:5: error: [broken-link] message}. */
    List<String> lines() {
      return report.findings().stream().map(this::line).toList();
    }

    /** The findings with that code, as {@link #lines()}. */
    List<String> lines(String code) {
      return findings(code).stream().map(this::line).toList();
    }

    List<Finding> findings(String code) {
      return report.findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    /** The one finding with that code; fails when there are none or several. */
    Finding only(String code) {
      List<Finding> found = findings(code);
      if (found.size() != 1) {
        throw new AssertionError("expected one " + code + ", got " + lines());
      }
      return found.get(0);
    }

    String line(Finding finding) {
      String text = finding.diagnostic().format();
      return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    /** The codes of all findings, in report order. */
    List<String> codes() {
      return report.findings().stream().map(Finding::code).toList();
    }
  }

  static NoteId id(String path) {
    return new NoteId(path);
  }

  static SourcePos pos(String file, int line, int column) {
    return new SourcePos(file, line, column);
  }

  static String anchor(int line, int column) {
    return PageAnchors.link(new SourcePos("x", line, column));
  }
}
