package dev.memoria.bench;

import dev.memoria.bench.PlannedNote.Heading;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes a synthetic bilingual Obsidian vault for benchmarks: half Spanish and half English notes
 * of about 4 KB, nested folders, frontmatter, every kind of wikilink (about 5% broken on purpose),
 * embeds, callouts, tables, code blocks, block ids, translations and PNG attachments.
 *
 * <p>The same note count and seed always give byte-identical files: everything comes from {@link
 * SplittableRandom}s seeded from the seed, and nothing depends on time or hash order.
 *
 * <p>Usage: {@code VaultGenerator --notes N --out DIR [--seed S]}.
 */
public final class VaultGenerator {

  /** The seed used when {@code --seed} is not given. */
  public static final long DEFAULT_SEED = 42;

  private static final int EXIT_USAGE = 2;
  private static final List<String> OPTIONS = List.of("--notes", "--out", "--seed");
  private static final String ATTACHMENTS = "attachments";

  /** Folders outside the language folders: the language must come from elsewhere. */
  private static final List<String> NEUTRAL_FOLDERS = List.of("", "", "Inbox", "Archive/2024");

  private static final List<String> IMAGE_NAMES =
      List.of("diagrama de memoria %d.png", "stack-heap-%d.png", "ownership diagram %d.png");

  private static final double TRANSLATION_PAIR_SHARE = 0.12;
  private static final double NEUTRAL_FOLDER_SHARE = 0.10;

  /** Below this many notes, folders get no index notes: they would crowd a small vault. */
  private static final int MIN_NOTES_FOR_FOLDER_INDEXES = 100;

  private VaultGenerator() {}

  /** Runs the generator from the command line; exits with 2 on bad arguments. */
  public static void main(String[] args) throws IOException {
    Map<String, String> options = new TreeMap<>();
    int notes;
    Path out;
    long seed;
    try {
      for (int i = 0; i < args.length; i += 2) {
        if (!OPTIONS.contains(args[i]) || i + 1 >= args.length) {
          throw new IllegalArgumentException("unknown option or missing value: " + args[i]);
        }
        options.put(args[i], args[i + 1]);
      }
      if (!options.containsKey("--notes") || !options.containsKey("--out")) {
        throw new IllegalArgumentException("--notes and --out are required");
      }
      notes = Integer.parseInt(options.get("--notes"));
      out = Path.of(options.get("--out"));
      seed = Long.parseLong(options.getOrDefault("--seed", String.valueOf(DEFAULT_SEED)));
      if (notes < 1) {
        throw new IllegalArgumentException("--notes must be at least 1");
      }
    } catch (IllegalArgumentException e) {
      System.err.println("VaultGenerator: " + e.getMessage());
      System.err.println("usage: VaultGenerator --notes N --out DIR [--seed S]");
      System.exit(EXIT_USAGE);
      return;
    }
    List<Path> written = generate(out, notes, seed);
    System.out.printf(
        Locale.ROOT,
        "wrote %d notes to %s (seed %d)%n",
        written.size(),
        out.toAbsolutePath(),
        seed);
  }

  /**
   * Writes a vault of {@code notes} notes into {@code dir}, which must be missing or empty.
   *
   * @return the paths of the notes written, in plan order
   * @throws IOException if {@code dir} is not empty or a file cannot be written
   */
  public static List<Path> generate(Path dir, int notes, long seed) throws IOException {
    if (notes < 1) {
      throw new IllegalArgumentException("notes must be at least 1, was " + notes);
    }
    Files.createDirectories(dir);
    try (Stream<Path> entries = Files.list(dir)) {
      if (entries.findAny().isPresent()) {
        throw new IOException(dir + ": folder is not empty; pass a new or empty folder");
      }
    }
    List<String> images = imageNames(notes);
    List<PlannedNote> plan = plan(notes, images, new SplittableRandom(seed));

    for (int i = 0; i < images.size(); i++) {
      write(dir.resolve(ATTACHMENTS).resolve(images.get(i)), image(i));
    }
    NoteComposer composer = new NoteComposer(plan);
    List<Path> written = new ArrayList<>(notes);
    for (PlannedNote note : plan) {
      // One stream per note: a note's text does not depend on the notes written before it.
      SplittableRandom random =
          new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (note.index() + 1)));
      Path file = dir.resolve(note.filePath());
      write(file, composer.compose(note, random).getBytes(StandardCharsets.UTF_8));
      written.add(file);
    }
    return List.copyOf(written);
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private static List<String> imageNames(int notes) {
    int count = Math.max(2, Math.min(20, notes / 100));
    List<String> names = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      names.add(String.format(Locale.ROOT, IMAGE_NAMES.get(i % IMAGE_NAMES.size()), i + 1));
    }
    return names;
  }

  /** A 24x16 diagram-like picture: two boxes (stack and heap) in colours that vary by index. */
  private static byte[] image(int index) {
    int hue = 0x203040 + index * 0x0B1713;
    return PngEncoder.encode(
        24,
        16,
        (x, y) -> {
          boolean stackBox = x >= 2 && x < 10 && y >= 3 && y < 13;
          boolean heapBox = x >= 14 && x < 22 && y >= 3 && y < 13;
          return stackBox ? hue & 0xFFFFFF : heapBox ? ~hue & 0xFFFFFF : 0xFFFFFF;
        });
  }

  private static List<PlannedNote> plan(int notes, List<String> images, SplittableRandom random) {
    Set<String> taken = new HashSet<>(); // membership only, never iterated
    Deque<String> spanishIndexes = new ArrayDeque<>();
    Deque<String> englishIndexes = new ArrayDeque<>();
    if (notes >= MIN_NOTES_FOR_FOLDER_INDEXES) {
      spanishIndexes.addAll(Vocabulary.SPANISH.folders());
      englishIndexes.addAll(Vocabulary.ENGLISH.folders());
    }
    List<PlannedNote> plan = new ArrayList<>(notes);
    for (int i = 0; i < notes; i++) {
      Vocabulary vocabulary = i % 2 == 0 ? Vocabulary.SPANISH : Vocabulary.ENGLISH;
      if (i % 2 == 0 && i + 1 < notes && random.nextDouble() < TRANSLATION_PAIR_SHARE) {
        planTranslationPair(i, taken, random, plan);
        i++;
        continue;
      }
      Deque<String> indexes = i % 2 == 0 ? spanishIndexes : englishIndexes;
      if (!indexes.isEmpty()) {
        String folder = indexes.poll();
        plan.add(
            note(
                i,
                vocabulary,
                folder,
                vocabulary.indexName(),
                vocabulary.indexName(),
                true,
                random));
        continue;
      }
      String folder =
          random.nextDouble() < NEUTRAL_FOLDER_SHARE
              ? pick(NEUTRAL_FOLDERS, random)
              : pick(vocabulary.folders(), random);
      String title = newTitle(vocabulary, taken, random);
      plan.add(note(i, vocabulary, folder, title, title, false, random));
    }
    return withImages(plan, images, random);
  }

  /** Plans notes {@code i} and {@code i + 1} as {@code Base.es.md} and {@code Base.en.md}. */
  private static void planTranslationPair(
      int i, Set<String> taken, SplittableRandom random, List<PlannedNote> plan) {
    String spanishTitle = newTitle(Vocabulary.SPANISH, taken, random);
    String englishTitle = newTitle(Vocabulary.ENGLISH, taken, random);
    String base = random.nextBoolean() ? spanishTitle : englishTitle;
    String spanishFolder;
    String englishFolder;
    if (random.nextBoolean()) {
      spanishFolder = pick(NEUTRAL_FOLDERS, random);
      englishFolder = spanishFolder;
    } else {
      // The language folder lists are parallel, so the same position mirrors the folder.
      int at = random.nextInt(Vocabulary.SPANISH.folders().size());
      spanishFolder = Vocabulary.SPANISH.folders().get(at);
      englishFolder = Vocabulary.ENGLISH.folders().get(at);
    }
    plan.add(note(i, Vocabulary.SPANISH, spanishFolder, base + ".es", spanishTitle, false, random));
    plan.add(
        note(i + 1, Vocabulary.ENGLISH, englishFolder, base + ".en", englishTitle, false, random));
  }

  private static PlannedNote note(
      int index,
      Vocabulary vocabulary,
      String folder,
      String stem,
      String title,
      boolean folderIndex,
      SplittableRandom random) {
    List<String> pool = new ArrayList<>(vocabulary.headings());
    int count = 5 + random.nextInt(4);
    List<Heading> headings = new ArrayList<>(count);
    int level = 2;
    for (int h = 0; h < count; h++) {
      String text = pool.remove(random.nextInt(pool.size()));
      headings.add(new Heading(level, text));
      level = random.nextDouble() < 0.35 ? 3 : 2;
    }
    double roll = random.nextDouble();
    int blocks = roll < 0.4 ? 0 : roll < 0.7 ? 1 : roll < 0.9 ? 2 : 3;
    List<String> blockIds = new ArrayList<>(blocks);
    for (int b = 0; b < blocks; b++) {
      blockIds.add(blockId(random));
    }
    return new PlannedNote(
        index, vocabulary, folder, stem, title, headings, blockIds, List.of(), folderIndex);
  }

  private static String blockId(SplittableRandom random) {
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder id = new StringBuilder(6);
    for (int c = 0; c < 6; c++) {
      id.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return id.toString();
  }

  /** Every image is embedded by at least one note; a few other notes embed one too. */
  private static List<PlannedNote> withImages(
      List<PlannedNote> plan, List<String> images, SplittableRandom random) {
    List<List<String>> embeds = new ArrayList<>(plan.size());
    for (int i = 0; i < plan.size(); i++) {
      embeds.add(new ArrayList<>());
    }
    for (int j = 0; j < images.size(); j++) {
      embeds.get((j * 37 + 3) % plan.size()).add(images.get(j));
    }
    for (List<String> noteEmbeds : embeds) {
      if (noteEmbeds.isEmpty() && random.nextDouble() < 0.03) {
        noteEmbeds.add(pick(images, random));
      }
    }
    List<PlannedNote> result = new ArrayList<>(plan.size());
    for (PlannedNote note : plan) {
      result.add(
          new PlannedNote(
              note.index(),
              note.vocabulary(),
              note.folder(),
              note.stem(),
              note.title(),
              note.headings(),
              note.blockIds(),
              embeds.get(note.index()),
              note.folderIndex()));
    }
    return List.copyOf(result);
  }

  /** A title unique in the vault ignoring case, as Obsidian's name resolution needs. */
  private static String newTitle(
      Vocabulary vocabulary, Set<String> taken, SplittableRandom random) {
    String title = pick(vocabulary.titleConcepts(), random);
    if (random.nextDouble() < 0.75) {
      title += " " + pick(vocabulary.titleContexts(), random);
    }
    String unique = title;
    for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
      unique = title + " " + n;
    }
    return unique;
  }

  static <T> T pick(List<T> items, SplittableRandom random) {
    return items.get(random.nextInt(items.size()));
  }
}
