package dev.memoria.markdown;

import java.util.Locale;
import java.util.Set;

/**
 * What a link asks for, independent of where it is written: the path part and the subpath after the
 * first {@code #} (without the {@code #}; empty when there is none).
 *
 * <p>Both are cleaned as Obsidian cleans them (trimmed, NBSP to space, Unicode NFC, URL-decoded for
 * Markdown links), so the same key is built when parsing and when rendering.
 */
public record LinkKey(String path, String subpath) {

  /**
   * Extensions that make a missing target an attachment rather than a note: Obsidian's accepted
   * file formats and common documents. A dot alone is not enough, since {@code [[v1.2]]} and {@code
   * [[Node.js]]} name notes.
   */
  private static final Set<String> ATTACHMENT_EXTENSIONS =
      Set.of(
          "png",
          "jpg",
          "jpeg",
          "gif",
          "bmp",
          "svg",
          "webp",
          "avif",
          "ico",
          "tif",
          "tiff",
          "mp3",
          "wav",
          "m4a",
          "ogg",
          "3gp",
          "flac",
          "webm",
          "mp4",
          "ogv",
          "mov",
          "mkv",
          "pdf",
          "canvas",
          "base",
          "excalidraw",
          "csv",
          "json",
          "txt",
          "zip",
          "docx",
          "xlsx",
          "pptx",
          "odt",
          "epub");

  /**
   * Whether a link path names an attachment rather than a note, by its extension: {@code
   * diagram.png}, {@code paper.pdf}; not {@code v1.2}, {@code Node.js} or {@code Mr. Smith}. It
   * matters only for links that resolve to nothing: a missing note gets a stub page and a "no note
   * named" message, a missing file neither.
   */
  public static boolean namesAttachment(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0
        && ATTACHMENT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
