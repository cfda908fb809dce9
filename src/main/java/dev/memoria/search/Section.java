package dev.memoria.search;

import dev.memoria.core.Lang;
import java.util.List;

/**
 * One searchable part of a note: its opening (before the first heading), or a heading and what
 * follows it up to the next heading. The opening also carries the note's title, aliases and tags.
 *
 * @param url the note's page relative to the site root ({@code rust/box.html})
 * @param anchor the heading's id on the page, empty for the opening
 * @param heading the heading as plain text, empty for the opening
 * @param body the prose as plain text, link texts and code spans kept; whitespace as written
 * @param code the text of code spans and blocks, so identifiers also count on their own; whitespace
 *     as written
 * @param text everything in reading order, code blocks too, whitespace collapsed: what snippets are
 *     cut from
 */
record Section(
    String url,
    String anchor,
    String title,
    String heading,
    Lang lang,
    List<String> aliases,
    List<String> tags,
    String body,
    String code,
    String text) {

  Section {
    aliases = List.copyOf(aliases);
    tags = List.copyOf(tags);
  }

  /** The link to the section: the page, and the heading's id when there is one. */
  String link() {
    return anchor.isEmpty() ? url : url + "#" + anchor;
  }
}
