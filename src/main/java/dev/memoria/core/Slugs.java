package dev.memoria.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns names into URL path segments and HTML ids: {@code "Gestión de memoria"} becomes {@code
 * "gestion-de-memoria"}.
 *
 * <p>Accents are folded and case is lowered so URLs survive case-insensitive hosts and file
 * systems; letters of other scripts are kept. A slug never contains {@code /}, {@code .} or
 * anything a path or a selector would read as syntax.
 */
public final class Slugs {

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Slugs() {}

  /** The slug of one name; {@code fallback} when nothing sluggable is left. */
  public static String slug(String name, String fallback) {
    String ascii = asciiSlug(name);
    if (ascii != null) {
      return ascii.isEmpty() ? fallback : ascii;
    }
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    String folded = COMBINING_MARKS.matcher(decomposed).replaceAll("");
    String lower = folded.toLowerCase(Locale.ROOT);
    String dashed = NOT_WORD.matcher(lower).replaceAll("-");
    String trimmed = trimDashes(dashed);
    return trimmed.isEmpty() ? fallback : Normalizer.normalize(trimmed, Normalizer.Form.NFC);
  }

  /**
   * The page of a tag, relative to the site root: {@code rust/memory} → {@code
   * tags/rust/memory.html}.
   */
  public static String tagPage(String tag) {
    StringBuilder path = new StringBuilder("tags");
    for (String part : tag.split("/")) {
      if (!part.isBlank()) {
        path.append('/').append(slug(part, "tag"));
      }
    }
    return path.append(".html").toString();
  }

  /**
   * The stub page of a note that does not exist, relative to the site root: {@code [[Ownrship]]} →
   * {@code missing/ownrship.html}. Links that differ only in case or accents share one stub, as
   * they would name the same note once it is written.
   */
  public static String missingPage(String target) {
    // [t](Nowhere.md) and [[Nowhere]] name the same missing note.
    String name =
        target.toLowerCase(Locale.ROOT).endsWith(".md")
            ? target.substring(0, target.length() - 3)
            : target;
    StringBuilder path = new StringBuilder("missing");
    for (String part : name.split("/")) {
      // Segments with nothing sluggable ("..", "???") are dropped, not kept as "note" folders.
      String segment = slug(part, "");
      if (!segment.isEmpty()) {
        path.append('/').append(segment);
      }
    }
    if (path.length() == "missing".length()) {
      path.append("/note");
    }
    return path.append(".html").toString();
  }

  /**
   * The slug of a name that is plain ASCII, without the Unicode normaliser and regular expressions
   * (most names are, and slugs are made for every heading of every note); null otherwise.
   */
  private static String asciiSlug(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean dash = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
      if (word) {
        if (dash && out.length() > 0) {
          out.append('-');
        }
        dash = false;
        out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
      } else {
        dash = true;
      }
    }
    return out.toString();
  }

  private static String trimDashes(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == '-') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == '-') {
      end--;
    }
    return text.substring(start, end);
  }
}
