package dev.memoria.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The "did you mean" rule: folding, distance, thresholds, and the index that finds candidates. */
class SuggestionsTest {

  @Test
  void foldsAccentsCaseAndSpaces() {
    assertEquals("gestion de memoria", NameFolding.fold(" Gestión  DE\u00A0Memória "));
    assertEquals("stackandheap", NameFolding.compact(NameFolding.fold("Stack-and_Heap")));
  }

  @Test
  void allowsMoreEditsForLongerNames() {
    assertEquals(0, Suggestions.maxDistance(2));
    assertEquals(1, Suggestions.maxDistance(3));
    assertEquals(1, Suggestions.maxDistance(7));
    assertEquals(2, Suggestions.maxDistance(8));
    assertEquals(3, Suggestions.maxDistance(12));
    assertEquals(3, Suggestions.maxDistance(40));
  }

  @Test
  void measuresCloseNamesAndRejectsFarOnes() {
    assertEquals(1, Suggestions.distance("ownrship", "ownership"));
    assertEquals(1, Suggestions.distance("onwership", "ownership"));
    assertEquals(0, Suggestions.distance("stack and heap", "stack-and-heap"));
    assertEquals(-1, Suggestions.distance("ab", "ax"));
    assertEquals(-1, Suggestions.distance("lifetimes", "ownership"));
  }

  @Test
  void boundedDistanceEqualsTheFullDistanceWithinTheBound() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 20_000; i++) {
      String a = word(random, 0, 9);
      String b = random.nextBoolean() ? word(random, 0, 9) : mutate(a, random);
      int max = random.nextInt(5);
      int full = osa(a, b);
      assertEquals(Math.min(full, max + 1), EditDistance.bounded(a, b, max), a + " / " + b);
    }
  }

  @Test
  void bitParallelDistanceEqualsTheFullDistance() {
    SplittableRandom random = new SplittableRandom(9);
    for (int i = 0; i < 20_000; i++) {
      String a = word(random, 0, 70);
      String b = random.nextBoolean() ? word(random, 0, 70) : mutate(a, random);
      int max = random.nextInt(80);
      int full = osa(a, b);
      assertEquals(
          Math.min(full, max + 1), new EditDistance.Pattern(a).distance(b, max), a + " / " + b);
    }
  }

  @Test
  void indexFindsWhatComparingEveryNameFinds() {
    SplittableRandom random = new SplittableRandom(11);
    List<NameIndex.Named> names = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      String name = word(random, 2, 16);
      names.add(new NameIndex.Named(name, "note " + (i % 1_500), random.nextInt(5) == 0));
    }
    NameIndex index = NameIndex.of(names);
    for (int i = 0; i < 2_000; i++) {
      String query =
          random.nextBoolean()
              ? mutate(names.get(random.nextInt(names.size())).name(), random)
              : word(random, 1, 16);
      assertEquals(bruteForce(names, query), index.suggest(query), query);
    }
  }

  @Test
  void comparesOnlyTheLastSegmentWithoutItsExtension() {
    NameIndex index =
        NameIndex.of(
            List.of(
                new NameIndex.Named("Ownership", "Ownership", false),
                new NameIndex.Named("Owner", "Propiedad", true)));

    assertEquals(List.of("Ownership"), index.suggest("Rust/Ownrship.md"));
    assertEquals(List.of("Propiedad"), index.suggest("Ownr"));
    assertEquals(List.of(), index.suggest(""));
  }

  @Test
  void ranksNamesBeforeAliasesAndLimitsToThree() {
    NameIndex index =
        NameIndex.of(
            List.of(
                new NameIndex.Named("Boxes", "Alias note", true),
                new NameIndex.Named("Boxes", "Boxes", false),
                new NameIndex.Named("Boxed", "Boxed", false),
                new NameIndex.Named("Foxes", "Foxes", false),
                new NameIndex.Named("Boxer", "Boxer", false)));

    assertEquals(List.of("Boxes", "Alias note", "Boxed"), index.suggest("boxes"));
  }

  private static List<String> bruteForce(List<NameIndex.Named> names, String query) {
    record Hit(String written, boolean alias, int distance, int gap) {}
    String folded = NameFolding.fold(query);
    List<Hit> hits = new ArrayList<>();
    for (NameIndex.Named named : names) {
      String name = NameFolding.fold(named.name());
      int distance = Suggestions.distance(folded, name);
      if (!folded.isEmpty() && distance >= 0) {
        hits.add(
            new Hit(
                named.written(),
                named.alias(),
                distance,
                Math.abs(name.length() - folded.length())));
      }
    }
    hits.sort(
        Comparator.comparingInt(Hit::distance)
            .thenComparing(Hit::alias)
            .thenComparingInt(Hit::gap)
            .thenComparing(Hit::written));
    LinkedHashSet<String> written = new LinkedHashSet<>();
    for (Hit hit : hits) {
      if (written.size() < Suggestions.LIMIT) {
        written.add(hit.written());
      }
    }
    return List.copyOf(written);
  }

  /** The optimal-string-alignment distance, computed in full. */
  private static int osa(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** A word over a small alphabet, so that random words are often close to each other. */
  private static String word(SplittableRandom random, int min, int max) {
    String alphabet = "abcde -éÁ";
    int length = min + random.nextInt(max - min + 1);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return word.toString();
  }

  /** {@code word} with one to three random edits. */
  private static String mutate(String word, SplittableRandom random) {
    StringBuilder out = new StringBuilder(word);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = out.length() == 0 ? 0 : random.nextInt(out.length());
      switch (random.nextInt(4)) {
        case 0 -> out.insert(at, "abcde".charAt(random.nextInt(5)));
        case 1 -> {
          if (out.length() > 0) {
            out.deleteCharAt(at);
          }
        }
        case 2 -> {
          if (out.length() > 0) {
            out.setCharAt(at, "abcde".charAt(random.nextInt(5)));
          }
        }
        default -> {
          if (at + 1 < out.length()) {
            char c = out.charAt(at);
            out.setCharAt(at, out.charAt(at + 1));
            out.setCharAt(at + 1, c);
          }
        }
      }
    }
    return out.toString();
  }
}
