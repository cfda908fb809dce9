package dev.memoria.vault;

import dev.memoria.core.Lang;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells Spanish from English prose by counting stop words and Spanish-only letters.
 *
 * <p>Technical notes in Spanish are full of English terms (runtime, event loop, borrow checker), so
 * content words prove nothing; the small grammatical words do. Each list holds only words that do
 * not exist in the other language ("a", "no", "me", "he", "has", "sin", "solo", "todo" are left
 * out), and hyphenated words count as one word, so "de-allocate" is not the Spanish "de". Code and
 * URLs are removed first because they are English whatever the prose is.
 */
final class LanguageDetector {

  /** Fewer stop words than this is too little text to decide. */
  static final int MIN_STOP_WORDS = 8;

  /** This many stop words settle the language; reading further only costs time on long notes. */
  static final int ENOUGH_STOP_WORDS = 120;

  private static final Set<String> SPANISH =
      words(
          "el la los las del al de que qué en es un una unos unas por para con pero como cómo "
              + "más este esta estos estas ese esa eso esos esas cuando donde dónde porque también "
              + "muy sobre entre hasta desde hay tiene tienen puede pueden ser está están estar su "
              + "sus se ya cada otro otra otros otras todos toda todas mismo misma así si sí pues "
              + "aunque mientras según durante sólo menos cual cuál cuales quien quién ellos ella "
              + "ellas él nosotros fue hace hacer tener algo aquí ahora entonces ni le les nos usted "
              + "cuyo cuya dentro luego después antes bien vez veces tanto sino");

  private static final Set<String> ENGLISH =
      words(
          "the and of to is are was were be been being it its this that these those with for "
              + "from by on in at which what when where who whom why how you your we our they their "
              + "them there here have had having will would can could should not but if or an because "
              + "about into than then also only does did each other some such more most any all after "
              + "before while just very same both between through over under without within his her "
              + "she him my one whose until again further many much own itself themselves");

  private static Set<String> words(String spaced) {
    return Set.of(spaced.split(" "));
  }

  /** How far an inline code span or HTML tag may reach; keeps hostile lines linear. */
  private static final int MAX_SPAN = 1000;

  private LanguageDetector() {}

  /** Spanish or English when the text gives enough evidence; empty otherwise. */
  static Optional<Lang> detect(String body) {
    String text = withoutCodeBlocks(body).toLowerCase(Locale.ROOT);
    int spanishWords = 0;
    int englishWords = 0;
    int spanishLetters = 0;
    int length = text.length();
    int i = 0;
    while (i < length && spanishWords + englishWords < ENOUGH_STOP_WORDS) {
      char c = text.charAt(i);
      if (c == '`') {
        i = afterInlineCode(text, i);
        continue;
      }
      if (c == '<') {
        i = afterHtmlTag(text, i);
        continue;
      }
      if (!isLetter(c)) {
        if (c == '¿' || c == '¡') {
          spanishLetters++;
        }
        i++;
        continue;
      }
      int start = i;
      int accents = 0;
      while (i < length && isWordChar(text, i)) {
        char letter = text.charAt(i);
        if (letter >= 'á' && "áéíóúñ".indexOf(letter) >= 0) {
          accents++;
        }
        i++;
      }
      if (text.startsWith("://", i) || (i - start == 3 && text.startsWith("www.", start))) {
        i = afterUrl(text, i);
        continue;
      }
      spanishLetters += accents;
      String word = text.substring(start, i);
      if (SPANISH.contains(word)) {
        spanishWords++;
      } else if (ENGLISH.contains(word)) {
        englishWords++;
      }
    }
    if (spanishWords + englishWords < MIN_STOP_WORDS) {
      return Optional.empty();
    }
    int spanish = spanishWords + spanishLetters;
    if (spanish > englishWords) {
      return Optional.of(Lang.ES);
    }
    return englishWords > spanish ? Optional.of(Lang.EN) : Optional.empty();
  }

  /** After a code span closed by a backtick run of the same length on the same line. */
  private static int afterInlineCode(String text, int open) {
    int run = runLength(text, open, '`');
    int limit = Math.min(text.length(), open + run + MAX_SPAN);
    int i = open + run;
    while (i < limit && text.charAt(i) != '\n') {
      if (text.charAt(i) == '`') {
        int close = runLength(text, i, '`');
        if (close == run) {
          return i + close;
        }
        i += close;
      } else {
        i++;
      }
    }
    return open + run;
  }

  private static int afterHtmlTag(String text, int open) {
    int limit = Math.min(text.length(), open + MAX_SPAN);
    for (int i = open + 1; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '>') {
        return i + 1;
      }
      if (c == '\n' || c == '<') {
        break;
      }
    }
    return open + 1;
  }

  private static int afterUrl(String text, int from) {
    int i = from;
    while (i < text.length()
        && !Character.isWhitespace(text.charAt(i))
        && ")]>".indexOf(text.charAt(i)) < 0) {
      i++;
    }
    return i;
  }

  private static int runLength(String text, int from, char c) {
    int i = from;
    while (i < text.length() && text.charAt(i) == c) {
      i++;
    }
    return i - from;
  }

  /** Letters, and a hyphen or apostrophe between two letters. */
  private static boolean isWordChar(String text, int i) {
    char c = text.charAt(i);
    if (isLetter(c)) {
      return true;
    }
    return (c == '-' || c == '\'' || c == '’')
        && i + 1 < text.length()
        && isLetter(text.charAt(i + 1))
        && i > 0
        && isLetter(text.charAt(i - 1));
  }

  /** A letter of lower-cased text; plain ASCII is tested first because it is most of it. */
  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 0x80 && Character.isLetter(c));
  }

  /** The text without fenced code blocks (``` or ~~~ fences, as CommonMark opens them). */
  private static String withoutCodeBlocks(String body) {
    if (!body.contains("```") && !body.contains("~~~")) {
      return body;
    }
    StringBuilder prose = new StringBuilder(body.length());
    char fenceChar = 0;
    int fenceLength = 0;
    int lineStart = 0;
    while (lineStart < body.length()) {
      int end = body.indexOf('\n', lineStart);
      if (end < 0) {
        end = body.length();
      }
      int indent = lineStart;
      while (indent < end && indent - lineStart < 4 && body.charAt(indent) == ' ') {
        indent++;
      }
      int run = 0;
      char first = indent < end ? body.charAt(indent) : 0;
      if (indent - lineStart < 4 && (first == '`' || first == '~')) {
        while (indent + run < end && body.charAt(indent + run) == first) {
          run++;
        }
      }
      if (fenceChar == 0) {
        if (run >= 3) {
          fenceChar = first;
          fenceLength = run;
        } else {
          prose.append(body, lineStart, end).append('\n');
        }
      } else if (first == fenceChar
          && run >= fenceLength
          && body.substring(indent + run, end).isBlank()) {
        fenceChar = 0;
      }
      lineStart = end + 1;
    }
    return prose.toString();
  }
}
