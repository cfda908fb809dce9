package dev.memoria.checks;

import dev.memoria.markdown.ParsedNote;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names and aliases of the published notes, folded, for "did you mean" suggestions on links
 * that lead nowhere. Built once per check; lookups only read it and may run in parallel.
 *
 * <p>A lookup must not compare the query with every name (10,000 notes, thousands of broken links).
 * Within k edits, at least {@code n + 1 - 3k} of the n + 1 bigrams of a query of length n (padded
 * with a start and an end mark) survive unchanged in the other name, shifted by at most k places: a
 * transposition spoils three bigrams, any other edit at most two, and only insertions and deletions
 * shift. So a close name holds one of any {@code 3k + 1} of the query's bigrams near the same place
 * ("prefix filtering" with positional bigrams). Candidates are the names of a compatible length
 * listed under the query's rarest bigrams at a compatible position; only they are compared, with a
 * bit-parallel edit distance.
 */
final class NameIndex {

  /**
   * A name a link may have meant.
   *
   * @param name the name as the note has it (base name or alias)
   * @param written how a link to its note is written
   */
  record Named(String name, String written, boolean alias) {}

  /** What a folded name stands for: a link target as written, and whether it is an alias. */
  private record Target(String written, boolean alias) {}

  private record Candidate(String written, boolean alias, int distance, int lengthGap) {}

  private static final Comparator<Candidate> RANK =
      Comparator.comparingInt(Candidate::distance)
          .thenComparing(Candidate::alias)
          .thenComparingInt(Candidate::lengthGap)
          .thenComparing(Candidate::written);

  private static final char START = '\u0002';
  private static final char END = '\u0003';

  /**
   * Longer names are not indexed: nobody mistypes a 500-character link, and postings pack lengths
   * and positions into 9 bits each.
   */
  private static final int MAX_INDEXED_LENGTH = 500;

  private static final int POSITION_BITS = 9;
  private static final int NUMBER_BITS = 20;

  /** Distinct folded names; a name's position is its number. */
  private final String[] keys;

  /** The characters of each name as a set of bits ({@link #characters}). */
  private final long[] characters;

  private final List<List<Target>> targets;
  private final Map<String, int[]> byCompact;

  /**
   * A bigram to where it occurs, as two parallel arrays sorted together: the length of the name and
   * the bigram's position in it ({@code length << 9 | position}), and the name's number.
   */
  private final Map<Integer, int[][]> postings;

  private NameIndex(
      String[] keys,
      List<List<Target>> targets,
      Map<String, int[]> byCompact,
      Map<Integer, int[][]> postings) {
    this.keys = keys;
    this.characters = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      characters[i] = characters(keys[i]);
    }
    this.targets = targets;
    this.byCompact = byCompact;
    this.postings = postings;
  }

  /** Indexes the base names and aliases of {@code published}, written as {@code names} says. */
  static NameIndex of(Collection<ParsedNote> published, LinkNames names) {
    List<Named> all = new ArrayList<>();
    for (ParsedNote note : published) {
      String written = names.of(note.id());
      all.add(new Named(note.id().baseName(), written, false));
      for (String alias : note.source().frontmatter().aliases()) {
        all.add(new Named(alias, written, true));
      }
    }
    return of(all);
  }

  static NameIndex of(List<Named> all) {
    Map<String, Integer> numbers = new HashMap<>();
    List<String> keys = new ArrayList<>();
    List<List<Target>> targets = new ArrayList<>();
    for (Named named : all) {
      String folded = NameFolding.fold(named.name());
      if (folded.isEmpty() || folded.length() > MAX_INDEXED_LENGTH) {
        continue;
      }
      Integer number = numbers.get(folded);
      if (number == null) {
        number = keys.size();
        numbers.put(folded, number);
        keys.add(folded);
        targets.add(new ArrayList<>(1));
      }
      targets.get(number).add(new Target(named.written(), named.alias()));
    }
    if (keys.size() >= 1 << NUMBER_BITS) {
      throw new IllegalStateException("more than a million note names and aliases");
    }

    Map<String, List<Integer>> compact = new HashMap<>();
    Map<Integer, LongList> occurrences = new HashMap<>();
    for (int number = 0; number < keys.size(); number++) {
      String key = keys.get(number);
      compact.computeIfAbsent(NameFolding.compact(key), k -> new ArrayList<>()).add(number);
      long length = (long) key.length() << (POSITION_BITS + NUMBER_BITS);
      int[] grams = bigrams(key);
      for (int position = 0; position < grams.length; position++) {
        occurrences
            .computeIfAbsent(grams[position], g -> new LongList())
            .add(length | ((long) position << NUMBER_BITS) | number);
      }
    }
    Map<Integer, int[][]> postings = new HashMap<>();
    occurrences.forEach(
        (gram, list) -> {
          long[] sorted = list.sorted();
          int[] places = new int[sorted.length];
          int[] names = new int[sorted.length];
          for (int i = 0; i < sorted.length; i++) {
            places[i] = (int) (sorted[i] >>> NUMBER_BITS);
            names[i] = (int) sorted[i] & ((1 << NUMBER_BITS) - 1);
          }
          postings.put(gram, new int[][] {places, names});
        });
    Map<String, int[]> byCompact = new HashMap<>();
    compact.forEach(
        (form, list) -> byCompact.put(form, list.stream().mapToInt(Integer::intValue).toArray()));
    return new NameIndex(keys.toArray(String[]::new), targets, byCompact, postings);
  }

  /** A growable array of longs, to build postings without boxing. */
  private static final class LongList {
    private long[] values = new long[8];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    long[] sorted() {
      long[] copy = Arrays.copyOf(values, size);
      Arrays.sort(copy);
      return copy;
    }
  }

  /**
   * Up to {@link Suggestions#LIMIT} notes a link path that leads nowhere may have meant, best
   * first: closest by {@link Suggestions#distance}, names before aliases.
   *
   * @param linkPath the path part of the link as written ({@code Rust/Ownrship}); only its last
   *     segment, without {@code .md}, is compared
   */
  List<String> suggest(String linkPath) {
    String query = NameFolding.fold(baseName(linkPath));
    if (query.isEmpty()) {
      return List.of();
    }
    List<Candidate> found = new ArrayList<>();
    int[] sameCompact = byCompact.getOrDefault(NameFolding.compact(query), new int[0]);
    for (int number : sameCompact) {
      collect(number, 0, query, found);
    }
    int max = Suggestions.maxDistance(query.length());
    if (max > 0 && query.length() <= MAX_INDEXED_LENGTH) {
      EditDistance.Pattern pattern = new EditDistance.Pattern(query);
      long mine = characters(query);
      for (int number : candidates(query, max)) {
        int allowed = Suggestions.maxDistance(Math.min(query.length(), keys[number].length()));
        // A cheap test first: one edit adds at most one kind of character and removes at most one.
        if (!contains(sameCompact, number)
            && Long.bitCount(mine & ~characters[number]) <= allowed
            && Long.bitCount(characters[number] & ~mine) <= allowed) {
          int distance = pattern.distance(keys[number], allowed);
          if (distance <= allowed) {
            collect(number, distance, query, found);
          }
        }
      }
    }
    found.sort(RANK);
    Set<String> written = new LinkedHashSet<>();
    for (Candidate candidate : found) {
      if (written.size() == Suggestions.LIMIT) {
        break;
      }
      written.add(candidate.written());
    }
    return List.copyOf(written);
  }

  /**
   * The kinds of characters in {@code text} as bits: letters and digits each have their own, the
   * rest share bits, which only makes the test weaker, never wrong.
   */
  private static long characters(String text) {
    long bits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int bit;
      if (c >= 'a' && c <= 'z') {
        bit = c - 'a';
      } else if (c >= '0' && c <= '9') {
        bit = 26 + c - '0';
      } else {
        bit = 36 + c % 28;
      }
      bits |= 1L << bit;
    }
    return bits;
  }

  private static boolean contains(int[] numbers, int number) {
    for (int other : numbers) {
      if (other == number) {
        return true;
      }
    }
    return false;
  }

  private void collect(int number, int distance, String query, List<Candidate> found) {
    int gap = Math.abs(keys[number].length() - query.length());
    for (Target target : targets.get(number)) {
      found.add(new Candidate(target.written(), target.alias(), distance, gap));
    }
  }

  /**
   * The names that may be within {@code max} edits of {@code query}: of a length within {@code
   * max}, holding one of the query's {@code 3 * max + 1} rarest bigram occurrences within {@code
   * max} places of where the query has it.
   */
  private int[] candidates(String query, int max) {
    int length = query.length();
    int[] mine = bigrams(query);
    long[] byGram = new long[mine.length];
    for (int position = 0; position < mine.length; position++) {
      byGram[position] = ((long) mine[position] << 32) | position;
    }
    Arrays.sort(byGram);
    // Each distinct bigram with the positions it has in the query, rarest first.
    record Gram(int gram, int[] positions, int[][] postings) {
      int holders() {
        return postings == null ? 0 : postings[0].length;
      }
    }
    List<Gram> distinct = new ArrayList<>();
    for (int i = 0; i < byGram.length; ) {
      int gram = (int) (byGram[i] >> 32);
      int j = i;
      while (j < byGram.length && (int) (byGram[j] >> 32) == gram) {
        j++;
      }
      int[] positions = new int[j - i];
      for (int k = i; k < j; k++) {
        positions[k - i] = (int) byGram[k];
      }
      distinct.add(new Gram(gram, positions, postings.get(gram)));
      i = j;
    }
    distinct.sort(Comparator.comparingInt(Gram::holders).thenComparingInt(Gram::gram));

    // A bit per name, so each candidate is listed once.
    long[] seen = new long[(keys.length + 63) / 64];
    int[] found = new int[64];
    int count = 0;
    int needed = 3 * max + 1;
    for (Gram gram : distinct) {
      if (needed <= 0) {
        break;
      }
      needed -= gram.positions().length;
      if (gram.postings() == null) {
        continue;
      }
      int[] places = gram.postings()[0];
      int[] names = gram.postings()[1];
      for (int other = Math.max(1, length - max); other <= length + max; other++) {
        for (int position : gram.positions()) {
          int from = Math.max(0, position - max);
          int to = Math.min((1 << POSITION_BITS) - 1, position + max);
          int end = firstAtLeast(places, (other << POSITION_BITS | to) + 1);
          for (int i = firstAtLeast(places, other << POSITION_BITS | from); i < end; i++) {
            int number = names[i];
            if ((seen[number >>> 6] & (1L << number)) == 0) {
              seen[number >>> 6] |= 1L << number;
              if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
              }
              found[count++] = number;
            }
          }
        }
      }
    }
    return Arrays.copyOf(found, count);
  }

  /** The first index of sorted {@code values} holding at least {@code min}. */
  private static int firstAtLeast(int[] values, int min) {
    int low = 0;
    int high = values.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (values[middle] < min) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** The bigrams of {@code text} padded with a start and an end mark, in order. */
  private static int[] bigrams(String text) {
    int[] grams = new int[text.length() + 1];
    char previous = START;
    for (int i = 0; i <= text.length(); i++) {
      char next = i < text.length() ? text.charAt(i) : END;
      grams[i] = (previous << 16) | next;
      previous = next;
    }
    return grams;
  }

  private static String baseName(String linkPath) {
    String name = linkPath.substring(linkPath.lastIndexOf('/') + 1);
    return name.toLowerCase(Locale.ROOT).endsWith(".md")
        ? name.substring(0, name.length() - 3)
        : name;
  }
}
