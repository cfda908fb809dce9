package dev.memoria.render.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.core.Diagnostics;
import dev.memoria.core.NoteId;
import dev.memoria.links.NoteGraph;
import dev.memoria.links.Resolution;
import dev.memoria.markdown.Gap;
import dev.memoria.markdown.LinkKey;
import dev.memoria.markdown.LinkRef;
import dev.memoria.markdown.Notes;
import dev.memoria.markdown.PageAnchors;
import dev.memoria.markdown.ParsedNote;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Links that do not resolve cleanly carry ids that {@code check} links to, and links to missing
 * notes lead to their stub pages.
 */
class ProblemLinkTest {

  private static final Pattern ID = Pattern.compile(" id=\"([^\"]*)\"");

  private static TestGraph vault() {
    return new TestGraph()
        .note("Other.md", "# Other\n\nIntro.\n\n## Part Two\n\nText ^blk\n")
        .note("Twin.md", "Twin")
        .draft("Draft.md", "not published")
        .asset("img.png")
        .resolving(
            "Nickname",
            new Resolution.ToNote(
                new NoteId("Other.md"),
                Optional.empty(),
                Resolution.SubpathStatus.NONE,
                true,
                List.of()))
        .resolving(
            "Both",
            new Resolution.ToNote(
                new NoteId("Other.md"),
                Optional.empty(),
                Resolution.SubpathStatus.NONE,
                false,
                List.of(new NoteId("Twin.md"))));
  }

  private static String page(String markdown) {
    return Pages.render(
        vault().note("Page.md", "# Page\n\n" + markdown), "Page.md", new Diagnostics());
  }

  @Test
  void givesCleanLinksNoId() {
    String html = page("[[Other]] [[Other#Part Two]] [[Other#^blk]] [o](Other.md) ![[img.png]]");
    assertFalse(html.contains(" id="), html);
  }

  @Test
  void givesEveryKindOfProblemLinkTheIdOfItsPosition() {
    String html =
        page(
            "[[Nowhere]] [[Draft]] [[Other#Nope]] [[Other#^nope]] [[Nickname]] [[Both]]\n"
                + "[md](Nowhere.md) [[#Nope]]");
    assertEquals(
        List.of("m_3_1", "m_3_13", "m_3_23", "m_3_38", "m_3_54", "m_3_67", "m_4_1", "m_4_18"),
        ids(html));
    assertTrue(
        html.contains("<a class=\"internal\" href=\"other.html\" id=\"m_3_54\">Nickname</a>"),
        "an alias link still leads to the note: " + html);
    assertTrue(
        html.contains("<a class=\"internal\" href=\"other.html\" id=\"m_3_67\">Both</a>"), html);
    assertTrue(
        html.contains(
            "<a class=\"internal\" href=\"other.html\" id=\"m_3_23\">Other &gt; Nope</a>"),
        html);
  }

  @Test
  void linksAMissingNoteToItsStubPageFromAnyDepth() {
    TestGraph graph = vault().note("deep/er/Page.md", "# Page\n\n[[Gestión Ñ|shown]]");
    String html = Pages.render(graph, "deep/er/Page.md", Pages.NESTED, new Diagnostics());
    assertEquals(
        "<p><a class=\"internal missing\" href=\"../../missing/gestion-n.html\" id=\"m_3_1\""
            + " title=\"Note not found: Gestión Ñ\">shown</a></p>\n",
        html);
  }

  @Test
  void linksAPathQualifiedMissingNoteToItsStubInFolders() {
    assertTrue(
        page("[[Rust/Ownership]]").contains("href=\"missing/rust/ownership.html\" id=\"m_3_1\""),
        page("[[Rust/Ownership]]"));
  }

  @Test
  void keepsMissingAttachmentsAndUnpublishedNotesAsSpans() {
    assertEquals(
        "<p><span class=\"internal missing\" id=\"m_3_1\" title=\"Note not found: gone.png\">"
            + "gone.png</span> <span class=\"embed embed-missing\" id=\"m_3_14\">Nothing to embed:"
            + " gone.pdf</span> <span class=\"internal missing\" id=\"m_3_28\" title=\"Note not"
            + " published: Draft\">Draft</span></p>\n",
        page("[[gone.png]] ![[gone.pdf]] [[Draft]]"));
  }

  @Test
  void keepsAMissingSectionOfTheSameNoteAsASpan() {
    assertEquals(
        "<p><span class=\"internal missing\" id=\"m_3_1\" title=\"Section not found: #Nope\">"
            + "Nope</span></p>\n",
        page("[[#Nope]]"));
  }

  @Test
  void linksTheNameInAMissingNoteEmbedToTheStub() {
    assertEquals(
        "<p><span class=\"embed embed-missing\" id=\"m_3_1\">Nothing to embed: "
            + "<a class=\"internal missing\" href=\"missing/nowhere.html\""
            + " title=\"Note not found: Nowhere\">Nowhere</a></span></p>\n",
        page("![[Nowhere]]"));
  }

  @Test
  void putsTheIdOnAProblemLinkInsideAnotherLinkOnASpan() {
    assertEquals(
        "<p><a class=\"external\" href=\"https://x.org\" rel=\"noopener\">see "
            + "<span id=\"m_3_6\">Nowhere</span></a></p>\n",
        page("[see [[Nowhere]]](https://x.org)"));
  }

  @Test
  void putsTheIdOnAnEmbedOfAnAliasOrAMissingSection() {
    String html = page("![[Nickname]]\n\n![[Other#Nope]]");
    assertTrue(html.contains("<div class=\"embed\" id=\"m_3_1\" data-embed=\"Nickname\">"), html);
    assertTrue(
        html.contains(
            "<div class=\"embed embed-missing\" id=\"m_5_1\"><p>Section not found:"
                + " Other#Nope</p></div>"),
        html);
  }

  @Test
  void neverRepeatsAnIdWhenNotesAreEmbedded() {
    TestGraph graph =
        vault()
            .note("Inner.md", "# Inner\n\n[[Nowhere]] and\n//TODO\n\n## Sec\n\n[[Draft]]\n")
            .note(
                "Page.md",
                "# Page\n\n[[Nowhere]]\n//TODO\n\n![[Inner]]\n\n![[Inner#Sec]]\n\n![[Inner]]\n\n"
                    + "## Mine\n\n[[Nowhere]] ![[#Mine]]\n");
    String html = Pages.render(graph, "Page.md", new Diagnostics());
    List<String> ids = ids(html);
    assertEquals(new HashSet<>(ids).size(), ids.size(), "ids repeat: " + ids);
    assertAnchorsOfNoteOnce(graph.get("Page.md"), graph.build(), html);
    assertTrue(ids.contains("embed1_m_3_1"), ids.toString());
    assertTrue(ids.contains("embed1_gap_4"), ids.toString());
  }

  @Test
  void givesEveryGapAndProblemLinkOfTheRealNotesItsIdOnce() {
    TestGraph graph = new TestGraph();
    for (String name : Notes.realNames()) {
      graph.note(Notes.real(name));
    }
    NoteGraph built = graph.build();
    int anchors = 0;
    for (String name : Notes.realNames()) {
      String html = Pages.RENDERER.render(graph.get(name), built, Pages.ROOT, new Diagnostics());
      anchors += assertAnchorsOfNoteOnce(graph.get(name), built, html);
    }
    assertEquals(12 + 5, anchors, "12 gaps, 5 links to missing notes");
  }

  /**
   * Every gap and every problem link of a note has its anchor exactly once in the page, and the
   * page has no other unprefixed anchors of those kinds; returns how many there are.
   */
  private static int assertAnchorsOfNoteOnce(ParsedNote note, NoteGraph graph, String html) {
    Set<String> expected = new HashSet<>();
    for (Gap gap : note.gaps()) {
      expected.add(gap.anchor());
    }
    for (LinkRef link : note.links()) {
      Resolution resolution = graph.resolve(note.id(), link.key());
      boolean clean =
          resolution instanceof Resolution.ToAsset
              || resolution instanceof Resolution.ToNote to
                  && (to.subpath() == Resolution.SubpathStatus.NONE
                      || to.subpath() == Resolution.SubpathStatus.FOUND)
                  && !to.viaAlias()
                  && to.otherCandidates().isEmpty();
      if (!clean) {
        expected.add(PageAnchors.link(link.pos()));
      }
    }
    for (String anchor : expected) {
      assertEquals(1, GapMarkerTest.count(html, " id=\"" + anchor + "\""), anchor + " in " + html);
    }
    Set<String> own = new HashSet<>();
    for (String id : ids(html)) {
      if (id.startsWith("m_") || id.startsWith("gap_")) {
        own.add(id);
      }
    }
    assertEquals(expected, own, note.id().toString());
    return expected.size();
  }

  private static List<String> ids(String html) {
    List<String> ids = new ArrayList<>();
    Matcher matcher = ID.matcher(html);
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    return ids;
  }

  @Test
  void namesTheStubPageOnlyOfMissingNotes() {
    Resolution missing = new Resolution.Missing();
    assertEquals(
        Optional.of("missing/rust/box.html"),
        BodyRenderer.stubPage(new LinkKey("Rust/Box", "Uso"), missing));
    assertEquals(Optional.empty(), BodyRenderer.stubPage(new LinkKey("gone.png", ""), missing));
    assertEquals(
        Optional.empty(),
        BodyRenderer.stubPage(
            new LinkKey("Draft", ""), new Resolution.Unpublished(new NoteId("Draft.md"))));
    assertEquals(
        Optional.empty(),
        BodyRenderer.stubPage(new LinkKey("img.png", ""), new Resolution.ToAsset("img.png")));
  }

  @ParameterizedTest(name = "\"{0}\" names an attachment: {1}")
  @CsvSource({
    "diagram.png, true",
    "folder/paper.PDF, true",
    "clip.mp4, true",
    "Note.md, false",
    "Note, false",
    "Rust 1.75, false",
    "Mr. Smith, false",
    "version 2.0, false",
    "trailing., false",
    "name.toolongext, false",
    "Node.js, false",
    "v1.2, false",
  })
  void tellsAttachmentsFromNotesByExtension(String path, boolean attachment) {
    assertEquals(attachment, LinkKey.namesAttachment(path));
  }
}
