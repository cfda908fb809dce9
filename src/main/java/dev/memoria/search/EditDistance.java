package dev.memoria.search;

/**
 * Optimal string alignment distance (Levenshtein plus swaps of neighbours), in UTF-16 units, as
 * {@code search.js} computes it.
 */
final class EditDistance {

  private EditDistance() {}

  /** The distance between {@code a} and {@code b}, or {@code max + 1} when it is more than max. */
  static int within(String a, String b, int max) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > max) {
      return max + 1;
    }
    int[] previous2 = new int[lb + 1];
    int[] previous = new int[lb + 1];
    int[] current = new int[lb + 1];
    for (int j = 0; j <= lb; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= la; i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= lb; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, previous2[j - 2] + 1);
        }
        current[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] recycled = previous2;
      previous2 = previous;
      previous = current;
      current = recycled;
    }
    return Math.min(previous[lb], max + 1);
  }
}
