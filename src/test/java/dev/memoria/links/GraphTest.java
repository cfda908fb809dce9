package dev.memoria.links;

import static dev.memoria.links.Fixture.id;
import static dev.memoria.links.Fixture.vault;
import static dev.memoria.links.NoteFixture.note;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.memoria.config.SiteConfig;
import dev.memoria.core.Diagnostics;
import dev.memoria.core.Lang;
import dev.memoria.core.NoteId;
import dev.memoria.markdown.ParsedNote;
import dev.memoria.vault.Asset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Backlinks, tags, attachments and the bookkeeping of the graph. */
class GraphTest {

  @Test
  void collectsBacklinksWithoutSelfLinksOrDuplicates() {
    var result =
        vault(
                note("b.md").links("Target", "Target#Uso", "Target").embeds("Target"),
                note("a.md").embeds("Target"),
                note("Target.md").links("Target", "#Uso").heading(2, "Uso", "uso"),
                note("Draft.md").draft().links("Target"),
                note("Lonely.md"))
            .resolve();

    Map<NoteId, List<NoteId>> backlinks = result.graph().backlinks();
    assertEquals(List.of(id("a.md"), id("b.md")), backlinks.get(id("Target.md")));
    assertEquals(List.of(), backlinks.get(id("Lonely.md")));
    assertEquals(
        Set.of(id("a.md"), id("b.md"), id("Target.md"), id("Lonely.md")), backlinks.keySet());
  }

  @Test
  void countsAliasLinksAsBacklinks() {
    var result =
        vault(note("a.md").links("AI"), note("Artificial Intelligence.md").aliases("AI")).resolve();

    assertEquals(
        List.of(id("a.md")), result.graph().backlinks().get(id("Artificial Intelligence.md")));
  }

  @Test
  void keysResolutionsByEveryLinkOfEachPublishedNote() {
    var result =
        vault(note("a.md").links("B", "B#X", "Nope").embeds("img.png"), note("B.md"))
            .assets("img.png")
            .resolve();

    var byKey = result.graph().resolutions().get(id("a.md"));
    assertEquals(
        Set.of(
            NoteFixture.key("B"),
            NoteFixture.key("B#X"),
            NoteFixture.key("Nope"),
            NoteFixture.key("img.png")),
        byKey.keySet());
    assertEquals(Set.of(id("a.md"), id("B.md")), result.graph().resolutions().keySet());
  }

  @Test
  void separatesPublishedAndUnpublishedNotes() {
    var result = vault(note("b.md"), note("a.md").unpublished(), note("c.md").draft()).resolve();

    assertEquals(List.of(id("b.md")), List.copyOf(result.graph().notes().keySet()));
    assertEquals(
        List.of(id("a.md"), id("c.md")),
        result.graph().unpublished().stream().map(ParsedNote::id).toList());
  }

  @Test
  void countsNestedTagsUnderTheirParents() {
    var result =
        vault(
                note("b.md").tags("Rust/Memory", "rust"),
                note("a.md").tags("rust/ownership"),
                note("c.md").draft().tags("hidden"))
            .resolve();

    NoteGraph graph = result.graph();
    assertEquals(
        List.of("rust", "rust/memory", "rust/ownership"), List.copyOf(graph.tags().keySet()));
    assertEquals(List.of(id("a.md"), id("b.md")), graph.tags().get("rust"));
    assertEquals(List.of(id("b.md")), graph.tags().get("rust/memory"));
    assertEquals(List.of(id("a.md")), graph.tags().get("rust/ownership"));
  }

  @Test
  void keepsTheFirstSpellingOfEachTagByNoteOrder() {
    var result =
        vault(note("b.md").tags("RUST"), note("a.md").tags("Rust/Memory", "rust/MEMORY")).resolve();

    assertEquals(Map.of("rust", "Rust", "rust/memory", "Rust/Memory"), result.graph().tagNames());
  }

  @Test
  void listsOnlyAttachmentsThatPublishedNotesUse() {
    var result =
        vault(
                note("a.md").embeds("b.png").links("doc.pdf#page=2"),
                note("Draft.md").draft().embeds("secret.png"))
            .assets("img/b.png", "doc.pdf", "secret.png", "unused.png")
            .resolve();

    assertEquals(
        List.of("doc.pdf", "img/b.png"),
        result.graph().assets().stream().map(Asset::path).toList());
    assertEquals(
        Map.of("doc.pdf", "attachments/doc.pdf", "img/b.png", "attachments/img/b.png"),
        result.graph().assetUrls());
  }

  @Test
  void slugsAttachmentFoldersAndNamesAndLowerCasesExtensions() {
    var result =
        vault(note("a.md").embeds("Diagrama Préstamo.PNG", "odd.tar gz"))
            .assets("Imágenes & Fotos/Diagrama Préstamo.PNG", "odd.tar gz")
            .resolve();

    assertEquals(
        Map.of(
            "Imágenes & Fotos/Diagrama Préstamo.PNG",
            "attachments/imagenes-fotos/diagrama-prestamo.png",
            "odd.tar gz",
            "attachments/odd-tar-gz"),
        result.graph().assetUrls());
  }

  @Test
  void numbersAttachmentsWhoseUrlsCollide() {
    var result =
        vault(note("a.md").embeds("Img/A.png", "img/a!.png", "img/a .png"))
            .assets("Img/A.png", "img/a!.png", "img/a .png")
            .resolve();

    assertEquals(
        Map.of(
            "Img/A.png", "attachments/img/a.png",
            "img/a .png", "attachments/img/a-2.png",
            "img/a!.png", "attachments/img/a-3.png"),
        result.graph().assetUrls());
  }

  @Test
  void publishesDraftsWhenTheConfigIncludesThem() {
    SiteConfig withDrafts =
        new SiteConfig(
            Path.of("notes"),
            Path.of("site"),
            Path.of("theme"),
            Optional.empty(),
            "Test",
            Lang.ES,
            List.of(),
            true,
            false,
            false,
            dev.memoria.config.CheckSettings.DEFAULTS,
            true);
    List<ParsedNote> notes =
        List.of(note("a.md").links("Draft").build(), note("Draft.md").draft().build());

    NoteGraph graph = new LinkResolver(withDrafts).resolve(notes, List.of(), new Diagnostics());

    assertEquals(List.of(id("Draft.md"), id("a.md")), List.copyOf(graph.notes().keySet()));
    assertEquals(
        id("Draft.md"),
        ((Resolution.ToNote) graph.resolve(id("a.md"), NoteFixture.key("Draft"))).note());
  }

  @Test
  void buildsTheSameGraphWhateverTheInputOrder() {
    List<ParsedNote> notes =
        List.of(
                note("A/x.md").links("x", "Box#Uso").tags("Rust"),
                note("a/X.md").links("x").tags("rust/Memory"),
                note("Box.es.md").heading(2, "Uso", "uso").translations("Box.en"),
                note("Box.en.md").lang("en"),
                note("index.md").embeds("pic.png"))
            .stream()
            .map(NoteFixture::build)
            .toList();
    List<ParsedNote> reversed = new ArrayList<>(notes);
    Collections.reverse(reversed);
    List<Asset> assets = List.of(new Asset("pic.png", Path.of("pic.png")));

    Diagnostics first = new Diagnostics();
    Diagnostics second = new Diagnostics();
    NoteGraph forward = new LinkResolver(Fixture.CONFIG).resolve(notes, assets, first);
    NoteGraph backward = new LinkResolver(Fixture.CONFIG).resolve(reversed, assets, second);

    assertEquals(forward, backward);
    assertEquals(first.all(), second.all());
  }
}
