package dev.memoria.cli.report;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes indented JSON in the order it is told, so reports have a fixed key order.
 *
 * <p>Every character outside printable ASCII is written as a {@code \\uXXXX} escape: the output is
 * plain ASCII and reads the same whatever encoding the console or CI log assumes.
 */
final class JsonWriter {

  private final StringBuilder out = new StringBuilder();

  /** For each open object or array, whether it has no element yet. */
  private final Deque<Boolean> empty = new ArrayDeque<>();

  /** A name was just written, so the next value belongs to it and needs no comma. */
  private boolean afterName;

  JsonWriter beginObject() {
    beforeValue();
    out.append('{');
    empty.push(true);
    return this;
  }

  JsonWriter endObject() {
    return end('}');
  }

  JsonWriter beginArray() {
    beforeValue();
    out.append('[');
    empty.push(true);
    return this;
  }

  JsonWriter endArray() {
    return end(']');
  }

  JsonWriter name(String name) {
    beforeElement();
    string(name);
    out.append(": ");
    afterName = true;
    return this;
  }

  JsonWriter value(String value) {
    beforeValue();
    string(value);
    return this;
  }

  JsonWriter value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  JsonWriter nullValue() {
    beforeValue();
    out.append("null");
    return this;
  }

  JsonWriter field(String name, String value) {
    return name(name).value(value);
  }

  JsonWriter field(String name, long value) {
    return name(name).value(value);
  }

  /** The document, ending with a line break. */
  String toJson() {
    if (!empty.isEmpty()) {
      throw new IllegalStateException("unclosed object or array");
    }
    return out + "\n";
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
    } else {
      beforeElement();
    }
  }

  private void beforeElement() {
    if (empty.isEmpty()) {
      return;
    }
    if (!empty.pop()) {
      out.append(',');
    }
    empty.push(false);
    newLine();
  }

  private JsonWriter end(char bracket) {
    boolean wasEmpty = empty.pop();
    if (!wasEmpty) {
      newLine();
    }
    out.append(bracket);
    return this;
  }

  private void newLine() {
    out.append('\n');
    for (int level = empty.size(); level > 0; level--) {
      out.append("  ");
    }
  }

  private void string(String text) {
    out.append('"');
    // Plain runs are copied whole; reports are mostly plain text and can hold 100,000 findings.
    int plain = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
        continue;
      }
      out.append(text, plain, i);
      plain = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          String hex = Integer.toHexString(c);
          out.append("\\u").append("0000", hex.length(), 4).append(hex);
        }
      }
    }
    out.append(text, plain, text.length());
    out.append('"');
  }
}
