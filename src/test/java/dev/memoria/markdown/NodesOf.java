package dev.memoria.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/** Finds nodes of one type in a parsed note, for assertions. */
final class NodesOf {

  private NodesOf() {}

  static <T extends Node> List<T> find(ParsedNote note, Class<T> type) {
    List<T> found = new ArrayList<>();
    for (Node node : note.document().getDescendants()) {
      if (type.isInstance(node)) {
        found.add(type.cast(node));
      }
    }
    return found;
  }

  static List<WikiLink> wikiLinks(ParsedNote note) {
    return find(note, WikiLink.class);
  }
}
