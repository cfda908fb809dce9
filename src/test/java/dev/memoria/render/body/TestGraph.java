package dev.memoria.render.body;

import dev.memoria.core.Diagnostics;
import dev.memoria.core.NoteId;
import dev.memoria.core.Slugs;
import dev.memoria.links.NoteGraph;
import dev.memoria.links.Resolution;
import dev.memoria.markdown.Heading;
import dev.memoria.markdown.LinkKey;
import dev.memoria.markdown.LinkRef;
import dev.memoria.markdown.Notes;
import dev.memoria.markdown.ParsedNote;
import dev.memoria.vault.Asset;
import dev.memoria.vault.SourceNote;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds a {@link NoteGraph} by hand for render tests: notes are parsed, and each link key is
 * resolved by a deliberately simple rule (base name or path, case-insensitive; headings by text;
 * block ids), which is all these tests need from the real resolver.
 */
final class TestGraph {

  private final Map<NoteId, ParsedNote> notes = new LinkedHashMap<>();
  private final List<ParsedNote> unpublished = new ArrayList<>();
  private final List<String> assets = new ArrayList<>();
  private final Map<String, Resolution> overrides = new HashMap<>();
  private final Diagnostics diagnostics = new Diagnostics();

  TestGraph note(String path, String body) {
    ParsedNote note = Notes.PARSER.parse(Notes.source(path, body), diagnostics);
    notes.put(note.id(), note);
    return this;
  }

  TestGraph note(SourceNote source) {
    ParsedNote note = Notes.PARSER.parse(source, diagnostics);
    notes.put(note.id(), note);
    return this;
  }

  TestGraph draft(String path, String body) {
    unpublished.add(Notes.PARSER.parse(Notes.source(path, body), diagnostics));
    return this;
  }

  TestGraph asset(String path) {
    assets.add(path);
    return this;
  }

  /** Resolves every link whose path is {@code linkPath} (any case) to {@code resolution}. */
  TestGraph resolving(String linkPath, Resolution resolution) {
    overrides.put(linkPath.toLowerCase(Locale.ROOT), resolution);
    return this;
  }

  ParsedNote get(String path) {
    return notes.get(new NoteId(path));
  }

  NoteGraph build() {
    Map<NoteId, String> pageUrls = new HashMap<>();
    for (ParsedNote note : notes.values()) {
      pageUrls.put(note.id(), pageUrl(note.id()));
    }
    Map<String, String> assetUrls = new HashMap<>();
    List<Asset> assetList = new ArrayList<>();
    for (String asset : assets) {
      assetUrls.put(asset, "attachments/" + asset);
      assetList.add(new Asset(asset, Path.of(asset)));
    }
    Map<NoteId, Map<LinkKey, Resolution>> resolutions = new HashMap<>();
    for (ParsedNote note : notes.values()) {
      Map<LinkKey, Resolution> byKey = new HashMap<>();
      for (LinkRef link : note.links()) {
        byKey.put(link.key(), resolve(note, link.key()));
      }
      resolutions.put(note.id(), byKey);
    }
    return new NoteGraph(
        new TreeMap<>(notes),
        unpublished,
        resolutions,
        Map.of(),
        new TreeMap<>(),
        Map.of(),
        Map.of(),
        pageUrls,
        assetList,
        assetUrls);
  }

  static String pageUrl(NoteId id) {
    String path = id.path().substring(0, id.path().length() - ".md".length());
    StringBuilder url = new StringBuilder();
    for (String part : path.split("/")) {
      url.append(url.length() == 0 ? "" : "/").append(Slugs.slug(part, "note"));
    }
    return url + ".html";
  }

  private Resolution resolve(ParsedNote from, LinkKey key) {
    String wanted = key.path().toLowerCase(Locale.ROOT);
    if (overrides.containsKey(wanted)) {
      return overrides.get(wanted);
    }
    for (String asset : assets) {
      if (asset.toLowerCase(Locale.ROOT).endsWith(wanted) && !wanted.isEmpty()) {
        return new Resolution.ToAsset(asset);
      }
    }
    Optional<ParsedNote> target =
        wanted.isEmpty() ? Optional.of(from) : find(notes.values(), wanted);
    if (target.isEmpty()) {
      return find(unpublished, wanted)
          .<Resolution>map(note -> new Resolution.Unpublished(note.id()))
          .orElse(new Resolution.Missing());
    }
    ParsedNote note = target.get();
    if (key.subpath().isEmpty()) {
      return new Resolution.ToNote(
          note.id(), Optional.empty(), Resolution.SubpathStatus.NONE, false, List.of());
    }
    if (key.subpath().startsWith("^")) {
      String id = key.subpath().substring(1).toLowerCase(Locale.ROOT);
      return note.blockIds().contains(id)
          ? new Resolution.ToNote(
              note.id(),
              Optional.of("block-" + id),
              Resolution.SubpathStatus.FOUND,
              false,
              List.of())
          : new Resolution.ToNote(
              note.id(),
              Optional.empty(),
              Resolution.SubpathStatus.MISSING_BLOCK,
              false,
              List.of());
    }
    for (Heading heading : note.headings()) {
      if (heading.text().equalsIgnoreCase(key.subpath())) {
        return new Resolution.ToNote(
            note.id(),
            Optional.of(heading.anchor()),
            Resolution.SubpathStatus.FOUND,
            false,
            List.of());
      }
    }
    return new Resolution.ToNote(
        note.id(), Optional.empty(), Resolution.SubpathStatus.MISSING_HEADING, false, List.of());
  }

  private static Optional<ParsedNote> find(Iterable<ParsedNote> candidates, String wanted) {
    for (ParsedNote note : candidates) {
      String path = note.id().lowerPath();
      String base = note.id().baseName().toLowerCase(Locale.ROOT);
      if (path.equals(wanted)
          || base.equals(wanted)
          || path.equals(wanted + ".md")
          || path.endsWith("/" + wanted + ".md")
          || path.endsWith("/" + wanted)) {
        return Optional.of(note);
      }
    }
    return Optional.empty();
  }
}
