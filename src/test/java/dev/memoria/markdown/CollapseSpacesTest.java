package dev.memoria.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CollapseSpacesTest {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  @Test
  void returnsTextWithSingleSpacesAsItIs() {
    String text = "Memory on the heap";
    assertSame(text, NoteAnalysis.collapseSpaces(text));
  }

  @Test
  void makesEveryRunOfAsciiWhitespaceOneSpace() {
    assertEquals(" a b c d ", NoteAnalysis.collapseSpaces("\t a  b\r\nc\u000B\fd\n"));
  }

  @Test
  void leavesOtherWhitespaceAlone() {
    assertEquals("a\u00A0b\u2028c\u3000d", NoteAnalysis.collapseSpaces("a\u00A0b\u2028c\u3000d"));
  }

  @Test
  void agreesWithTheRegularExpressionItReplaces() {
    char[] alphabet = {'a', 'é', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2028', '#'};
    Random random = new Random(42);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int length = random.nextInt(12); length > 0; length--) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String input = text.toString();
      assertEquals(
          SPACES.matcher(input).replaceAll(" "), NoteAnalysis.collapseSpaces(input), input);
    }
  }
}
