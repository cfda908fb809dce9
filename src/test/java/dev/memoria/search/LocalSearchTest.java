package dev.memoria.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.core.Lang;
import dev.memoria.core.OutputFile;
import dev.memoria.links.NoteGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSearchTest {

  @TempDir Path dir;

  static final Map<String, String> VAULT =
      Map.of(
          "es/Gestión.md",
          """
          ---
          tags: [rust/memoria]
          aliases: [Dueños]
          ---
          # Gestión de memoria

          Rust libera la memoria sin recolector.

          ## Préstamos

          ¿Cómo funcionan los préstamos? Una referencia toma prestado un valor.

          ## Código

          Se lee con `read_to_string` y se guarda en un `Vec<u8>`.
          """,
          "en/Ownership.md",
          """
          # Ownership

          Every value has an owner. Borrowing lends a value without moving it.

          ## Lifetimes

          A lifetime says how long a reference is valid.
          """,
          "en/Allocator.md",
          """
          # Allocator

          The allocation of heap memory happens in the allocator.
          """);

  List<SearchHit> search(String query, Optional<Lang> lang) throws IOException {
    try (SearchIndex index = Vaults.index(Vaults.graph(dir, VAULT));
        LocalSearch search = new LocalSearch(index)) {
      return search.search(query, lang, 10);
    }
  }

  List<String> urls(String query) throws IOException {
    return search(query, Optional.empty()).stream().map(SearchHit::url).toList();
  }

  @Test
  void linksAHitToTheSectionItIsIn() throws IOException {
    assertEquals(List.of("es/gestion.html#prestamos"), urls("préstamos"));
    assertEquals(List.of("en/ownership.html#lifetimes"), urls("lifetimes"));
  }

  @Test
  void indexesAScenariosCodeButNotItsStepMarkers() throws IOException {
    Map<String, String> vault =
        Map.of(
            "Moves.md",
            "# Moves\n\n```rust memory\nfn main() {\n    let gadget = 1; // @show: banana\n}\n```\n");
    try (SearchIndex index = Vaults.index(Vaults.graph(dir.resolve("scenario"), vault));
        LocalSearch search = new LocalSearch(index)) {
      assertEquals(1, search.search("gadget", Optional.empty(), 10).size());
      assertEquals(List.of(), search.search("banana", Optional.empty(), 10));
    }
  }

  @Test
  void findsAccentedWordsTypedWithoutAccentsAndInflectedForms() throws IOException {
    assertEquals(List.of("es/gestion.html#prestamos"), urls("como funcionan"));
    assertEquals(List.of("es/gestion.html#prestamos"), urls("prestamo"));
    assertEquals(List.of("en/ownership.html"), urls("borrowed"));
  }

  @Test
  void highlightsMatchedWordsAsWrittenInTheNote() throws IOException {
    // Snowball stems "préstamos" and "prestado" alike (prestar); "prestamo" reaches them through
    // its plural.
    SearchHit hit = search("como prestamo", Optional.empty()).get(0);
    assertEquals(
        "¿[Cómo] funcionan los [préstamos]? Una referencia toma [prestado] un valor.",
        hit.markedSnippet("[", "]"));
    assertEquals("Préstamos", hit.section());
    assertEquals(Lang.ES, hit.lang());
  }

  @Test
  void ranksTitleMatchesFirstAndFindsTagsAliasesAndCode() throws IOException {
    assertEquals("en/allocator.html", urls("allocator").get(0));
    assertEquals(List.of("es/gestion.html"), urls("dueño"));
    assertEquals(List.of("es/gestion.html"), urls("memoria").subList(0, 1));
    assertEquals(List.of("es/gestion.html#codigo"), urls("read_to_string"));
  }

  @Test
  void completesTheLastWordAndToleratesTypos() throws IOException {
    assertEquals(List.of("en/ownership.html#lifetimes"), urls("lifet"));
    assertEquals(List.of("en/allocator.html"), urls("allocatr"));
    assertEquals(List.of("en/ownership.html"), urls("ownrship"));
  }

  @Test
  void aWordTheIndexKnowsBringsNoTypoMatches() throws IOException {
    Map<String, String> vault =
        Map.of(
            "en/Arena.md",
            """
            # Arenas

            The allocator also allows allocating in arenas.
            """,
            "en/Allow.md",
            """
            # Allow lists

            A list of what it allows, and also what it denies.
            """);
    try (SearchIndex index = Vaults.index(Vaults.graph(dir, vault));
        LocalSearch search = new LocalSearch(index)) {
      List<SearchHit> hits = search.search("allocating", Optional.empty(), 10);
      assertEquals(List.of("en/arena.html"), hits.stream().map(SearchHit::url).toList());
      assertEquals(
          "The [allocator] also allows [allocating] in arenas.",
          hits.get(0).markedSnippet("[", "]"));
    }
  }

  @Test
  void marksTypoMatchesOnlyInTextsWithoutTheWordItself() {
    QueryPlan.WordTerms owner = new QueryPlan.WordTerms(Set.of("ownership"), Set.of("owner"));
    try (Analyses analyses = new Analyses()) {
      Snippets.Passage both =
          Snippets.of("", "An owner has ownership.", List.of(owner), WordTable.EMPTY, analyses);
      assertEquals(List.of(new SearchHit.Highlight(13, 22)), both.highlights());
      Snippets.Passage typo =
          Snippets.of("Owners", "An owner.", List.of(owner), WordTable.EMPTY, analyses);
      assertEquals(List.of(new SearchHit.Highlight(3, 8)), typo.highlights());
      assertEquals(List.of(new SearchHit.Highlight(0, 6)), typo.headingHighlights());
      Snippets.Passage inHeading =
          Snippets.of("Ownership", "An owner.", List.of(owner), WordTable.EMPTY, analyses);
      assertEquals(List.of(), inHeading.highlights());
      assertEquals(List.of(new SearchHit.Highlight(0, 9)), inHeading.headingHighlights());
    }
  }

  @Test
  void ranksExactMatchesAboveTypoMatches() throws IOException {
    // "memory" is one edit from "memoria": the exact English match comes first.
    List<String> urls = urls("memory");
    assertEquals("en/allocator.html", urls.get(0));
  }

  @Test
  void filtersByLanguage() throws IOException {
    assertEquals(
        List.of(Lang.EN),
        search("value", Optional.of(Lang.EN)).stream().map(SearchHit::lang).distinct().toList());
    assertTrue(
        search("value", Optional.of(Lang.ES)).stream().allMatch(h -> h.lang().equals(Lang.ES)));
  }

  @Test
  void answersHostileQueriesWithoutThrowing() throws IOException {
    List<String> queries =
        new java.util.ArrayList<>(
            Files.readAllLines(
                AnalysisGoldenTest.RESOURCES.resolve("hostile.txt"), StandardCharsets.UTF_8));
    queries.add("memoria ".repeat(5_000));
    queries.add("x".repeat(100_000));
    queries.add("\uD800\uDFFF\uD800 \u0000");
    try (SearchIndex index = Vaults.index(Vaults.graph(dir, VAULT));
        LocalSearch search = new LocalSearch(index)) {
      for (String query : queries) {
        search.search(query, Optional.empty(), 5);
      }
      assertEquals(List.of(), search.search("*", Optional.empty(), 5));
      assertFalse(search.search("memoria ".repeat(5_000), Optional.empty(), 5).isEmpty());
    }
  }

  @Test
  void exportsTheSameBytesForTheSameNotes() throws IOException {
    NoteGraph graph = Vaults.graph(dir, VAULT);
    List<OutputFile> first;
    List<OutputFile> second;
    try (SearchIndex a = Vaults.index(graph)) {
      first = a.browserFiles();
    }
    try (SearchIndex b = Vaults.index(Vaults.graph(dir, VAULT))) {
      second = b.browserFiles();
    }
    assertEquals(
        first.stream().map(OutputFile::path).toList(),
        second.stream().map(OutputFile::path).toList());
    for (int i = 0; i < first.size(); i++) {
      assertArrayEquals(
          ((OutputFile.Bytes) first.get(i).content()).bytes(),
          ((OutputFile.Bytes) second.get(i).content()).bytes(),
          first.get(i).path());
    }
    assertTrue(first.stream().allMatch(file -> file.path().startsWith("search/")));
    String all =
        first.stream()
            .map(f -> new String(((OutputFile.Bytes) f.content()).bytes(), StandardCharsets.UTF_8))
            .reduce("", String::concat);
    assertFalse(all.contains("</"), "no </script> can end a script early");
    assertFalse(all.contains("fetch("));
  }

  @Test
  void reusesTheSavedIndexUntilTheNotesChange() throws IOException {
    Path vault = dir.resolve("vault");
    NoteGraph graph = Vaults.graph(vault, VAULT);
    Path cache = SearchIndex.cacheFolder(vault);
    SearchIndex.cached(graph, cache).close();
    assertTrue(Files.isRegularFile(cache.resolve("fingerprint")));
    try (SearchIndex loaded =
            SearchIndex.load(cache, SearchIndexer.fingerprint(graph)).orElseThrow();
        LocalSearch search = new LocalSearch(loaded)) {
      assertEquals(1, search.search("prestamo", Optional.empty(), 5).size());
    }
    Files.writeString(vault.resolve("en/Ownership.md"), "# Ownership\n\nNow about préstamos.\n");
    NoteGraph changed = Vaults.graph(vault);
    assertTrue(SearchIndex.load(cache, SearchIndexer.fingerprint(changed)).isEmpty());
    try (SearchIndex rebuilt = SearchIndex.cached(changed, cache);
        LocalSearch search = new LocalSearch(rebuilt)) {
      assertEquals(2, search.search("prestamo", Optional.empty(), 5).size());
    }
  }

  @Test
  void searchesFromMemoryWhenTheCacheCannotBeWritten() throws IOException {
    Path vault = dir.resolve("vault");
    NoteGraph graph = Vaults.graph(vault, VAULT);
    // A file where the cache's parent folder should be: nothing can be saved there.
    Files.writeString(vault.resolve(".memoria"), "not a folder");
    try (SearchIndex index = SearchIndex.cached(graph, SearchIndex.cacheFolder(vault));
        LocalSearch search = new LocalSearch(index)) {
      assertEquals(1, search.search("prestamo", Optional.empty(), 5).size());
    }
    assertTrue(Files.isRegularFile(vault.resolve(".memoria")));
  }

  @Test
  void searchesAnEmptyVault() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    try (SearchIndex index = Vaults.index(Vaults.graph(dir.resolve("empty")));
        LocalSearch search = new LocalSearch(index)) {
      assertEquals(List.of(), search.search("memoria", Optional.empty(), 5));
      assertEquals(
          List.of("search/manifest.js", "search/lex-0.js", "search/post-0.js", "search/words-0.js"),
          index.browserFiles().stream().map(OutputFile::path).toList());
    }
  }
}
