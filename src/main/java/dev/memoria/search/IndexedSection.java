package dev.memoria.search;

import dev.memoria.core.Lang;

/**
 * What a result shows of a section, kept beside the Lucene index rather than stored in it:
 * compressing and merging stored text was most of the cost of indexing a large vault.
 *
 * @param link the page and, under a heading, the heading's id
 * @param note the note's number in index order; sections of a note are numbered together
 * @param text the section's text in reading order
 */
record IndexedSection(String link, String title, String heading, Lang lang, int note, String text) {

  static IndexedSection of(Section section, int note) {
    return new IndexedSection(
        section.link(), section.title(), section.heading(), section.lang(), note, section.text());
  }
}
