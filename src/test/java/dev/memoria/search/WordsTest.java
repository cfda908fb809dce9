package dev.memoria.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void asciiWordCharactersAreLettersAndDigitsAsUnicodeSays() {
    for (int c = 0; c < 0x80; c++) {
      boolean unicode =
          Character.isLetter(c)
              || Character.isDigit(c)
              || Character.getType(c) == Character.NON_SPACING_MARK;
      assertEquals(unicode, Words.isWordChar(c), "character " + c);
    }
  }

  @Test
  void collapsingTreatsEveryWhitespaceCharacterAsOneSpace() {
    StringBuilder text = new StringBuilder();
    StringBuilder expected = new StringBuilder();
    for (char c = 0; c < 0x3100; c++) {
      text.append('a').append(c);
      expected.append('a').append(Character.isWhitespace(c) ? " " : String.valueOf(c));
    }
    assertEquals(expected.toString().replace("  ", " "), NoteSections.collapse(text));
  }

  @Test
  void collapsingTrimsTheEndsAndMakesEachRunOneSpace() {
    assertEquals("", NoteSections.collapse(new StringBuilder(" \n\t ")));
    assertEquals("a b c d", NoteSections.collapse(new StringBuilder(" \n a  b\nc \u2003 d\t")));
    assertEquals("a b", NoteSections.collapse(new StringBuilder("a b")));
    assertEquals("año b", NoteSections.collapse(new StringBuilder("año\r\n\r\nb ")));
  }
}
