package dev.memoria.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 JSON reader for tests: objects keep their key order, integers are {@code Long};
 * anything a lenient reader would forgive (trailing commas, raw control characters in strings,
 * duplicate keys, text after the value) fails.
 */
final class StrictJson {

  private final String text;
  private int at;

  private StrictJson(String text) {
    this.text = text;
  }

  static Object parse(String text) {
    StrictJson reader = new StrictJson(text);
    reader.space();
    Object value = reader.value();
    reader.space();
    if (reader.at != text.length()) {
      throw reader.error("text after the value");
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> array(Object value) {
    return (List<Object>) value;
  }

  private Object value() {
    if (at >= text.length()) {
      throw error("a value expected");
    }
    char c = text.charAt(at);
    return switch (c) {
      case '{' -> objectValue();
      case '[' -> arrayValue();
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", NULL);
      default -> number();
    };
  }

  private Map<String, Object> objectValue() {
    Map<String, Object> object = new LinkedHashMap<>();
    at++;
    space();
    if (peek('}')) {
      at++;
      return object;
    }
    while (true) {
      space();
      if (!peek('"')) {
        throw error("a key expected");
      }
      String key = string();
      space();
      expect(':');
      space();
      Object value = value();
      if (object.containsKey(key)) {
        throw error("duplicate key " + key);
      }
      object.put(key, value == NULL ? null : value);
      space();
      if (peek(',')) {
        at++;
        continue;
      }
      expect('}');
      return object;
    }
  }

  private List<Object> arrayValue() {
    List<Object> array = new ArrayList<>();
    at++;
    space();
    if (peek(']')) {
      at++;
      return array;
    }
    while (true) {
      space();
      Object value = value();
      array.add(value == NULL ? null : value);
      space();
      if (peek(',')) {
        at++;
        continue;
      }
      expect(']');
      return array;
    }
  }

  /** Stands for JSON null while parsing, since the collections hold it as Java null. */
  private static final Object NULL = new Object();

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw error("unknown literal");
    }
    at += word.length();
    return value;
  }

  private Object number() {
    int start = at;
    if (peek('-')) {
      at++;
    }
    if (peek('0')) {
      at++;
    } else {
      digits();
    }
    boolean integer = true;
    if (peek('.')) {
      integer = false;
      at++;
      digits();
    }
    if (peek('e') || peek('E')) {
      integer = false;
      at++;
      if (peek('+') || peek('-')) {
        at++;
      }
      digits();
    }
    String number = text.substring(start, at);
    return integer ? (Object) Long.parseLong(number) : (Object) Double.parseDouble(number);
  }

  private void digits() {
    int start = at;
    while (at < text.length() && Character.isDigit(text.charAt(at))) {
      at++;
    }
    if (at == start) {
      throw error("digits expected");
    }
  }

  private String string() {
    StringBuilder out = new StringBuilder();
    at++;
    while (true) {
      if (at >= text.length()) {
        throw error("unclosed string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw error("raw control character in a string");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char escape = text.charAt(at++);
      switch (escape) {
        case '"', '\\', '/' -> out.append(escape);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
        }
        default -> throw error("bad escape \\" + escape);
      }
    }
  }

  private void space() {
    while (at < text.length() && " \t\n\r".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private boolean peek(char c) {
    return at < text.length() && text.charAt(at) == c;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("'" + c + "' expected");
    }
    at++;
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("invalid JSON at " + at + ": " + what);
  }
}
