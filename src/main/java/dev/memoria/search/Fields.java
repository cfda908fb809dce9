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
    TITLE("title", 4f),
    ALIASES("aliases", 3f),
    TAGS("tags", 2f),
    HEADING("heading", 2f),
    BODY("body", 1f),
    // Code is also in the body; this copy lifts sections where a word is an identifier.
    CODE("code", 0.5f);

    final String name;
    final float weight;

    Kind(String name, float weight) {
      this.name = name;
      this.weight = weight;
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
