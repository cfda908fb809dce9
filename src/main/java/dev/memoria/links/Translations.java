package dev.memoria.links;

import dev.memoria.core.Diagnostics;
import dev.memoria.core.Lang;
import dev.memoria.core.NoteId;
import dev.memoria.core.SourcePos;
import dev.memoria.vault.SourceNote;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds which published notes translate each other: by frontmatter {@code translations}, by a
 * shared {@code translationKey}, and by the same name across language suffixes or top-level
 * language folders.
 */
final class Translations {

  private final Map<NoteId, SourceNote> published;
  private final FileIndex index;
  private final Diagnostics diagnostics;

  /** For each note, the notes in other languages that something named as its translation. */
  private final Map<NoteId, SortedMap<Lang, SortedSet<NoteId>>> candidates = new HashMap<>();

  private Translations(
      Map<NoteId, SourceNote> published, FileIndex index, Diagnostics diagnostics) {
    this.published = published;
    this.index = index;
    this.diagnostics = diagnostics;
  }

  /**
   * The translations of each note in {@code published} (sorted by id), sorted by language; every
   * note has an entry, empty when it has none.
   */
  static Map<NoteId, List<NoteId>> find(
      List<SourceNote> published, FileIndex index, Diagnostics diagnostics) {
    Map<NoteId, SourceNote> byId = new LinkedHashMap<>();
    published.forEach(note -> byId.put(note.id(), note));
    Translations translations = new Translations(byId, index, diagnostics);
    published.forEach(translations::addDeclared);
    translations.addGroups(
        Translations::translationKey, "share translationKey", "set different languages");
    translations.addGroups(
        Translations::nameKey, "have the same name", "rename one or set its lang");
    translations.addGroups(
        Translations::folderKey,
        "have the same path below their language folders",
        "move one or set its lang");
    return translations.settle();
  }

  /** Frontmatter {@code translations} entries, resolved like wikilinks written in the note. */
  private void addDeclared(SourceNote note) {
    for (String entry : note.frontmatter().translations()) {
      String target = linkPath(entry);
      if (target.isEmpty()) {
        continue;
      }
      List<VaultFile> files = index.find(target, note.id()).files();
      SourcePos pos = SourcePos.ofFile(note.displayPath());
      if (files.isEmpty() || !(files.get(0) instanceof VaultFile.Note found)) {
        diagnostics.warning(
            "broken-translation",
            pos,
            "translations entry \"" + entry + "\" names no note; fix the name or remove it");
        continue;
      }
      SourceNote other = published.get(found.note().id());
      if (other == null || other == note) {
        // A draft translation is simply not on the site yet.
        continue;
      }
      if (other.lang().equals(note.lang())) {
        diagnostics.warning(
            "translation-conflict",
            pos,
            "translations entry \""
                + entry
                + "\" names "
                + other.displayPath()
                + ", which is also in "
                + note.lang()
                + "; set the lang of one of them");
        continue;
      }
      addEdge(note, other);
    }
  }

  private interface GroupKey {
    Optional<String> of(SourceNote note);
  }

  /**
   * Links the notes that share a key. Within a group only the first note of each language (by id)
   * takes part; the others are reported, so groups cost linear time however large.
   */
  private void addGroups(GroupKey key, String sharing, String advice) {
    Map<String, SortedMap<Lang, List<SourceNote>>> groups = new LinkedHashMap<>();
    for (SourceNote note : published.values()) {
      key.of(note)
          .ifPresent(
              k ->
                  groups
                      .computeIfAbsent(k, x -> new TreeMap<>())
                      .computeIfAbsent(note.lang(), x -> new ArrayList<>())
                      .add(note));
    }
    for (SortedMap<Lang, List<SourceNote>> group : groups.values()) {
      if (group.size() < 2) {
        continue;
      }
      List<SourceNote> firsts = new ArrayList<>();
      for (List<SourceNote> sameLang : group.values()) {
        SourceNote kept = sameLang.get(0);
        firsts.add(kept);
        for (SourceNote extra : sameLang.subList(1, sameLang.size())) {
          diagnostics.warning(
              "translation-conflict",
              SourcePos.ofFile(extra.displayPath()),
              kept.displayPath()
                  + " and "
                  + extra.displayPath()
                  + " "
                  + sharing
                  + " and are both in "
                  + extra.lang()
                  + "; only "
                  + kept.displayPath()
                  + " is linked as a translation; "
                  + advice);
        }
      }
      for (int i = 0; i < firsts.size(); i++) {
        for (int j = i + 1; j < firsts.size(); j++) {
          addEdge(firsts.get(i), firsts.get(j));
        }
      }
    }
  }

  private void addEdge(SourceNote a, SourceNote b) {
    candidatesOf(a).computeIfAbsent(b.lang(), x -> new TreeSet<>()).add(b.id());
    candidatesOf(b).computeIfAbsent(a.lang(), x -> new TreeSet<>()).add(a.id());
  }

  private SortedMap<Lang, SortedSet<NoteId>> candidatesOf(SourceNote note) {
    return candidates.computeIfAbsent(note.id(), x -> new TreeMap<>());
  }

  /**
   * Each note keeps one translation per language, the first by id. A pair is kept only when both
   * notes chose each other, so the relation stays symmetric after conflicts.
   */
  private Map<NoteId, List<NoteId>> settle() {
    Map<NoteId, Map<Lang, NoteId>> chosen = new HashMap<>();
    for (SourceNote note : published.values()) {
      Map<Lang, NoteId> choice = new TreeMap<>();
      candidates
          .getOrDefault(note.id(), new TreeMap<>())
          .forEach(
              (lang, ids) -> {
                choice.put(lang, ids.first());
                if (ids.size() > 1) {
                  reportConflict(note, lang, ids);
                }
              });
      chosen.put(note.id(), choice);
    }
    Map<NoteId, List<NoteId>> result = new HashMap<>();
    for (SourceNote note : published.values()) {
      List<NoteId> mutual = new ArrayList<>();
      chosen
          .get(note.id())
          .values()
          .forEach(
              other -> {
                if (note.id().equals(chosen.get(other).get(note.lang()))) {
                  mutual.add(other);
                }
              });
      result.put(note.id(), List.copyOf(mutual));
    }
    return result;
  }

  private void reportConflict(SourceNote note, Lang lang, SortedSet<NoteId> ids) {
    String names =
        ids.stream().map(id -> published.get(id).displayPath()).collect(Collectors.joining(", "));
    diagnostics.warning(
        "translation-conflict",
        SourcePos.ofFile(note.displayPath()),
        note.displayPath()
            + " has "
            + ids.size()
            + " translations in "
            + lang
            + " ("
            + names
            + "); keeping "
            + published.get(ids.first()).displayPath()
            + "; list only one in translations or give them one translationKey");
  }

  /** The path part of a wikilink target as written: display text and subpath dropped. */
  static String linkPath(String entry) {
    String target = entry.strip();
    if (target.startsWith("[[") && target.endsWith("]]")) {
      target = target.substring(2, target.length() - 2);
    }
    int bar = target.indexOf('|');
    if (bar > 0) {
      target = target.substring(0, bar);
    }
    if (target.endsWith("\\")) {
      target = target.substring(0, target.length() - 1);
    }
    int hash = target.indexOf('#');
    if (hash >= 0) {
      target = target.substring(0, hash);
    }
    return Normalizer.normalize(target.replace('\u00A0', ' ').strip(), Normalizer.Form.NFC);
  }

  private static Optional<String> translationKey(SourceNote note) {
    return note.frontmatter().translationKey().map(String::strip).filter(k -> !k.isEmpty());
  }

  /** {@code Rust/Box.es.md} and {@code Rust/Box.en.md} (or {@code Rust/Box.md}) share a name. */
  private static Optional<String> nameKey(SourceNote note) {
    return Optional.of(lower(note.id().folder() + "/" + nameWithoutLang(note)));
  }

  /** {@code es/rust/box.md} and {@code en/rust/box.md} share a path below their language folder. */
  private static Optional<String> folderKey(SourceNote note) {
    String path = note.id().path();
    int slash = path.indexOf('/');
    if (slash < 0 || !isLangOf(path.substring(0, slash), note)) {
      return Optional.empty();
    }
    String rest = note.id().folder().substring(Math.min(slash + 1, note.id().folder().length()));
    return Optional.of(lower(rest + "/" + nameWithoutLang(note)));
  }

  private static String nameWithoutLang(SourceNote note) {
    String base = note.id().baseName();
    int dot = base.lastIndexOf('.');
    return dot > 0 && isLangOf(base.substring(dot + 1), note) ? base.substring(0, dot) : base;
  }

  /**
   * Only a suffix or folder naming the note's own language counts, so {@code notes.old.md} or a
   * folder {@code src/} (both valid language codes) do not pair notes by accident.
   */
  private static boolean isLangOf(String text, SourceNote note) {
    return Lang.parse(text).filter(note.lang()::equals).isPresent();
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
