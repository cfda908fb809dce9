package dev.memoria.links;

import dev.memoria.core.NoteId;
import dev.memoria.vault.Asset;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the file a link path names, as Obsidian's {@code getLinkpathDest} does, with aliases as a
 * last resort. Built once per build; lookups only read it, so they may run in parallel.
 */
final class FileIndex {

  /** A file with its path as compared: NFC (macOS may store NFD) and lower-cased. */
  private record Entry(VaultFile file, String key) {}

  /**
   * Obsidian's candidate order within a group is its file-system indexing order; shortest path
   * first, then alphabetical, is the deterministic stand-in.
   */
  private static final Comparator<Entry> RANK =
      Comparator.comparingInt((Entry e) -> e.key().length())
          .thenComparing(Entry::key)
          .thenComparing(e -> e.file().path());

  /** Lower-cased file name with extension to every file of that name, in {@link #RANK} order. */
  private final Map<String, List<Entry>> byName;

  /** Lower-cased alias to the notes that declare it, in {@link #RANK} order. */
  private final Map<String, List<Entry>> byAlias;

  private FileIndex(Map<String, List<Entry>> byName, Map<String, List<Entry>> byAlias) {
    this.byName = byName;
    this.byAlias = byAlias;
  }

  /**
   * Where a link leads: the files it matches, best first, and whether they matched only by alias.
   */
  record Match(List<VaultFile> files, boolean viaAlias) {
    static final Match NONE = new Match(List.of(), false);

    Match {
      files = List.copyOf(files);
    }
  }

  static FileIndex build(List<IndexedNote> notes, List<Asset> assets) {
    Map<String, List<Entry>> byName = new HashMap<>();
    Map<String, List<Entry>> byAlias = new HashMap<>();
    for (IndexedNote note : notes) {
      Entry entry = new Entry(new VaultFile.Note(note), key(note.id().path()));
      add(byName, fileName(entry.key()), entry);
      for (String alias : note.parsed().source().frontmatter().aliases()) {
        String aliasKey = key(alias.strip());
        if (!aliasKey.isEmpty()) {
          List<Entry> declared = byAlias.computeIfAbsent(aliasKey, k -> new ArrayList<>());
          // A note's aliases are added together, so a repeated alias can only follow itself.
          if (declared.isEmpty() || declared.get(declared.size() - 1) != entry) {
            declared.add(entry);
          }
        }
      }
    }
    for (Asset asset : assets) {
      Entry entry = new Entry(new VaultFile.Attachment(asset), key(asset.path()));
      add(byName, fileName(entry.key()), entry);
    }
    byName.values().forEach(list -> list.sort(RANK));
    byAlias.values().forEach(list -> list.sort(RANK));
    return new FileIndex(byName, byAlias);
  }

  /**
   * The files {@code linkPath} (a cleaned link path, not empty) names when written in {@code
   * source}: by file name as written, then with {@code .md} appended, then by alias.
   */
  Match find(String linkPath, NoteId source) {
    return find(linkPath, folderKey(source));
  }

  /**
   * As {@link #find(String, NoteId)}, with the source folder already in {@link #folderKey} form.
   */
  Match find(String linkPath, String folder) {
    String link = nfc(linkPath);
    List<VaultFile> files = findByName(link, folder);
    if (files.isEmpty()) {
      files = findByName(link + ".md", folder);
    }
    if (!files.isEmpty()) {
      return new Match(files, false);
    }
    List<Entry> aliased = byAlias.get(link.toLowerCase(Locale.ROOT));
    return aliased == null ? Match.NONE : new Match(rank(aliased, folder), true);
  }

  /** One pass of Obsidian's {@code _getLinkpathDest}, paraphrased step by step. */
  private List<VaultFile> findByName(String link, String sourceFolder) {
    String path = link.toLowerCase(Locale.ROOT);
    List<Entry> candidates = byName.get(fileName(path));
    if (candidates == null) {
      return List.of();
    }
    String folder = sourceFolder;
    if (path.startsWith("./") || path.startsWith("../")) {
      if (path.startsWith("./../")) {
        path = path.substring(2);
      }
      if (path.startsWith("./")) {
        folder = folder.isEmpty() ? folder : folder + "/";
        path = folder + path.substring(2);
      } else {
        while (path.startsWith("../")) {
          path = path.substring(3);
          // Obsidian stops at the vault root instead of failing.
          folder = parent(folder);
        }
        folder = folder.isEmpty() ? folder : folder + "/";
        path = folder + path;
      }
      List<Entry> exact = equalTo(candidates, path);
      if (!exact.isEmpty()) {
        return rank(exact, folder);
      }
    }
    if (path.startsWith("/")) {
      path = path.substring(1);
    }
    List<Entry> exact = equalTo(candidates, path);
    if (!exact.isEmpty()) {
      return rank(exact, folder);
    }
    if (link.startsWith("/")) {
      return List.of();
    }
    List<Entry> suffixed = new ArrayList<>();
    for (Entry candidate : candidates) {
      if (candidate.key().endsWith(path)) {
        suffixed.add(candidate);
      }
    }
    return rank(suffixed, folder);
  }

  private static List<Entry> equalTo(List<Entry> candidates, String path) {
    List<Entry> equal = new ArrayList<>(1);
    for (Entry candidate : candidates) {
      if (candidate.key().equals(path)) {
        equal.add(candidate);
      }
    }
    return equal;
  }

  /**
   * Files under the source folder first; the test is a raw string prefix, as in Obsidian, so {@code
   * Plugins} also takes in {@code Plugins extra/}. Each group keeps {@link #RANK} order.
   */
  private static List<VaultFile> rank(List<Entry> entries, String folder) {
    List<VaultFile> near = new ArrayList<>(entries.size());
    List<VaultFile> far = new ArrayList<>();
    for (Entry entry : entries) {
      (entry.key().startsWith(folder) ? near : far).add(entry.file());
    }
    near.addAll(far);
    return near;
  }

  private static void add(Map<String, List<Entry>> index, String key, Entry entry) {
    index.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
  }

  /** A note's folder as the ranking compares it. */
  static String folderKey(NoteId note) {
    return key(note.folder());
  }

  private static String key(String path) {
    return nfc(path).toLowerCase(Locale.ROOT);
  }

  /** Unicode NFC, skipping the normaliser for text below U+0300, which NFC never changes. */
  static String nfc(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '\u0300') {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
      }
    }
    return text;
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String parent(String folder) {
    int slash = folder.lastIndexOf('/');
    return slash < 0 ? "" : folder.substring(0, slash);
  }
}
