package dev.memoria.bench;

import dev.memoria.bench.PlannedNote.Heading;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Writes the Markdown of one planned note, with links to the other notes of the plan.
 *
 * <p>Holds only the immutable plan, so notes can be composed in any order.
 */
final class NoteComposer {

  static final int MIN_LINKS = 5;
  static final int MAX_LINKS = 15;

  private static final double BROKEN_LINK_SHARE = 0.05;
  private static final int AVERAGE_SENTENCE_CHARS = 90;
  private static final Pattern PLAIN_YAML = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .()-]*");
  private static final List<String> CALLOUT_TYPES = List.of("note", "note", "tip", "warning");

  private final List<PlannedNote> plan;

  NoteComposer(List<PlannedNote> plan) {
    this.plan = List.copyOf(plan);
  }

  /** Returns the note's file content; {@code random} decides everything not in the plan. */
  String compose(PlannedNote note, SplittableRandom random) {
    return new Draft(note, random).write();
  }

  /** The mutable state of one note being written. */
  private final class Draft {
    private final PlannedNote note;
    private final Vocabulary words;
    private final SplittableRandom random;
    private final StringBuilder out = new StringBuilder(5000);
    private final Deque<String> links = new ArrayDeque<>();
    private final int target;
    private boolean markdownLinkPending;

    Draft(PlannedNote note, SplittableRandom random) {
      this.note = note;
      this.words = note.vocabulary();
      this.random = random;
      this.target = 3500 + random.nextInt(1100);
    }

    String write() {
      int linkCount = MIN_LINKS + random.nextInt(MAX_LINKS - MIN_LINKS + 1);
      List<Heading> headings = note.headings();
      int embedSection = random.nextDouble() < 0.2 ? random.nextInt(headings.size()) : -1;
      for (int i = embedSection >= 0 ? 1 : 0; i < linkCount; i++) {
        links.add(link());
      }
      markdownLinkPending = plan.size() > 1 && random.nextDouble() < 0.15;
      int todoSection = random.nextDouble() < 0.5 ? random.nextInt(headings.size()) : -1;
      List<Integer> imageSections = new ArrayList<>();
      for (int i = 0; i < note.images().size(); i++) {
        imageSections.add(random.nextInt(headings.size()));
      }

      frontmatter();
      if (random.nextDouble() < 0.85) {
        out.append("# ").append(note.title()).append("\n\n");
      }
      paragraph("");
      int start = out.length();
      for (int s = 0; s < headings.size(); s++) {
        Heading heading = headings.get(s);
        out.append("#".repeat(heading.level())).append(' ').append(heading.text()).append("\n\n");
        if (s == embedSection) {
          out.append(embed()).append("\n\n");
        }
        for (int i = 0; i < imageSections.size(); i++) {
          if (imageSections.get(i) == s) {
            out.append("![[").append(note.images().get(i)).append("|300]]\n\n");
          }
        }
        paragraph(s < note.blockIds().size() ? " ^" + note.blockIds().get(s) : "");
        if (s == todoSection) {
          String marker = random.nextBoolean() ? "//TODO " : "TODO: ";
          out.append(marker).append(VaultGenerator.pick(words.todoTexts(), random)).append("\n\n");
        }
        int sectionEnd = start + (target - start) * (s + 1) / headings.size();
        while (out.length() < sectionEnd) {
          block();
        }
      }
      if (!links.isEmpty()) {
        out.append("## ").append(words.seeAlso()).append("\n\n");
        while (!links.isEmpty()) {
          out.append("- ").append(links.poll()).append('\n');
        }
      }
      return out.toString();
    }

    private void frontmatter() {
      if (random.nextDouble() >= 0.9) {
        return;
      }
      out.append("---\n");
      if (random.nextDouble() < 0.85) {
        out.append("title: ").append(yaml(note.title(), random.nextDouble() < 0.25)).append('\n');
      }
      if (random.nextDouble() < 0.5) {
        String description = sentence(6, 11, false);
        out.append("description: ").append(yaml(description, false)).append('\n');
      }
      List<String> tags = distinct(words.tags(), 1 + random.nextInt(4));
      if (random.nextDouble() < 0.2) {
        out.append("tags: [").append(String.join(", ", tags)).append("]\n");
      } else {
        out.append("tags:\n");
        tags.forEach(tag -> out.append("  - ").append(tag).append('\n'));
      }
      if (random.nextDouble() < 0.3) {
        out.append("aliases:\n");
        for (String concept : distinct(words.titleConcepts(), 1 + random.nextInt(2))) {
          String alias = random.nextBoolean() ? concept.toLowerCase(Locale.ROOT) : concept;
          out.append("  - ").append(yaml(alias, false)).append('\n');
        }
      }
      boolean neutral = !note.folder().startsWith(words.code() + "/");
      if (random.nextDouble() < (neutral ? 0.5 : 0.2)) {
        out.append("lang: ").append(words.code()).append('\n');
      }
      if (random.nextDouble() < 0.02) {
        out.append("draft: true\n");
      }
      out.append("---\n\n");
    }

    private void block() {
      double roll = random.nextDouble();
      if (roll < 0.48) {
        paragraph("");
      } else if (roll < 0.62) {
        list("- ", false);
      } else if (roll < 0.68) {
        list("", true);
      } else if (roll < 0.72) {
        list("- [ ] ", false);
      } else if (roll < 0.80) {
        boolean rust = random.nextDouble() < 0.6;
        out.append(rust ? "```rust\n" : "```c\n")
            .append(VaultGenerator.pick(rust ? words.rustSnippets() : words.cSnippets(), random))
            .append("\n```\n\n");
      } else if (roll < 0.88) {
        callout();
      } else if (roll < 0.93) {
        table();
      } else {
        paragraph("");
      }
    }

    private void paragraph(String suffix) {
      int sentences = 2 + random.nextInt(3);
      for (int i = 0; i < sentences; i++) {
        out.append(i == 0 ? "" : " ").append(sentence(7, 16, true));
      }
      out.append(suffix).append("\n\n");
    }

    private void list(String marker, boolean numbered) {
      int items = 3 + random.nextInt(3);
      for (int i = 0; i < items; i++) {
        String itemMarker = numbered ? (i + 1) + ". " : marker;
        if (marker.startsWith("- [") && random.nextBoolean()) {
          itemMarker = "- [x] ";
        }
        out.append(itemMarker).append(sentence(4, 9, true)).append('\n');
        if (!numbered && random.nextDouble() < 0.2) {
          out.append("  - ").append(sentence(3, 7, true)).append('\n');
        }
      }
      out.append('\n');
    }

    private void callout() {
      out.append("> [!")
          .append(VaultGenerator.pick(CALLOUT_TYPES, random))
          .append("] ")
          .append(VaultGenerator.pick(words.calloutTitles(), random))
          .append('\n');
      int lines = 1 + random.nextInt(2);
      for (int i = 0; i < lines; i++) {
        out.append("> ").append(sentence(6, 14, true)).append('\n');
      }
      out.append('\n');
    }

    private void table() {
      List<String> header = VaultGenerator.pick(words.tableHeaders(), random);
      out.append("| ").append(String.join(" | ", header)).append(" |\n");
      out.append("| --- | --- | --- |\n");
      int rows = 3 + random.nextInt(2);
      for (int r = 0; r < rows; r++) {
        out.append("| ")
            .append(capitalize(VaultGenerator.pick(words.contentWords(), random)))
            .append(" | `")
            .append(VaultGenerator.pick(words.codeTerms(), random))
            .append("` | ")
            .append(VaultGenerator.pick(words.functionWords(), random))
            .append(' ')
            .append(VaultGenerator.pick(words.contentWords(), random))
            .append(" |\n");
      }
      out.append('\n');
    }

    /**
     * A sentence of mostly common words; {@code rich} adds inline code, emphasis, tags and the
     * links still to place, at a rate that spreads them over the note.
     */
    private String sentence(int minWords, int maxWords, boolean rich) {
      List<String> tokens = new ArrayList<>();
      int count = minWords + random.nextInt(maxWords - minWords + 1);
      for (int i = 0; i < count; i++) {
        tokens.add(
            VaultGenerator.pick(
                random.nextBoolean() ? words.functionWords() : words.contentWords(), random));
      }
      if (random.nextDouble() < 0.25) {
        insert(tokens, VaultGenerator.pick(words.technicalTerms(), random));
      }
      if (rich) {
        enrich(tokens);
      }
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < tokens.size(); i++) {
        text.append(i == 0 ? capitalize(tokens.get(i)) : tokens.get(i));
        if (i + 1 < tokens.size()) {
          text.append(random.nextDouble() < 0.08 ? ", " : " ");
        }
      }
      if (rich && random.nextDouble() < 0.05) {
        return words.code().equals("es") ? "¿" + text + "?" : text + "?";
      }
      return text + ".";
    }

    private void enrich(List<String> tokens) {
      if (random.nextDouble() < 0.12) {
        insert(tokens, "`" + VaultGenerator.pick(words.codeTerms(), random) + "`");
      }
      if (random.nextDouble() < 0.02) {
        insert(tokens, "`[[" + VaultGenerator.pick(words.contentWords(), random) + "]]`");
      }
      if (random.nextDouble() < 0.05) {
        int at = 1 + random.nextInt(tokens.size() - 1);
        tokens.set(at, "**" + tokens.get(at) + "**");
      }
      if (random.nextDouble() < 0.05) {
        int at = 1 + random.nextInt(tokens.size() - 2);
        tokens.set(at, "==" + tokens.get(at) + " " + tokens.remove(at + 1) + "==");
      }
      if (random.nextDouble() < 0.04) {
        tokens.add("#" + VaultGenerator.pick(words.tags(), random));
      }
      if (!links.isEmpty()) {
        int sentencesLeft = Math.max(1, (target - out.length()) / AVERAGE_SENTENCE_CHARS);
        if (random.nextDouble() < links.size() / (double) sentencesLeft) {
          insert(tokens, links.poll());
        }
      }
      if (markdownLinkPending && random.nextDouble() < 0.1) {
        insert(tokens, markdownLink());
        markdownLinkPending = false;
      }
    }

    /** Inserts after the first word, which stays a plain word so it can be capitalised. */
    private void insert(List<String> tokens, String token) {
      tokens.add(1 + random.nextInt(tokens.size()), token);
    }

    /** One wikilink in one of Obsidian's forms; about 5% point at nothing. */
    private String link() {
      PlannedNote other = target();
      String name = name(other);
      if (random.nextDouble() < BROKEN_LINK_SHARE) {
        return random.nextBoolean()
            ? "[["
                + VaultGenerator.pick(words.missingNames(), random)
                + " "
                + (1 + random.nextInt(999))
                + "]]"
            : "[[" + name + "#" + VaultGenerator.pick(words.missingHeadings(), random) + "]]";
      }
      double roll = random.nextDouble();
      if (roll < 0.30) {
        return "[[" + name + "]]";
      } else if (roll < 0.45) {
        return "[[" + name + "|" + alias(other) + "]]";
      } else if (roll < 0.63) {
        return heading(other).map(h -> "[[" + name + "#" + h + "]]").orElse("[[" + name + "]]");
      } else if (roll < 0.71) {
        if (other.folder().isEmpty()) {
          return "[[" + name + "]]";
        }
        String folder = other.folder();
        String suffix = folder.substring(folder.lastIndexOf('/') + 1);
        return "[[" + (random.nextBoolean() ? folder : suffix) + "/" + other.stem() + "]]";
      } else if (roll < 0.79) {
        return heading(note).map(h -> "[[#" + h + "]]").orElse("[[" + name + "]]");
      } else if (roll < 0.86) {
        return other.blockIds().isEmpty()
            ? "[[" + name + "]]"
            : "[[" + name + "#^" + VaultGenerator.pick(other.blockIds(), random) + "]]";
      } else if (roll < 0.93) {
        return heading(other)
            .map(h -> "[[" + name + "#" + h + "|" + alias(other) + "]]")
            .orElse("[[" + name + "]]");
      } else {
        // Obsidian matches names ignoring case; folder index names repeat, so keep their path.
        return "[[" + (other.folderIndex() ? name : name.toLowerCase(Locale.ROOT)) + "]]";
      }
    }

    private String embed() {
      PlannedNote other = target();
      return heading(other)
          .map(h -> "![[" + name(other) + "#" + h + "]]")
          .orElse("![[" + name(other) + "]]");
    }

    private String markdownLink() {
      PlannedNote other = target();
      String path =
          other.folderIndex() || random.nextDouble() < 0.4
              ? other.filePath()
              : other.stem() + ".md";
      String text = VaultGenerator.pick(words.contentWords(), random);
      return "[" + text + "](" + path.replace(" ", "%20") + ")";
    }

    /** Another note, preferring (about 70%) one in the same language. */
    private PlannedNote target() {
      int n = plan.size();
      if (n == 1) {
        return note;
      }
      int j = random.nextInt(n);
      if (j % 2 != note.index() % 2 && random.nextDouble() < 0.6) {
        j = j + 1 < n ? j + 1 : j - 1;
      }
      if (j == note.index()) {
        j = (j + 1) % n;
      }
      return plan.get(j);
    }

    /** Folder index names repeat across folders, so only their full path names one. */
    private String name(PlannedNote other) {
      return other.folderIndex() ? other.linkPath() : other.stem();
    }

    private Optional<String> heading(PlannedNote other) {
      List<String> linkable = other.linkableHeadings();
      return linkable.isEmpty()
          ? Optional.empty()
          : Optional.of(VaultGenerator.pick(linkable, random));
    }

    private String alias(PlannedNote other) {
      if (!other.title().equals(other.stem()) && random.nextBoolean()) {
        return other.title();
      }
      int count = 1 + random.nextInt(3);
      List<String> picked = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        picked.add(VaultGenerator.pick(words.contentWords(), random));
      }
      return String.join(" ", picked);
    }

    private List<String> distinct(List<String> items, int count) {
      List<String> pool = new ArrayList<>(items);
      List<String> picked = new ArrayList<>(count);
      for (int i = 0; i < count && !pool.isEmpty(); i++) {
        picked.add(pool.remove(random.nextInt(pool.size())));
      }
      return picked;
    }
  }

  private static String yaml(String value, boolean forceQuotes) {
    if (!forceQuotes && PLAIN_YAML.matcher(value).matches()) {
      return value;
    }
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String capitalize(String word) {
    if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
      return word;
    }
    int first = word.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(word, Character.charCount(first), word.length())
        .toString();
  }
}
