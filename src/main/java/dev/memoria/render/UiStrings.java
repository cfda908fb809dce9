package dev.memoria.render;

import dev.memoria.core.Lang;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The theme's UI strings for one language, from {@code i18n/<lang>.yml}.
 *
 * <p>Dates are formatted from the theme's own month names and pattern, not the JDK's locale data,
 * so the same notes give the same pages on every JDK.
 *
 * @param tree the strings as nested maps, for templates ({@code {{ui.page.toc}}})
 * @param flat the same strings by dotted key ({@code page.toc}), for Java code
 */
public record UiStrings(Lang lang, Map<String, Object> tree, Map<String, String> flat) {

  public UiStrings {
    tree = Map.copyOf(tree);
    flat = Map.copyOf(flat);
  }

  /** Builds the flat view of a tree read from YAML; lists are kept under their key. */
  static UiStrings of(Lang lang, Map<String, Object> tree) {
    Map<String, String> flat = new LinkedHashMap<>();
    flatten("", tree, flat);
    return new UiStrings(lang, deepCopy(tree), flat);
  }

  /** The string for a dotted key, or the key itself so a missing string is visible, not blank. */
  public String text(String key) {
    return flat.getOrDefault(key, key);
  }

  /** The string for a key with {@code {0}}, {@code {1}}… replaced by the arguments. */
  public String format(String key, Object... args) {
    String text = text(key);
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  /**
   * A count in words: the key's {@code _one} variant for 1 when the theme has it ("1 note"), else
   * the key itself ("5 notes").
   */
  public String count(String key, long count) {
    String one = key + "_one";
    return format(count == 1 && flat.containsKey(one) ? one : key, count);
  }

  /** The date of an instant (UTC) in this language's pattern: "November 21, 2026". */
  public String date(Instant instant) {
    LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
    String month = month(day.getMonthValue());
    return text("date.pattern")
        .replace("{day}", Integer.toString(day.getDayOfMonth()))
        .replace("{month}", month)
        .replace("{year}", Integer.toString(day.getYear()));
  }

  private String month(int number) {
    Object months = lookup("date.months");
    if (months instanceof List<?> names && names.size() == 12) {
      return String.valueOf(names.get(number - 1));
    }
    return Integer.toString(number);
  }

  private Object lookup(String dottedKey) {
    Object node = tree;
    for (String part : dottedKey.split("\\.")) {
      if (!(node instanceof Map<?, ?> map)) {
        return null;
      }
      node = map.get(part);
    }
    return node;
  }

  private static void flatten(String prefix, Map<?, ?> tree, Map<String, String> flat) {
    for (Map.Entry<?, ?> entry : tree.entrySet()) {
      String key = prefix + entry.getKey();
      if (entry.getValue() instanceof Map<?, ?> child) {
        flatten(key + ".", child, flat);
      } else if (!(entry.getValue() instanceof List<?>)) {
        flat.put(key, String.valueOf(entry.getValue()));
      }
    }
  }

  private static Map<String, Object> deepCopy(Map<?, ?> tree) {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : tree.entrySet()) {
      Object value = entry.getValue();
      if (value instanceof Map<?, ?> child) {
        value = deepCopy(child);
      } else if (value instanceof List<?> list) {
        value = List.copyOf(list);
      }
      copy.put(String.valueOf(entry.getKey()), value);
    }
    return java.util.Collections.unmodifiableMap(copy);
  }
}
