package dev.memoria.links;

import dev.memoria.config.SiteConfig;
import dev.memoria.core.Diagnostic;
import dev.memoria.core.Diagnostics;
import dev.memoria.core.Lang;
import dev.memoria.core.NoteId;
import dev.memoria.markdown.ParsedNote;
import dev.memoria.vault.Asset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A small vault built in a test, and the graph the resolver makes of it. */
final class Fixture {

  static final SiteConfig CONFIG =
      new SiteConfig(
          Path.of("notes"),
          Path.of("site"),
          Path.of("theme"),
          Optional.empty(),
          "Test",
          Lang.ES,
          List.of(),
          false,
          false,
          false,
          dev.memoria.config.CheckSettings.DEFAULTS,
          true);

  private final List<ParsedNote> notes = new ArrayList<>();
  private final List<Asset> assets = new ArrayList<>();

  static Fixture vault(NoteFixture... notes) {
    Fixture fixture = new Fixture();
    for (NoteFixture note : notes) {
      fixture.notes.add(note.build());
    }
    return fixture;
  }

  Fixture assets(String... paths) {
    for (String path : paths) {
      assets.add(new Asset(path, Path.of("notes", path)));
    }
    return this;
  }

  Result resolve() {
    Diagnostics diagnostics = new Diagnostics();
    NoteGraph graph = new LinkResolver(CONFIG).resolve(notes, assets, diagnostics);
    return new Result(graph, diagnostics.all());
  }

  /** A graph and what the resolver reported while building it. */
  record Result(NoteGraph graph, List<Diagnostic> diagnostics) {

    /** Where the link {@code target} ({@code path#subpath}) written in {@code from} leads. */
    Resolution link(String from, String target) {
      var byKey = graph.resolutions().get(new NoteId(from));
      if (byKey == null) {
        throw new AssertionError("no resolutions for " + from);
      }
      Resolution resolution = byKey.get(NoteFixture.key(target));
      if (resolution == null) {
        throw new AssertionError("no link " + target + " in " + from + ": " + byKey.keySet());
      }
      return resolution;
    }

    /** The note the link leads to; fails when it leads elsewhere. */
    Resolution.ToNote toNote(String from, String target) {
      Resolution resolution = link(from, target);
      if (resolution instanceof Resolution.ToNote toNote) {
        return toNote;
      }
      throw new AssertionError(target + " from " + from + " is " + resolution);
    }

    List<String> messages(String code) {
      return diagnostics.stream()
          .filter(d -> d.code().equals(code))
          .map(Diagnostic::format)
          .toList();
    }
  }

  static NoteId id(String path) {
    return new NoteId(path);
  }
}
