package dev.memoria.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultGeneratorTest {

  private static final int NOTES = 300;
  private static final Pattern WIKILINK = Pattern.compile("!?\\[\\[([^\\]]+)]]");
  private static final Pattern INLINE_CODE = Pattern.compile("`[^`\n]*`");
  private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$");
  private static final Pattern BLOCK_ID = Pattern.compile(" \\^([a-z0-9]+)$");
  private static final Set<String> SPANISH_WORDS =
      Set.of("de", "la", "que", "el", "en", "los", "las", "del", "por", "con", "una", "para");
  private static final Set<String> ENGLISH_WORDS =
      Set.of("the", "of", "and", "to", "in", "is", "that", "for", "with", "this", "are", "it");

  @TempDir Path tmp;

  @Test
  void sameSeedWritesByteIdenticalTrees() throws IOException {
    VaultGenerator.generate(tmp.resolve("a"), 120, 7);
    VaultGenerator.generate(tmp.resolve("b"), 120, 7);
    VaultGenerator.generate(tmp.resolve("c"), 120, 8);

    Map<String, String> first = tree(tmp.resolve("a"));
    assertEquals(first, tree(tmp.resolve("b")));
    assertNotEquals(first, tree(tmp.resolve("c")), "the seed must change the vault");
  }

  @Test
  void writesExactlyTheRequestedNumberOfNotes() throws IOException {
    for (int notes : new int[] {1, 2, 37, NOTES}) {
      Path vault = tmp.resolve("v" + notes);
      List<Path> written = VaultGenerator.generate(vault, notes, 1);
      assertEquals(notes, written.size());
      assertEquals(notes, notes(vault).size(), "notes on disk for " + notes);
    }
  }

  @Test
  void writesAboutHalfTheNotesInSpanishAndLanguageFoldersMatchTheirText() throws IOException {
    Path vault = tmp.resolve("v");
    VaultGenerator.generate(vault, NOTES, 3);

    int spanish = 0;
    for (Path note : notes(vault)) {
      String path = vault.relativize(note).toString().replace('\\', '/');
      boolean isSpanish = looksSpanish(Files.readString(note));
      spanish += isSpanish ? 1 : 0;
      if (path.startsWith("es/") || path.startsWith("en/")) {
        assertEquals(path.startsWith("es/"), isSpanish, "language of " + path);
      }
    }
    assertEquals(0.5, spanish / (double) NOTES, 0.05, spanish + " Spanish notes of " + NOTES);
  }

  @Test
  void notesAverageThreeToFiveKilobytes() throws IOException {
    Path vault = tmp.resolve("v");
    VaultGenerator.generate(vault, NOTES, 4);

    long bytes = 0;
    for (Path note : notes(vault)) {
      bytes += Files.size(note);
    }
    double average = bytes / (double) NOTES;
    assertTrue(average >= 3000 && average <= 5000, "average note size " + average + " bytes");
  }

  @Test
  void everyNoteHasFiveToFifteenWikilinksOutsideCode() throws IOException {
    Path vault = tmp.resolve("v");
    VaultGenerator.generate(vault, NOTES, 5);

    for (Path note : notes(vault)) {
      long links = noteLinks(Files.readString(note)).size();
      assertTrue(links >= 5 && links <= 15, links + " wikilinks in " + vault.relativize(note));
    }
  }

  @Test
  void aboutOneLinkInTwentyIsBrokenAndTheRestReachRealNotesHeadingsAndBlocks() throws IOException {
    Path vault = tmp.resolve("v");
    VaultGenerator.generate(vault, NOTES, 6);
    Map<String, String> texts = new TreeMap<>();
    for (Path note : notes(vault)) {
      String path = vault.relativize(note).toString().replace('\\', '/');
      texts.put(path.substring(0, path.length() - ".md".length()), Files.readString(note));
    }
    Map<String, List<String>> byName = new HashMap<>();
    for (String path : texts.keySet()) {
      byName.computeIfAbsent(name(path).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(path);
    }

    int total = 0;
    int broken = 0;
    for (Map.Entry<String, String> note : texts.entrySet()) {
      for (String link : noteLinks(note.getValue())) {
        total++;
        broken += resolves(link, note.getKey(), texts, byName) ? 0 : 1;
      }
    }
    double share = broken / (double) total;
    assertTrue(share > 0.02 && share < 0.09, broken + " broken links of " + total);
  }

  @Test
  void embedsImagesThatExistAsValidPngs() throws IOException {
    Path vault = tmp.resolve("v");
    VaultGenerator.generate(vault, NOTES, 9);

    Set<String> embedded = new HashSet<>();
    for (Path note : notes(vault)) {
      Matcher m = WIKILINK.matcher(Files.readString(note));
      while (m.find()) {
        if (m.group(1).contains(".png")) {
          embedded.add(m.group(1).substring(0, m.group(1).indexOf('|')));
        }
      }
    }
    assertTrue(!embedded.isEmpty(), "no image embeds");
    for (String image : embedded) {
      byte[] bytes = Files.readAllBytes(vault.resolve("attachments").resolve(image));
      assertEquals("\u0089PNG", new String(bytes, 0, 4, StandardCharsets.ISO_8859_1), image);
    }
  }

  @Test
  void refusesAFolderThatIsNotEmpty() throws IOException {
    Files.writeString(tmp.resolve("keep.md"), "mine");

    assertThrows(IOException.class, () -> VaultGenerator.generate(tmp, 10, 1));
    assertEquals("mine", Files.readString(tmp.resolve("keep.md")));
  }

  /** Wikilinks to notes outside code (image embeds and {@code [[x]]} in code do not count). */
  private static List<String> noteLinks(String markdown) {
    List<String> links = new ArrayList<>();
    Matcher m = WIKILINK.matcher(INLINE_CODE.matcher(withoutFencedCode(markdown)).replaceAll(""));
    while (m.find()) {
      if (!m.group(1).contains(".png")) {
        links.add(m.group(1));
      }
    }
    return links;
  }

  private static String withoutFencedCode(String markdown) {
    StringBuilder kept = new StringBuilder();
    boolean inFence = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("```")) {
        inFence = !inFence;
      } else if (!inFence) {
        kept.append(line).append('\n');
      }
    }
    return kept.toString();
  }

  /** Obsidian's rules, enough for this vault: unique name, or path suffix, then the fragment. */
  private static boolean resolves(
      String link, String from, Map<String, String> texts, Map<String, List<String>> byName) {
    String target = link.contains("|") ? link.substring(0, link.indexOf('|')) : link;
    String fragment = "";
    if (target.contains("#")) {
      fragment = target.substring(target.indexOf('#') + 1);
      target = target.substring(0, target.indexOf('#'));
    }
    String lower = target.toLowerCase(Locale.ROOT);
    List<String> candidates;
    if (target.isEmpty()) {
      candidates = List.of(from);
    } else if (target.contains("/")) {
      candidates =
          texts.keySet().stream()
              .filter(
                  p ->
                      p.toLowerCase(Locale.ROOT).equals(lower)
                          || p.toLowerCase(Locale.ROOT).endsWith("/" + lower))
              .toList();
    } else {
      candidates = byName.getOrDefault(lower, List.of());
    }
    if (candidates.size() != 1) {
      return false;
    }
    String text = withoutFencedCode(texts.get(candidates.get(0)));
    if (fragment.isEmpty()) {
      return true;
    }
    for (String line : text.split("\n")) {
      Matcher heading = HEADING.matcher(line);
      Matcher block = BLOCK_ID.matcher(line);
      if (fragment.startsWith("^")
          ? block.find() && block.group(1).equals(fragment.substring(1))
          : heading.matches() && heading.group(1).equals(fragment)) {
        return true;
      }
    }
    return false;
  }

  private static boolean looksSpanish(String text) {
    int spanish = 0;
    int english = 0;
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      spanish += SPANISH_WORDS.contains(word) ? 1 : 0;
      english += ENGLISH_WORDS.contains(word) ? 1 : 0;
    }
    return spanish > english;
  }

  private static String name(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static List<Path> notes(Path vault) throws IOException {
    try (Stream<Path> files = Files.walk(vault)) {
      return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
    }
  }

  /** Relative path to content; bytes kept as ISO-8859-1 so any difference shows. */
  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> tree = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        tree.put(
            root.relativize(file).toString(),
            new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    return tree;
  }
}
