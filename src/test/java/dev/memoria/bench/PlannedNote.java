package dev.memoria.bench;

import java.util.List;

/**
 * One note of a generated vault, decided before any text is written so that links from other notes
 * can point at its real headings and block ids.
 *
 * @param index position in the plan; even indexes are Spanish, odd ones English
 * @param vocabulary the language the note is written in
 * @param folder folder relative to the vault, {@code ""} for the vault's root
 * @param stem file name without {@code .md}: the name wikilinks use
 * @param title display title for the frontmatter and the H1
 * @param headings the note's H2 and H3 headings, in order
 * @param blockIds block ids ({@code ^id}) the note defines, without the caret
 * @param images attachment file names the note embeds
 * @param folderIndex whether this is a folder's index note, whose name repeats across folders
 */
record PlannedNote(
    int index,
    Vocabulary vocabulary,
    String folder,
    String stem,
    String title,
    List<Heading> headings,
    List<String> blockIds,
    List<String> images,
    boolean folderIndex) {

  PlannedNote {
    headings = List.copyOf(headings);
    blockIds = List.copyOf(blockIds);
    images = List.copyOf(images);
  }

  /** A heading of the note: level 2 or 3 and its text. */
  record Heading(int level, String text) {

    /** Whether {@code [[Note#text]]} reaches it as written (Obsidian drops ':' from links). */
    boolean linkable() {
      return text.indexOf(':') < 0;
    }
  }

  /** The vault-relative path without {@code .md}, as path-form wikilinks write it. */
  String linkPath() {
    return folder.isEmpty() ? stem : folder + "/" + stem;
  }

  /** The vault-relative file path. */
  String filePath() {
    return linkPath() + ".md";
  }

  /** Headings that links may name. */
  List<String> linkableHeadings() {
    return headings.stream().filter(Heading::linkable).map(Heading::text).toList();
  }
}
