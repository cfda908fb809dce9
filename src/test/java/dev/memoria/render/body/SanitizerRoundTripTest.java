package dev.memoria.render.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.core.Diagnostics;
import dev.memoria.links.NoteGraph;
import dev.memoria.markdown.Notes;
import dev.memoria.markdown.ParsedNote;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.owasp.html.PolicyFactory;

/**
 * The renderer's own markup must pass the sanitizer unchanged, or sanitising a note that has raw
 * HTML would silently break links, embeds or callouts: for notes without raw HTML,
 * sanitize(render(x)) == render(x).
 */
class SanitizerRoundTripTest {

  private static final PolicyFactory POLICY = RawHtmlPolicy.build();

  /** Snippets covering every construct the renderer writes. */
  static final List<String> SNIPPETS =
      List.of(
          "Plain *em* **strong** ***both*** ~~del~~ ==mark== `code` and \\*escaped\\*",
          "Quotes \" ' & < > = + @ ` { {{x}} } ~ ^ % and é 中 😀 \u00A0 nbsp",
          "Line one  \nhard break\\\nand soft\nbreak",
          "[[Other]] [[Other#Part Two|alias]] [[#Local]] [[Missing]] [[Draft]] [[img.png]]",
          "[md](Other.md) [ext](https://x.org \"T\") [bad](javascript:x) <https://a.org> www.b.org c@d.org",
          "[ref][r] [undefined][nowhere] [r]\n\n[r]: ./Other.md \"Ref title\"",
          "![img](img.png) ![ext](https://x.org/a.png) ![[img.png|300]] ![[img.png|10x20]]",
          "![[a.mp3]] ![[v.mp4|320]] ![[paper.pdf#page=2]] ![[Nowhere]]",
          "![[Other]]",
          "Before ![[Other#Part Two]] after",
          "![[Other#^blk]]\n\n![[Other#^item]]\n\n![[Other#Nope]]",
          "- item ![[Other#^blk]]\n- next",
          "# H1\n\n## H2 ^hid\n\n### H3 *em* [[Other]]\n\nSetext\n---",
          "> quote\n> > nested\n\n^qid",
          "> [!note]\n> body\n\n> [!warning]- Closed *title*\n> text\n\n> [!tip]+ Open\n> - list",
          "> [!quote] Outer\n> > [!info] Inner\n> > deep",
          "- a\n- b\n  - c\n    1. d\n    2. e\n\n- loose\n\n  para",
          "3. three\n4. four ^oid",
          "- [ ] todo\n- [x] done\n  - [ ] nested\n\n- [x] loose task\n\n  more",
          "| a | b | c |\n|:--|:-:|--:|\n| `x` | **y** | [[Other\\|O]] |\n| 1 | 2 |\n^tid",
          "```rust\nfn main() { println!(\"<hi>\"); }\n```\n\n```\nplain\n```\n\n    indented",
          "```mermaid\ngraph TD; A-->B\n```",
          "Inline $a<b$ and $$x^2$$\n\n$$\n\\frac{1}{2}\n$$",
          "Tags #rust #rust/memory #año",
          "Footnote[^1] and[^2] again[^1].\n\n[^1]: One with [[Other]].\n[^2]: Two\n\n    with code",
          "%%hidden%% shown\n\n%%\nblock\n%%",
          "***\n\n---\n\n___",
          "Text ^pid",
          "Entities &amp; &copy; &#35; &#x1F600;",
          "{{> partial}} {{{raw}}} {{=<% %>=}}",
          "[link with ![img](img.png) inside](https://x.org)",
          "Para\n\n\n\nafter many blank lines",
          "- ![[Other]]",
          "1. [[Other]]\n\n   ![[Other#Part Two]]",
          "//TODO\n\nText\n//PICTURE OF FLOW\nTODO: see [[Other]]\n\n*a\nFIXME b*\n\n- x\n  TBD",
          "[[Other#Nope]] [[Other#^nope]] [[#Nope]] ![[Other#Nope]] [[gone.png]] [x](Nowhere.md)",
          "[see [[Nowhere]]](https://x.org) ![[Nowhere]]\n\n![[Nowhere]]\n\n//TODO ^gid");

  private static TestGraph vault() {
    return new TestGraph()
        .note(
            "Other.md",
            "# Other\n\nIntro[^n].\n\n## Part Two\n\nText ^blk\n\n- first\n- second ^item\n\n"
                + "[^n]: Foot.\n")
        .draft("Draft.md", "secret")
        .asset("img.png")
        .asset("a.mp3")
        .asset("v.mp4")
        .asset("paper.pdf");
  }

  @Test
  void ownMarkupPassesTheSanitizerUnchanged() {
    List<String> samples = new ArrayList<>(SNIPPETS);
    samples.addAll(XssTest.corpus());
    Random random = new Random(20260101L);
    String[] wrappers = {"%s", "> %s", "- %s", "> [!note] T\n> %s", "1. %s", "| %s |\n|---|"};
    for (int i = 0; i < 300; i++) {
      StringBuilder note = new StringBuilder("# Sample " + i + "\n\n");
      for (int k = 0; k < 4; k++) {
        String snippet = SNIPPETS.get(random.nextInt(SNIPPETS.size()));
        String wrapper = wrappers[random.nextInt(wrappers.length)];
        note.append(
                wrapper.equals("%s")
                    ? snippet
                    : String.format(wrapper, snippet.replace("\n", "\n" + indent(wrapper))))
            .append("\n\n");
      }
      samples.add(note.toString());
    }
    int checked = 0;
    for (int i = 0; i < samples.size(); i++) {
      String path = "s" + i + ".md";
      TestGraph graph = vault().note(path, samples.get(i));
      checked += roundTrip(graph, path) ? 1 : 0;
    }
    for (String name : Notes.realNames()) {
      TestGraph graph = vault().note(Notes.real(name));
      checked += roundTrip(graph, name) ? 1 : 0;
    }
    assertTrue(checked > 300, "only " + checked + " samples had no raw HTML");
  }

  private static String indent(String wrapper) {
    if (wrapper.startsWith(">")) {
      return wrapper.startsWith("> [!") ? "> " : "> ";
    }
    return wrapper.startsWith("- ") ? "  " : wrapper.startsWith("1. ") ? "   " : "";
  }

  /** Checks one note; false when it has raw HTML (then the sanitizer may rightly change it). */
  private static boolean roundTrip(TestGraph graph, String path) {
    NoteGraph built = graph.build();
    ParsedNote note = graph.get(path);
    StringBuilder out = new StringBuilder();
    PageBody body = new PageBody(note, built, Pages.ROOT, new Diagnostics(), out);
    body.render();
    if (body.firstRawHtml().isPresent()) {
      return false;
    }
    String html = out.toString();
    assertEquals(html, POLICY.sanitize(html), () -> "sanitizer changed the body of " + path);
    HtmlScanner.assertSafe(html);
    return true;
  }
}
