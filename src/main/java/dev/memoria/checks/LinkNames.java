package dev.memoria.checks;

import dev.memoria.core.NoteId;
import dev.memoria.links.NoteGraph;
import dev.memoria.markdown.ParsedNote;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How a link to a note is written, as Obsidian's "shortest path when possible" writes it: the base
 * name when no other note has that file name, else the vault path without {@code .md}.
 */
final class LinkNames {

  /** Lower-cased file names to how many notes, published or not, carry them. */
  private final Map<String, Integer> fileNames;

  private LinkNames(Map<String, Integer> fileNames) {
    this.fileNames = fileNames;
  }

  static LinkNames of(NoteGraph graph) {
    Map<String, Integer> counts = new HashMap<>();
    for (NoteId id : graph.notes().keySet()) {
      counts.merge(id.fileName().toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    for (ParsedNote note : graph.unpublished()) {
      counts.merge(note.id().fileName().toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    return new LinkNames(counts);
  }

  /**
   * The shortest link text that leads to {@code note} from anywhere: {@code Box} or {@code a/Box}.
   */
  String of(NoteId note) {
    return fileNames.getOrDefault(note.fileName().toLowerCase(Locale.ROOT), 0) > 1
        ? pathOf(note)
        : note.baseName();
  }

  /** The full link text of a note: its vault path without {@code .md}. */
  static String pathOf(NoteId note) {
    String path = note.path();
    return path.toLowerCase(Locale.ROOT).endsWith(".md")
        ? path.substring(0, path.length() - 3)
        : path;
  }
}
