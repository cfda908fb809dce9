package dev.memoria.markdown;

import dev.memoria.config.SiteConfig;
import dev.memoria.core.Diagnostics;
import dev.memoria.core.Lang;
import dev.memoria.core.NoteId;
import dev.memoria.vault.Frontmatter;
import dev.memoria.vault.SourceNote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds source notes for tests, inline or from the real notes in {@code notes/}. */
public final class Notes {

  public static final SiteConfig CONFIG =
      new SiteConfig(
          Path.of("notes"),
          Path.of("site"),
          Path.of("themes/default"),
          Optional.empty(),
          "Memoria",
          Lang.EN,
          List.of(),
          false,
          false,
          false,
          dev.memoria.config.CheckSettings.DEFAULTS,
          true);

  /** One parser for all tests, as in a build. */
  public static final NoteParser PARSER = new NoteParser(CONFIG);

  private Notes() {}

  /** A note at {@code path} whose body starts on line 1 of its file. */
  public static SourceNote source(String path, String body) {
    return source(path, body, 1, Frontmatter.EMPTY);
  }

  public static SourceNote source(String path, String body, int bodyLine, Frontmatter frontmatter) {
    return new SourceNote(
        new NoteId(path),
        "notes/" + path,
        body,
        bodyLine,
        frontmatter,
        Lang.EN,
        SourceNote.LangSource.DEFAULT,
        Instant.EPOCH);
  }

  public static ParsedNote parse(String path, String body) {
    return PARSER.parse(source(path, body), new Diagnostics());
  }

  public static ParsedNote parse(String body) {
    return parse("note.md", body);
  }

  /**
   * One of the real notes in {@code notes/}, with its frontmatter read the simple way these notes
   * need ({@code title:} and a {@code tags:} list).
   */
  public static SourceNote real(String fileName) {
    String text;
    try {
      text = Files.readString(Path.of("notes", fileName), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!text.startsWith("---\n")) {
      return source(fileName, text);
    }
    int end = text.indexOf("\n---\n", 3);
    String yaml = text.substring(4, end + 1);
    String body = text.substring(end + 5);
    int bodyLine = (int) text.substring(0, end + 5).chars().filter(c -> c == '\n').count() + 1;
    Optional<String> title = Optional.empty();
    List<String> tags = new ArrayList<>();
    for (String line : yaml.split("\n")) {
      if (line.startsWith("title:")) {
        title = Optional.of(line.substring("title:".length()).strip());
      } else if (line.strip().startsWith("- ")) {
        tags.add(line.strip().substring(2).strip());
      }
    }
    Frontmatter frontmatter =
        new Frontmatter(
            title,
            tags,
            List.of(),
            Optional.empty(),
            false,
            true,
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Optional.empty());
    return source(fileName, body, bodyLine, frontmatter);
  }

  /** Frontmatter with only tags set. */
  public static Frontmatter frontmatter(List<String> tags) {
    return new Frontmatter(
        Optional.empty(),
        tags,
        List.of(),
        Optional.empty(),
        false,
        true,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty());
  }

  /** Frontmatter with only a title set. */
  public static Frontmatter titled(String title) {
    return new Frontmatter(
        Optional.of(title),
        List.of(),
        List.of(),
        Optional.empty(),
        false,
        true,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty());
  }

  /** The names of the real notes, sorted. */
  public static List<String> realNames() {
    try (var files = Files.list(Path.of("notes"))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".md"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
