package dev.memoria.checks;

import java.util.List;

/**
 * When a name is close enough to a mistyped one to be offered as "did you mean".
 *
 * <p>Names are compared folded ({@link NameFolding#fold}). Two names are close when their
 * optimal-string-alignment distance is at most {@link #maxDistance} of the shorter one, or when
 * they are equal once spaces, dashes and underscores are dropped. The bound grows with length (a
 * quarter of it, at least 1, at most 3) so short names do not match everything: {@code ab} is never
 * "close" to {@code xy}, while {@code Ownrship} (8 letters, 2 edits allowed) finds {@code
 * Ownership}. Names shorter than 3 letters only match exactly.
 */
final class Suggestions {

  /** How many suggestions a finding carries at most. */
  static final int LIMIT = 3;

  private Suggestions() {}

  /** The largest distance at which a name of {@code length} folded characters is still close. */
  static int maxDistance(int length) {
    return length < 3 ? 0 : Math.max(1, Math.min(3, length / 4));
  }

  /**
   * How far {@code query} is from {@code name} (both folded), or -1 when they are not close. Names
   * equal but for spaces, dashes and underscores count as distance 0.
   */
  static int distance(String query, String name) {
    if (NameFolding.compact(query).equals(NameFolding.compact(name))) {
      return 0;
    }
    int max = maxDistance(Math.min(query.length(), name.length()));
    int distance = EditDistance.bounded(query, name, max);
    return distance <= max ? distance : -1;
  }

  /** "did you mean "A"?", "did you mean "A" or "B"?", "did you mean "A", "B" or "C"?". */
  static String didYouMean(List<String> suggestions) {
    return "did you mean " + quotedList(suggestions, "or") + "?";
  }

  /** {@code "A"}, {@code "A" and "B"}, {@code "A", "B" and "C"} with the given last joiner. */
  static String quotedList(List<String> items, String joiner) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        text.append(i == items.size() - 1 ? " " + joiner + " " : ", ");
      }
      text.append('"').append(items.get(i)).append('"');
    }
    return text.toString();
  }
}
