package dev.memoria.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "Stack & Heap|stack-heap",
        "  Rust memory management - CodeSandwich |rust-memory-management-codesandwich",
        "Are stack and static lifetimes enough?|are-stack-and-static-lifetimes-enough",
        "C++ / C#|c-c",
        "Gestión de memoria en Rust|gestion-de-memoria-en-rust",
        "¿Qué es Ownership?|que-es-ownership",
        "Ñandú ÆON|nandu-æon",
        "日本語 notes|日本語-notes",
        "v1.2|v1-2",
        "...|note",
      })
  void foldsAccentsCaseAndPunctuation(String name, String slug) {
    assertEquals(slug, Slugs.slug(name, "note"));
  }

  @Test
  void plainAsciiAndUnicodePathsAgree() {
    // The ASCII fast path must give what the Unicode path gives for the same letters.
    assertEquals(Slugs.slug("Ownership rules", "x"), Slugs.slug("Ownership rules\u00A0", "x"));
  }

  @Test
  void missingNotesShareAStubWithOrWithoutTheirExtension() {
    assertEquals("missing/nowhere.html", Slugs.missingPage("Nowhere"));
    assertEquals("missing/nowhere.html", Slugs.missingPage("Nowhere.md"));
    assertEquals("missing/a/b.html", Slugs.missingPage("A/B"));
    assertEquals("missing/note.html", Slugs.missingPage("../.."));
  }

  @Test
  void tagPagesNestLikeTheirTags() {
    assertEquals("tags/rust/memoria.html", Slugs.tagPage("Rust/Memoria"));
  }
}
