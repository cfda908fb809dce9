package dev.memoria.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.core.Diagnostic;
import dev.memoria.core.Diagnostics;
import dev.memoria.core.Severity;
import dev.memoria.core.SourcePos;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoteDecoderTest {

  private final Diagnostics diagnostics = new Diagnostics();

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
      } else {
        out.write((Integer) part);
      }
    }
    return out.toByteArray();
  }

  @Test
  void stripsUtf8Bom() {
    String text = NoteDecoder.decode(bytes(0xEF, 0xBB, 0xBF, "---\nt: x\n"), "n.md", diagnostics);
    assertEquals("---\nt: x\n", text);
    assertTrue(diagnostics.all().isEmpty());
  }

  @Test
  void normalisesCrlfAndLoneCrKeepingTheLineCount() {
    String text = NoteDecoder.decode(bytes("a\r\nb\rc\n\r\nd"), "n.md", diagnostics);
    assertEquals("a\nb\nc\n\nd", text);
  }

  @Test
  void readsLatin1AsWindows1252AndReportsTheFirstBadByte() {
    // Written by an old editor: ó is the single byte 0xF3, the quotes are 0x93 and 0x94.
    byte[] latin1 =
        "# Titulo\r\n\r\nLa canción sigue. “comillas”".getBytes(Charset.forName("windows-1252"));
    assertEquals((byte) 0xF3, latin1[20]);
    String text = NoteDecoder.decode(latin1, "notes/es.md", diagnostics);
    assertEquals("# Titulo\n\nLa canción sigue. “comillas”", text);
    List<Diagnostic> all = diagnostics.all();
    assertEquals(1, all.size());
    Diagnostic d = all.get(0);
    assertEquals(Severity.WARNING, d.severity());
    assertEquals("encoding", d.code());
    assertEquals(new SourcePos("notes/es.md", 3, 9), d.pos());
    assertEquals(
        "not valid UTF-8; read as Windows-1252. Re-save the file as UTF-8 to silence this",
        d.message());
  }

  @Test
  void keepsAReplacementCharacterWrittenInTheFileWithoutWarning() {
    String text = NoteDecoder.decode(bytes("broken \uFFFD glyph"), "n.md", diagnostics);
    assertEquals("broken \uFFFD glyph", text);
    assertTrue(diagnostics.all().isEmpty());
  }

  @Test
  void countsColumnsInCharactersBeforeTheBadByte() {
    NoteDecoder.decode(bytes("ñandú ", 0xE9), "n.md", diagnostics);
    assertEquals(new SourcePos("n.md", 1, 7), diagnostics.all().get(0).pos());
  }

  @Test
  void detectsNulBytesAsBinary() {
    assertTrue(NoteDecoder.looksBinary(bytes("PNG", 0, "data")));
    assertFalse(NoteDecoder.looksBinary(bytes("plain text")));
    byte[] lateNul = new byte[NoteDecoder.BINARY_PROBE + 10];
    Arrays.fill(lateNul, (byte) 'a');
    lateNul[NoteDecoder.BINARY_PROBE + 5] = 0;
    assertFalse(NoteDecoder.looksBinary(lateNul));
  }
}
