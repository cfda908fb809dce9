package dev.memoria.search;

import dev.memoria.search.Analysis.Chain;
import java.util.ArrayList;
import java.util.List;

/**
 * The analysed fields of a section and their weights. Each kind of text is indexed twice, once per
 * {@link Chain}, so a Spanish note's English words are stemmed as English too and the reverse; both
 * copies carry the same weight. The order of {@link #ALL} numbers the fields in the browser index.
 */
final class Fields {

  /** A kind of text and how much a match in it counts. */
  enum Kind {
    // A title match outranks everything: it names what the note is about.
    TITLE("title", 4f, false),
    ALIASES("aliases", 3f, false),
    TAGS("tags", 2f, false),
    HEADING("heading", 2f, false),
    BODY("body", 1f, true),
    CODE("code", 0.5f, true);

    final String name;
    final float weight;

    /** Whether a note's text of this kind is analysed by its own language's chain only. */
    final boolean ownLanguageOnly;

    Kind(String name, float weight, boolean ownLanguageOnly) {
      this.name = name;
      this.weight = weight;
      this.ownLanguageOnly = ownLanguageOnly;
    }
  }

  /** A Lucene field: a kind of text analysed by one chain. */
  record Field(int index, Kind kind, Chain chain) {
    String name() {
      return kind.name + "_" + chain.suffix;
    }
  }

  static final List<Field> ALL = all();

  private Fields() {}

  static Field of(Kind kind, Chain chain) {
    return ALL.get(kind.ordinal() * Chain.values().length + chain.ordinal());
  }

  private static List<Field> all() {
    List<Field> fields = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      for (Chain chain : Chain.values()) {
        fields.add(new Field(fields.size(), kind, chain));
      }
    }
    return List.copyOf(fields);
  }
}
