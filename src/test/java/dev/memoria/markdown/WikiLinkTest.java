package dev.memoria.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.core.Diagnostics;
import dev.memoria.core.SourcePos;
import dev.memoria.vault.Frontmatter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WikiLinkTest {

  private static List<LinkRef> links(String body) {
    return Notes.parse(body).links();
  }

  private static LinkRef only(String body) {
    List<LinkRef> links = links(body);
    assertEquals(1, links.size(), () -> "links in " + body + ": " + links);
    return links.get(0);
  }

  @Test
  void readsTargetSubpathAndAlias() {
    LinkRef link = only("See [[Box#Uso|the box]] here.");
    assertEquals(LinkRef.Kind.WIKI, link.kind());
    assertFalse(link.embed());
    assertEquals(new LinkKey("Box", "Uso"), link.key());
    assertEquals(Optional.of("the box"), link.display());
    assertEquals("[[Box#Uso|the box]]", link.raw());
  }

  @Test
  void recordsFileLineAndColumnOfTheOpeningBracket() {
    ParsedNote note =
        Notes.PARSER.parse(
            Notes.source("dir/n.md", "first\n\n  ñ [[A]] and ![[B]]\n", 5, Frontmatter.EMPTY),
            new Diagnostics());
    assertEquals(new SourcePos("notes/dir/n.md", 7, 5), note.links().get(0).pos());
    assertEquals(new SourcePos("notes/dir/n.md", 7, 15), note.links().get(1).pos());
  }

  @Test
  void countsColumnsInCodePointsNotUtf16Units() {
    LinkRef link = only("😀😀 [[A]]");
    assertEquals(4, link.pos().column());
  }

  @Test
  void splitsTheAliasAtTheFirstPipeNotAtPositionZero() {
    assertEquals(new LinkKey("a", ""), only("[[a|b|c]]").key());
    assertEquals(Optional.of("b|c"), only("[[a|b|c]]").display());
    assertEquals(new LinkKey("|x", ""), only("[[|x]]").key());
    assertEquals(Optional.empty(), only("[[|x]]").display());
  }

  @Test
  void dropsTheBackslashBeforeAPipeInTables() {
    String table = "| a | b |\n|---|---|\n| [[Note\\|Alias]] | [[x|y]] |\n";
    List<LinkRef> links = links(table);
    assertEquals(new LinkKey("Note", ""), links.get(0).key());
    assertEquals(Optional.of("Alias"), links.get(0).display());
    assertEquals(new LinkKey("x", ""), links.get(1).key());
  }

  @Test
  void cleansTargetsWithNbspTrimAndNfc() {
    assertEquals(new LinkKey("My Note", "Part"), only("[[ My\u00A0Note # Part ]]").key());
    // "é" written as e + combining acute becomes the composed character.
    assertEquals(new LinkKey("caf\u00E9", ""), only("[[cafe\u0301]]").key());
  }

  @Test
  void splitsAtTheFirstHashOnly() {
    assertEquals(new LinkKey("Note", "A#B"), only("[[Note#A#B]]").key());
    assertEquals(new LinkKey("", "Local"), only("[[#Local]]").key());
    assertEquals(new LinkKey("Note", "^block-1"), only("[[Note#^block-1]]").key());
  }

  @Test
  void readsEmbedsAndImageSizes() {
    ParsedNote note = Notes.parse("![[img.png|300]] ![[img.png|640x480]] ![[img.png|alt|100]]");
    List<WikiLink> embeds = NodesOf.wikiLinks(note);
    assertTrue(embeds.get(0).embed());
    assertEquals(300, embeds.get(0).width().getAsInt());
    assertTrue(embeds.get(0).height().isEmpty());
    assertEquals(Optional.empty(), embeds.get(0).alias());
    assertEquals(640, embeds.get(1).width().getAsInt());
    assertEquals(480, embeds.get(1).height().getAsInt());
    assertEquals(Optional.of("alt"), embeds.get(2).alias());
    assertEquals(100, embeds.get(2).width().getAsInt());
    assertTrue(note.links().stream().allMatch(LinkRef::embed));
  }

  @Test
  void keepsANumberAsTheAliasOfAPlainLink() {
    assertEquals(Optional.of("300"), only("[[Note|300]]").display());
  }

  @Test
  void keepsTheAliasOfAnEmbeddedSection() {
    LinkRef link = only("![[Note#Section|Alias]]");
    assertTrue(link.embed());
    assertEquals(new LinkKey("Note", "Section"), link.key());
    assertEquals(Optional.of("Alias"), link.display());
  }

  @Test
  void escapedBracketIsNotALinkButEscapedBangIsALinkNotAnEmbed() {
    assertTrue(links("\\[[x]]").isEmpty());
    LinkRef link = only("\\![[x]]");
    assertFalse(link.embed());
    assertEquals("[[x]]", link.raw());
  }

  @Test
  void emptyAndMultiLineBracketsAreNotLinks() {
    assertTrue(links("[[]] and [[   ]] and [[a\nb]]").isEmpty());
  }

  @Test
  void onlyTheInnermostOfNestedOpenersIsALink() {
    assertEquals(new LinkKey("b", ""), only("[[a [[b]] c]]").key());
  }

  @Test
  void linksInCodeMathHtmlAndCommentsAreNotLinks() {
    String body =
        """
        `[[inline]]` and $[[math]]$ and %%[[comment]]%%

        ```
        [[fenced]]
        ```

            [[indented]]

        <div>
        [[html]]
        </div>

        $$
        [[display math]]
        $$

        %%
        [[block comment]]
        %%

        [[real]]
        """;
    assertEquals(new LinkKey("real", ""), only(body).key());
  }

  @Test
  void linksAfterAClosedInlineTagCount() {
    assertEquals(new LinkKey("Notion", ""), only("- <span class=\"x\"></span> [[Notion]]").key());
  }

  @Test
  void displaysLikeObsidian() {
    List<WikiLink> links =
        NodesOf.wikiLinks(Notes.parse("[[Note]] [[Note#A#B]] [[#Local]] [[Note#Part|alias]]"));
    assertEquals("Note", links.get(0).displayText());
    assertEquals("Note > A > B", links.get(1).displayText());
    assertEquals("Local", links.get(2).displayText());
    assertEquals("alias", links.get(3).displayText());
  }

  @Test
  void listsLinksInDocumentOrderFromEveryBlock() {
    String body =
        """
        # Title [[h]]

        > [!note] About [[t]]
        > body [[q]]

        | [[c]] |
        |---|

        Text[^1] and [[p]].

        [^1]: Note [[f]]
        """;
    assertEquals(
        List.of("h", "t", "q", "c", "p", "f"),
        Notes.parse(body).links().stream().map(l -> l.key().path()).toList());
  }
}
