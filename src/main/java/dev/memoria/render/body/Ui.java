package dev.memoria.render.body;

import java.util.Map;

/** The page's UI strings, with the English text used when the theme lacks a key. */
final class Ui {

  private final Map<String, String> strings;

  Ui(Map<String, String> strings) {
    this.strings = strings;
  }

  String get(String key, String english) {
    return strings.getOrDefault(key, english);
  }

  String format(String key, String english, String argument) {
    return get(key, english).replace("{0}", argument);
  }
}
