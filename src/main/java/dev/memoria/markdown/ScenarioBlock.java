package dev.memoria.markdown;

import dev.memoria.core.SourcePos;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A fenced code block the simulator runs: info string {@code rust memory} or {@code c memory}, the
 * language first so editors keep highlighting it, then optional {@code key=value} options.
 *
 * @param index its number among the note's scenario blocks, from 1
 * @param lang {@code rust} or {@code c}
 * @param options the words after {@code memory} in the info string, as written
 * @param code the program text, as written, each line ending in {@code \n}
 * @param fence where the opening fence is in the note's file
 * @param firstLine the file line of the program's first line, so a program line {@code n} is file
 *     line {@code firstLine + n - 1}
 */
public record ScenarioBlock(
    int index, String lang, List<String> options, String code, SourcePos fence, int firstLine) {

  public ScenarioBlock {
    Objects.requireNonNull(lang);
    options = List.copyOf(options);
    Objects.requireNonNull(code);
    Objects.requireNonNull(fence);
  }

  /** The scenario language of an info string such as {@code rust memory id=x}, if it is one. */
  public static Optional<String> scenarioLang(String info) {
    List<String> words = infoWords(info);
    if (words.size() < 2 || !words.get(1).equalsIgnoreCase("memory")) {
      return Optional.empty();
    }
    String lang = words.get(0).toLowerCase(Locale.ROOT);
    return lang.equals("rust") || lang.equals("c") ? Optional.of(lang) : Optional.empty();
  }

  /** The options after {@code memory}. */
  static List<String> options(String info) {
    List<String> words = infoWords(info);
    return words.subList(Math.min(2, words.size()), words.size());
  }

  /** The value of option {@code name=value}, if given. */
  public Optional<String> option(String name) {
    String prefix = name + "=";
    return options.stream()
        .filter(o -> o.startsWith(prefix))
        .map(o -> o.substring(prefix.length()))
        .findFirst();
  }

  /** The file position of a line and column of the program. */
  public SourcePos pos(int programLine, int column) {
    return new SourcePos(fence.file(), firstLine + programLine - 1, column);
  }

  /** Words of an info string, separated by spaces, tabs or commas (as rustdoc allows). */
  private static List<String> infoWords(String info) {
    return List.of(info.strip().split("[\\s,]+")).stream().filter(w -> !w.isEmpty()).toList();
  }
}
