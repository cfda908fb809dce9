package dev.memoria.search;

import java.io.IOException;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Every term of the analysed fields, with the fields it is in and in how many sections: what prefix
 * and typo expansion choose from, on both sides.
 *
 * @param terms term to its entry, in UTF-16 order (the order of JavaScript's string comparison)
 */
record Dictionary(SortedMap<String, Entry> terms) {

  /**
   * @param sections the number of (section, field) pairs holding the term: its document frequency
   *     summed over the fields
   * @param fields bit {@code i} set when the term is in field {@code i} of {@link Fields#ALL}
   */
  record Entry(int sections, long fields) {
    boolean in(int field) {
      return (fields & (1L << field)) != 0;
    }
  }

  Dictionary {
    terms = Collections.unmodifiableSortedMap(terms);
  }

  static Dictionary of(IndexReader reader) throws IOException {
    TreeMap<String, Entry> terms = new TreeMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      for (Fields.Field field : Fields.ALL) {
        Terms fieldTerms = leaf.reader().terms(field.name());
        if (fieldTerms == null) {
          continue;
        }
        TermsEnum each = fieldTerms.iterator();
        for (BytesRef term = each.next(); term != null; term = each.next()) {
          int docFreq = each.docFreq();
          terms.merge(
              term.utf8ToString(),
              new Entry(docFreq, 1L << field.index()),
              (a, b) -> new Entry(a.sections() + b.sections(), a.fields() | b.fields()));
        }
      }
    }
    return new Dictionary(terms);
  }
}
