package dev.memoria.checks;

import java.util.HashMap;
import java.util.Map;

/**
 * The optimal-string-alignment distance: Levenshtein plus adjacent transpositions, each edit
 * costing one ({@code ownrship} → {@code ownership} is 1, {@code onwership} → {@code ownership} is
 * 1).
 */
final class EditDistance {

  private EditDistance() {}

  /**
   * A string prepared for many comparisons: with Hyyrö's bit-vector algorithm (2003) a comparison
   * costs a few word operations per character of the other string, when the pattern has at most 64
   * characters; longer patterns fall back to {@link #bounded}.
   */
  static final class Pattern {

    private final String text;
    private final long[] ascii = new long[128];
    private final Map<Character, Long> other = new HashMap<>();

    Pattern(String text) {
      this.text = text;
      if (text.length() <= Long.SIZE) {
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (c < 128) {
            ascii[c] |= 1L << i;
          } else {
            other.merge(c, 1L << i, (a, b) -> a | b);
          }
        }
      }
    }

    private long positions(char c) {
      return c < 128 ? ascii[c] : other.getOrDefault(c, 0L);
    }

    /** The distance to {@code other} when at most {@code max}, else {@code max + 1}. */
    int distance(String other, int max) {
      int m = text.length();
      if (Math.abs(m - other.length()) > max) {
        return max + 1;
      }
      if (m == 0 || m > Long.SIZE) {
        return bounded(text, other, max);
      }
      long vp = -1L;
      long vn = 0;
      long d0 = 0;
      long previousMatches = 0;
      long last = 1L << (m - 1);
      int distance = m;
      for (int j = 0; j < other.length(); j++) {
        long matches = positions(other.charAt(j));
        long transposed = (((~d0) & matches) << 1) & previousMatches;
        d0 = ((((matches & vp) + vp) ^ vp) | matches | vn) | transposed;
        long hp = vn | ~(d0 | vp);
        long hn = d0 & vp;
        if ((hp & last) != 0) {
          distance++;
        } else if ((hn & last) != 0) {
          distance--;
        }
        hp = (hp << 1) | 1;
        hn = hn << 1;
        vp = hn | ~(d0 | hp);
        vn = hp & d0;
        previousMatches = matches;
      }
      return Math.min(distance, max + 1);
    }
  }

  /**
   * The distance between {@code a} and {@code b} when at most {@code max}, else {@code max + 1};
   * only the band of cells that can stay within {@code max} is computed, and it gives up as soon as
   * a whole row exceeds it.
   */
  static int bounded(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    if (n == 0 || m == 0) {
      return Math.max(n, m);
    }
    int over = max + 1;
    // Three rows: the transposition step looks two rows back.
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = Math.min(j, over);
    }
    for (int i = 1; i <= n; i++) {
      int from = Math.max(1, i - max);
      int to = Math.min(m, i + max);
      current[0] = Math.min(i, over);
      if (from > 1) {
        current[from - 1] = over;
      }
      int rowMin = current[0] <= max && from == 1 ? current[0] : over;
      char ca = a.charAt(i - 1);
      for (int j = from; j <= to; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : 1;
        int value = Math.min(previous[j - 1] + cost, Math.min(previous[j] + 1, current[j - 1] + 1));
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          value = Math.min(value, before[j - 2] + 1);
        }
        current[j] = Math.min(value, over);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (to < m) {
        current[to + 1] = over;
      }
      if (rowMin > max) {
        return over;
      }
      int[] recycled = before;
      before = previous;
      previous = current;
      current = recycled;
    }
    return Math.min(previous[m], over);
  }
}
