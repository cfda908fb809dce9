package dev.memoria.vault;

import dev.memoria.config.SiteConfig;
import dev.memoria.core.Diagnostics;
import dev.memoria.core.SourcePos;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Lists the notes and assets of a vault.
 *
 * <p>Dot-entries and excluded paths are skipped (excludes match the path as seen in the vault).
 * Symbolic links are followed only when their real path lies inside the vault. Folders reached
 * through links come last and only when their real folder was not read already, so the real
 * location wins and a link cycle ends at once; a linked file is read under the link's own path, as
 * Obsidian lists it.
 */
final class VaultWalker {

  /** A file to read: its vault path (forward slashes, NFC), real path on disk and file time. */
  record Found(String path, Path file, Instant modified) {}

  /** Notes and assets, each sorted by path. */
  record Listing(List<Found> notes, List<Found> assets) {}

  private record Entry(Path disk, String path) {}

  private final Path root;
  private final SiteConfig config;
  private final Excludes excludes;
  private final Diagnostics diagnostics;

  private final Deque<Entry> folders = new ArrayDeque<>();
  private final List<Entry> links = new ArrayList<>();
  private final Set<Path> walkedFolders = new HashSet<>();
  private final Map<String, Found> notes = new TreeMap<>();
  private final Map<String, Found> assets = new TreeMap<>();

  /**
   * @param root the real path of the vault folder
   */
  VaultWalker(Path root, SiteConfig config, Diagnostics diagnostics) {
    this.root = root;
    this.config = config;
    this.excludes = new Excludes(config.excludes());
    this.diagnostics = diagnostics;
  }

  /** Walks the vault once; throws only when the vault folder itself cannot be listed. */
  Listing walk() throws IOException {
    walkedFolders.add(root);
    for (Path child : list(root)) {
      visit(child, "");
    }
    while (!folders.isEmpty() || !links.isEmpty()) {
      while (!folders.isEmpty()) {
        Entry folder = folders.pop();
        try {
          for (Path child : list(folder.disk())) {
            visit(child, folder.path());
          }
        } catch (IOException e) {
          unreadable(folder.path(), "cannot list the folder", e);
        }
      }
      List<Entry> pending = new ArrayList<>(links);
      links.clear();
      pending.sort(Comparator.comparing(Entry::path));
      for (Entry link : pending) {
        follow(link);
      }
    }
    return new Listing(List.copyOf(notes.values()), List.copyOf(assets.values()));
  }

  private static List<Path> list(Path folder) throws IOException {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      stream.forEach(children::add);
    }
    children.sort(Comparator.comparing(child -> child.getFileName().toString()));
    return children;
  }

  private void visit(Path disk, String parent) {
    String name = Normalizer.normalize(disk.getFileName().toString(), Normalizer.Form.NFC);
    if (name.startsWith(".")) {
      return;
    }
    String path = parent.isEmpty() ? name : parent + "/" + name;
    if (excludes.matches(path)) {
      return;
    }
    if (name.indexOf('\\') >= 0) {
      diagnostics.warning(
          "unsupported-name",
          position(path),
          "the name contains a backslash, which other systems and links read as a folder"
              + " separator; it is skipped. Rename it");
      return;
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(disk, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      unreadable(path, "cannot read the file", e);
      return;
    }
    if (attributes.isSymbolicLink()) {
      links.add(new Entry(disk, path));
    } else if (attributes.isDirectory()) {
      // Only a folder inside a linked folder can have been walked already (through another link).
      if (walkedFolders.add(disk)) {
        folders.push(new Entry(disk, path));
      }
    } else if (attributes.isRegularFile()) {
      add(disk, path, attributes);
    }
  }

  private void follow(Entry link) {
    Path target;
    try {
      target = link.disk().toRealPath();
    } catch (IOException e) {
      diagnostics.warning(
          "symlink-broken",
          position(link.path()),
          "cannot follow the symbolic link ("
              + describe(e)
              + "); it is skipped. Fix or remove the link");
      return;
    }
    if (!target.startsWith(root)) {
      diagnostics.warning(
          "symlink-outside-vault",
          position(link.path()),
          "the symbolic link points outside the vault; it is skipped so that only files inside"
              + " the vault are published. Move the target into the vault to publish it");
      return;
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(target, BasicFileAttributes.class);
    } catch (IOException e) {
      unreadable(link.path(), "cannot read the target of the symbolic link", e);
      return;
    }
    if (attributes.isDirectory()) {
      if (!walkedFolders.add(target)) {
        diagnostics.info(
            "symlink-duplicate",
            position(link.path()),
            "the symbolic link leads to a folder that is already read (\""
                + relative(target)
                + "\"); it is skipped so no note is read twice or in a loop");
        return;
      }
      folders.push(new Entry(target, link.path()));
    } else if (attributes.isRegularFile()) {
      add(target, link.path(), attributes);
    }
  }

  private void add(Path disk, String path, BasicFileAttributes attributes) {
    if (path.equals(SiteConfig.CONFIG_FILE)) {
      return;
    }
    Found found =
        new Found(
            path, disk, attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.SECONDS));
    Map<String, Found> kind = isNote(path) ? notes : assets;
    if (kind.putIfAbsent(path, found) != null) {
      diagnostics.warning(
          "duplicate-path",
          position(path),
          "two files have this name once Unicode-normalised (NFC); only one is read. Rename one"
              + " of them");
    }
  }

  static boolean isNote(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".md") || lower.endsWith(".markdown");
  }

  private String relative(Path real) {
    return root.relativize(real).toString().replace('\\', '/');
  }

  private SourcePos position(String path) {
    return SourcePos.ofFile(config.displayPath(path));
  }

  private void unreadable(String path, String what, IOException e) {
    diagnostics.warning(
        "unreadable",
        position(path),
        what + " (" + describe(e) + "); it is skipped. Check its permissions");
  }

  private static String describe(IOException e) {
    String reason = e.getMessage();
    return e.getClass().getSimpleName() + (reason == null ? "" : ": " + reason);
  }
}
