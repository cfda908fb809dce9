package dev.memoria.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownLinkTest {

  private static List<LinkRef> links(String body) {
    return Notes.parse(body).links();
  }

  @Test
  void relativeDestinationsAreInternalLinks() {
    List<LinkRef> links = links("[the box](Rust/Box.md#Uso) and [bare](Box)");
    assertEquals(2, links.size());
    assertEquals(LinkRef.Kind.MARKDOWN, links.get(0).kind());
    assertEquals(new LinkKey("Rust/Box.md", "Uso"), links.get(0).key());
    assertEquals(Optional.of("the box"), links.get(0).display());
    assertEquals("[the box](Rust/Box.md#Uso)", links.get(0).raw());
    assertEquals(new LinkKey("Box", ""), links.get(1).key());
  }

  @Test
  void externalUrlsAreNotLinkRefs() {
    assertTrue(
        links("[a](https://x.org) [b](mailto:a@b.c) [c](//cdn.org/x) <https://y.org> www.z.org")
            .isEmpty());
  }

  @Test
  void decodesDestinationsLikeDecodeUri() {
    assertEquals(
        new LinkKey("Other Note.md", "Sub Part"),
        links("[t](Other%20Note.md#Sub%20Part)").get(0).key());
    assertEquals(new LinkKey("Gestión.md", ""), links("[t](Gesti%C3%B3n.md)").get(0).key());
    // Escapes of reserved characters stay encoded, as decodeURI leaves them.
    assertEquals(new LinkKey("a%23b.md", ""), links("[t](a%23b.md)").get(0).key());
  }

  @Test
  void leavesAMalformedEscapeAsWritten() {
    assertEquals(new LinkKey("100%.md", ""), links("[t](100%.md)").get(0).key());
    assertEquals(new LinkKey("a%E9b.md", ""), links("[t](a%E9b.md)").get(0).key());
  }

  @Test
  void acceptsSpacesInsideAngleBrackets() {
    assertEquals(new LinkKey("My Note.md", ""), links("[t](<My Note.md>)").get(0).key());
  }

  @Test
  void aHashOnlyDestinationLinksInsideTheNote() {
    assertEquals(new LinkKey("", "Heading"), links("[same](#Heading)").get(0).key());
    assertTrue(links("[top](#)").isEmpty());
  }

  @Test
  void resolvesEscapesAndEntitiesBeforeDecoding() {
    assertEquals(new LinkKey("a_b.md", ""), links("[t](a\\_b.md)").get(0).key());
    assertEquals(new LinkKey("a&b.md", ""), links("[t](a&amp;b.md)").get(0).key());
  }

  @Test
  void imagesAreEmbedsAndUseTheirAltText() {
    LinkRef image = links("![a diagram](img/flow.png)").get(0);
    assertTrue(image.embed());
    assertEquals(new LinkKey("img/flow.png", ""), image.key());
    assertEquals(Optional.of("a diagram"), image.display());
  }

  @Test
  void referenceLinksUseTheirDefinition() {
    List<LinkRef> links = links("[text][r] and [r]\n\n[r]: ./Ref.md\n");
    assertEquals(2, links.size());
    assertEquals(new LinkKey("./Ref.md", ""), links.get(0).key());
    assertEquals("[text][r]", links.get(0).raw());
  }

  @Test
  void undefinedReferencesAreNotLinks() {
    assertTrue(links("[not a link] and [x][nowhere]").isEmpty());
  }
}
