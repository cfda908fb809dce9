package dev.memoria.checks;

import dev.memoria.core.Lang;
import dev.memoria.core.NoteId;
import dev.memoria.core.SourcePos;
import dev.memoria.links.NoteGraph;
import dev.memoria.markdown.Heading;
import dev.memoria.markdown.ParsedNote;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Information about the vault as a whole: notes nothing links to, notes without a translation,
 * titles and aliases used twice.
 */
final class VaultChecks {

  private final NoteGraph graph;

  VaultChecks(NoteGraph graph) {
    this.graph = graph;
  }

  void check(Findings out) {
    if (out.enabled(FindingCode.ORPHAN)) {
      orphans(out);
    }
    if (out.enabled(FindingCode.MISSING_TRANSLATION)) {
      missingTranslations(out);
    }
    if (out.enabled(FindingCode.DUPLICATE_TITLE)) {
      duplicateTitles(out);
    }
    if (out.enabled(FindingCode.DUPLICATE_ALIAS)) {
      duplicateAliases(out);
    }
  }

  private void orphans(Findings out) {
    for (ParsedNote note : graph.notes().values()) {
      if (graph.backlinks().getOrDefault(note.id(), List.of()).isEmpty()) {
        out.addForNote(
            FindingCode.ORPHAN,
            note,
            "",
            "no other note links to this note; link to it from a related note so readers can find"
                + " it");
      }
    }
  }

  /** Only a vault that pairs translations at all is expected to translate every note. */
  private void missingTranslations(Findings out) {
    SortedSet<Lang> paired = new TreeSet<>();
    for (ParsedNote note : graph.notes().values()) {
      if (!translationsOf(note.id()).isEmpty()) {
        paired.add(note.source().lang());
      }
    }
    if (paired.isEmpty()) {
      return;
    }
    String pairedNames = paired.stream().map(Lang::code).collect(Collectors.joining(", "));
    for (ParsedNote note : graph.notes().values()) {
      if (!translationsOf(note.id()).isEmpty()) {
        continue;
      }
      Lang lang = note.source().lang();
      List<String> missing =
          paired.stream().filter(other -> !other.equals(lang)).map(Lang::code).toList();
      out.addForNote(
          FindingCode.MISSING_TRANSLATION,
          note,
          "",
          "this "
              + lang.code()
              + " note has no translation"
              + (missing.isEmpty() ? "" : " into " + String.join(" or ", missing))
              + ", while other notes are paired across languages ("
              + pairedNames
              + "); once it is translated, link the two with \"translations:\" or"
              + " \"translationKey:\" in the frontmatter");
    }
  }

  private void duplicateTitles(Findings out) {
    Map<String, List<ParsedNote>> byTitle = new HashMap<>();
    for (ParsedNote note : graph.notes().values()) {
      String title = NameFolding.fold(note.title());
      List<ParsedNote> same = byTitle.computeIfAbsent(title, t -> new ArrayList<>(1));
      // A note and its translation may well share a title; that is no clash.
      List<NoteId> translations = translationsOf(note.id());
      for (ParsedNote earlier : same) {
        if (!translations.contains(earlier.id())) {
          out.add(
              FindingCode.DUPLICATE_TITLE,
              note,
              titlePos(note),
              note.title(),
              List.of(),
              titleAnchor(note),
              "the title \""
                  + note.title()
                  + "\" is also the title of \""
                  + earlier.source().displayPath()
                  + "\", so readers and search cannot tell the two apart; give one of them"
                  + " another title (title: in its frontmatter)");
          break;
        }
      }
      same.add(note);
    }
  }

  private void duplicateAliases(Findings out) {
    // Compared as the resolver compares link paths: NFC and lower case, accents kept.
    Map<String, NoteId> noteNames = new HashMap<>();
    for (NoteId id : graph.notes().keySet()) {
      noteNames.putIfAbsent(linkKey(id.baseName()), id);
    }
    for (ParsedNote note : graph.unpublished()) {
      noteNames.putIfAbsent(linkKey(note.id().baseName()), note.id());
    }
    Map<String, ParsedNote> firstOwner = new HashMap<>();
    for (ParsedNote note : graph.notes().values()) {
      Set<String> own = new LinkedHashSet<>();
      for (String alias : note.source().frontmatter().aliases()) {
        String key = linkKey(alias);
        if (key.isEmpty() || !own.add(key)) {
          continue;
        }
        NoteId named = noteNames.get(key);
        ParsedNote owner = firstOwner.putIfAbsent(key, note);
        if (named != null && !named.equals(note.id())) {
          out.addForNote(
              FindingCode.DUPLICATE_ALIAS,
              note,
              alias,
              "the alias \""
                  + alias.strip()
                  + "\" is also the name of the note \""
                  + named.path()
                  + "\", so [["
                  + alias.strip()
                  + "]] leads to that note, never to this one; remove the alias");
        } else if (owner != null) {
          out.addForNote(
              FindingCode.DUPLICATE_ALIAS,
              note,
              alias,
              "the alias \""
                  + alias.strip()
                  + "\" is also an alias of \""
                  + owner.source().displayPath()
                  + "\", so [["
                  + alias.strip()
                  + "]] can lead to only one of them; keep it on one note");
        }
      }
    }
  }

  private List<NoteId> translationsOf(NoteId id) {
    return graph.translations().getOrDefault(id, List.of());
  }

  /** The title's heading line when the title came from a heading, else the top of the file. */
  private static SourcePos titlePos(ParsedNote note) {
    return titleHeading(note)
        .map(heading -> new SourcePos(note.source().displayPath(), heading.line(), 1))
        .orElse(SourcePos.ofFile(note.source().displayPath()));
  }

  private static String titleAnchor(ParsedNote note) {
    return titleHeading(note).map(Heading::anchor).orElse("");
  }

  private static Optional<Heading> titleHeading(ParsedNote note) {
    if (note.titleSource() != ParsedNote.TitleSource.HEADING) {
      return Optional.empty();
    }
    return note.headings().stream()
        .filter(heading -> heading.level() == 1 && heading.text().equals(note.title()))
        .findFirst();
  }

  private static String linkKey(String name) {
    return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }
}
