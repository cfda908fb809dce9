package dev.memoria.vault;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExcludesTest {

  @Test
  void matchesFolderPatternsAndTheirContents() {
    Excludes excludes = new Excludes(List.of("private/**", "Templates", "/drafts/"));
    assertTrue(excludes.matches("private"));
    assertTrue(excludes.matches("private/a.md"));
    assertTrue(excludes.matches("private/x/y.png"));
    assertTrue(excludes.matches("Templates"));
    assertTrue(excludes.matches("drafts"));
    assertFalse(excludes.matches("privateer.md"));
    assertFalse(excludes.matches("notes/private/a.md"));
    assertFalse(excludes.matches("templates"));
  }

  @Test
  void matchesDoubleStarAcrossFoldersIncludingTheRoot() {
    Excludes excludes = new Excludes(List.of("**/*.tmp", "**/cache"));
    assertTrue(excludes.matches("a.tmp"));
    assertTrue(excludes.matches("x/y/z.tmp"));
    assertTrue(excludes.matches("x/cache"));
    assertFalse(excludes.matches("a.tmp.md"));
  }

  @Test
  void keepsSingleStarAndQuestionMarkInsideOneSegment() {
    Excludes excludes = new Excludes(List.of("*.bak", "v?/*.md"));
    assertTrue(excludes.matches("old.bak"));
    assertFalse(excludes.matches("sub/old.bak"));
    assertTrue(excludes.matches("v1/a.md"));
    assertFalse(excludes.matches("v1/x/a.md"));
  }

  @Test
  void supportsClassesAlternativesAndLiteralSpecialCharacters() {
    Excludes excludes = new Excludes(List.of("[!a]*.md", "{x,y}.png", "Stack & Heap (old).md"));
    assertTrue(excludes.matches("b.md"));
    assertFalse(excludes.matches("a.md"));
    assertTrue(excludes.matches("y.png"));
    assertFalse(excludes.matches("z.png"));
    assertTrue(excludes.matches("Stack & Heap (old).md"));
  }

  @Test
  void treatsUnclosedBracketLiterally() {
    Excludes excludes = new Excludes(List.of("a[b.md", ""));
    assertTrue(excludes.matches("a[b.md"));
    assertFalse(excludes.matches("ab.md"));
  }
}
