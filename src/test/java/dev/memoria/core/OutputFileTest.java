package dev.memoria.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputFileTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "../x",
        "a/../../x",
        "a/./b",
        ".",
        "..",
        "/abs",
        "a\\b",
        "..\\x",
        "a//b",
        "a/",
        "a/b/",
        "C:/x",
        "c:x",
        "a\0b",
        "a\nb",
        "a\rb"
      })
  void rejectsPathsThatAreNotSafeAndSiteRelative(String path) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OutputFile.text(path, "x"));
    assertTrue(e.getMessage().startsWith("not a site-relative output path"), e.getMessage());
  }

  @Test
  void rejectsSegmentsLongerThanFileSystemsAllow() {
    String longName = "a".repeat(252) + ".html";
    assertThrows(IllegalArgumentException.class, () -> OutputFile.text(longName, "x"));
    assertEquals(255, OutputFile.text("a".repeat(250) + ".html", "x").path().length());
  }

  @Test
  void acceptsOrdinarySitePaths() {
    for (String path :
        new String[] {
          "index.html",
          "rust/box.html",
          ".nojekyll",
          "a/..b/c..d.html",
          "ñ/gestión.html",
          "img/10:00.png"
        }) {
      assertEquals(path, OutputFile.text(path, "x").path());
    }
  }

  @Test
  void bytesAreCopiedInAndOut() {
    byte[] original = {1, 2, 3};
    OutputFile.Bytes bytes = OutputFile.Bytes.copyOf(original);
    original[0] = 9;
    assertArrayEquals(new byte[] {1, 2, 3}, bytes.bytes());
    bytes.bytes()[1] = 9;
    assertArrayEquals(new byte[] {1, 2, 3}, bytes.bytes());
    assertEquals(3, bytes.size());
  }

  @Test
  void bytesCompareByContent() {
    OutputFile.Bytes a = OutputFile.Bytes.copyOf("hola".getBytes(StandardCharsets.UTF_8));
    OutputFile.Bytes b = OutputFile.Bytes.copyOf("hola".getBytes(StandardCharsets.UTF_8));
    OutputFile.Bytes c = OutputFile.Bytes.copyOf("hello".getBytes(StandardCharsets.UTF_8));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, c);
    assertEquals("Bytes[4 bytes]", a.toString());
    assertEquals(OutputFile.text("a.html", "hola"), OutputFile.of("a.html", b.bytes()));
  }

  @Test
  void copyOfKeepsItsSource() {
    OutputFile file = OutputFile.copy("img/a.png", Path.of("notes/a.png"));
    assertEquals(new OutputFile.CopyOf(Path.of("notes/a.png")), file.content());
  }
}
