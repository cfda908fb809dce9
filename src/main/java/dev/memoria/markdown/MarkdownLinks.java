package dev.memoria.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Optional;

/** Which Markdown links and images point inside the vault, and where. */
final class MarkdownLinks {

  private MarkdownLinks() {}

  /**
   * The destination of a link, image or defined reference link, with escapes and entities resolved;
   * empty when the node has none.
   */
  static Optional<String> destination(Node node, Document document) {
    BasedSequence url;
    if (node instanceof Link link) {
      url = link.getUrl();
    } else if (node instanceof Image image) {
      url = image.getUrl();
    } else if (node instanceof RefNode ref && ref.isDefined()) {
      Reference reference = ref.getReferenceNode(document);
      if (reference == null) {
        return Optional.empty();
      }
      url = reference.getUrl();
    } else {
      return Optional.empty();
    }
    return Optional.of(url.unescape());
  }

  /** The destination decoded like {@code decodeURI} when it is relative, else empty. */
  static Optional<String> internalDestination(Node node, Document document) {
    return destination(node, document)
        .map(String::strip)
        .filter(url -> !url.isEmpty() && !LinkTargets.isExternal(url))
        .map(LinkTargets::decodeUri);
  }
}
