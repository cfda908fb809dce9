package dev.memoria.vault;

import dev.memoria.core.Diagnostics;
import dev.memoria.core.Lang;
import dev.memoria.core.SourcePos;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Splits a note into frontmatter and body and reads the keys Memoria understands.
 *
 * <p>The YAML is composed into a node tree (never constructed into Java objects, so no tag can
 * create a class) with small limits, because notes may come from anywhere: 64 Ki code points, 10
 * aliases of collections, 20 levels of nesting. One instance serves a whole build, from many
 * threads.
 */
final class FrontmatterParser {

  static final int CODE_POINT_LIMIT = 64 * 1024;
  static final int MAX_COLLECTION_ALIASES = 10;
  static final int MAX_DEPTH = 20;

  /** Bounds the walk over a tree whose aliases share subtrees, so it stays linear in practice. */
  private static final int MAX_NODES = 100_000;

  private static final String WITHOUT_FRONTMATTER = "; the note is built without its frontmatter";
  private static final Pattern TAG_SEPARATORS = Pattern.compile("[,\\s]+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** A note split into its frontmatter and the text after it. */
  record Result(Frontmatter frontmatter, String body, int bodyLine) {}

  private record Block(String yaml, String body, int bodyLine) {}

  private final LoadSettings settings =
      LoadSettings.builder()
          .setCodePointLimit(CODE_POINT_LIMIT)
          .setMaxAliasesForCollections(MAX_COLLECTION_ALIASES)
          .setAllowRecursiveKeys(false)
          // Duplicates are checked here, to warn and keep the last value as Obsidian does.
          .setAllowDuplicateKeys(true)
          // YAML 1.2 core schema: "lang: no" is the string "no", not false.
          .setSchema(new CoreSchema())
          .setUseMarks(true)
          .build();

  /** Splits {@code text} (LF line ends) and reads its frontmatter, reporting problems. */
  Result parse(String text, String displayPath, Diagnostics diagnostics) {
    Optional<Block> block = split(text);
    if (block.isEmpty()) {
      return new Result(Frontmatter.EMPTY, text, 1);
    }
    Frontmatter frontmatter = read(block.get().yaml(), displayPath, diagnostics);
    return new Result(frontmatter, block.get().body(), block.get().bodyLine());
  }

  /**
   * The frontmatter block: line 1 is {@code ---} and a later line is {@code ---} or {@code ...};
   * without a closing line the whole text is body, as in Obsidian.
   */
  private static Optional<Block> split(String text) {
    int firstEnd = text.indexOf('\n');
    if (firstEnd < 0 || !isFence(text, 0, firstEnd, "---")) {
      return Optional.empty();
    }
    int lineStart = firstEnd + 1;
    int lineNumber = 2;
    while (lineStart < text.length()) {
      int end = text.indexOf('\n', lineStart);
      if (end < 0) {
        end = text.length();
      }
      if (isFence(text, lineStart, end, "---") || isFence(text, lineStart, end, "...")) {
        String body = end < text.length() ? text.substring(end + 1) : "";
        return Optional.of(
            new Block(text.substring(firstEnd + 1, lineStart), body, lineNumber + 1));
      }
      lineStart = end + 1;
      lineNumber++;
    }
    return Optional.empty();
  }

  private static boolean isFence(String text, int start, int end, String fence) {
    int trimmed = end;
    while (trimmed > start
        && (text.charAt(trimmed - 1) == ' ' || text.charAt(trimmed - 1) == '\t')) {
      trimmed--;
    }
    return trimmed - start == fence.length() && text.startsWith(fence, start);
  }

  private Frontmatter read(String yaml, String displayPath, Diagnostics diagnostics) {
    DepthLimitedParser parser =
        new DepthLimitedParser(new ParserImpl(settings, new StreamReader(settings, yaml)));
    Node root;
    try {
      Optional<Node> document = new Composer(settings, parser).getSingleNode();
      if (document.isEmpty()) {
        return Frontmatter.EMPTY;
      }
      root = document.get();
      checkShape(root, 1, new int[] {MAX_NODES});
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().or(e::getContextMark).or(parser::lastMark);
      String context =
          e.getContext() == null || e.getContext().isBlank() ? "" : e.getContext() + ": ";
      String problem = e.getProblem() == null ? String.valueOf(e.getMessage()) : e.getProblem();
      reportMalformed(displayPath, mark, context + problem, diagnostics);
      return Frontmatter.EMPTY;
    } catch (YamlEngineException e) {
      // Limits such as the alias count are reported without a mark: use the last event read.
      reportMalformed(displayPath, parser.lastMark(), String.valueOf(e.getMessage()), diagnostics);
      return Frontmatter.EMPTY;
    }
    if (!(root instanceof MappingNode map)) {
      diagnostics.warning(
          "frontmatter-type",
          position(displayPath, root.getStartMark()),
          "the frontmatter is not a map of keys such as \"title:\" and \"tags:\"; it is ignored");
      return Frontmatter.EMPTY;
    }
    return new Keys(displayPath, diagnostics).read(map);
  }

  private static void reportMalformed(
      String displayPath, Optional<Mark> mark, String problem, Diagnostics diagnostics) {
    String oneLine = WHITESPACE.matcher(problem).replaceAll(" ").strip();
    diagnostics.error(
        "frontmatter",
        position(displayPath, mark),
        "invalid YAML: " + oneLine + WITHOUT_FRONTMATTER);
  }

  /**
   * Rejects trees that aliases make cyclic, deeper than the limit or huge; the composer only limits
   * the nesting written in the text and the number of collection aliases.
   */
  private static void checkShape(Node node, int depth, int[] budget) {
    if (node.isRecursive()) {
      throw new ComposerException(
          "an alias refers to the list or map that contains it", node.getStartMark());
    }
    if (--budget[0] < 0) {
      throw new ComposerException("too many values through aliases", node.getStartMark());
    }
    if (node instanceof SequenceNode sequence) {
      checkDepth(node, depth);
      for (Node child : sequence.getValue()) {
        checkShape(child, depth + 1, budget);
      }
    } else if (node instanceof MappingNode mapping) {
      checkDepth(node, depth);
      for (NodeTuple tuple : mapping.getValue()) {
        checkShape(tuple.getKeyNode(), depth + 1, budget);
        checkShape(tuple.getValueNode(), depth + 1, budget);
      }
    }
  }

  private static void checkDepth(Node node, int depth) {
    if (depth > MAX_DEPTH) {
      throw new ComposerException(
          "lists and maps are nested deeper than " + MAX_DEPTH + " levels", node.getStartMark());
    }
  }

  /** The file position of a YAML mark: YAML line 0 is file line 2, after the opening fence. */
  private static SourcePos position(String displayPath, Optional<Mark> mark) {
    return mark.map(m -> new SourcePos(displayPath, m.getLine() + 2, m.getColumn() + 1))
        .orElse(SourcePos.ofFile(displayPath));
  }

  /** Stops the composer, which recurses per level, before deep nesting can overflow the stack. */
  private static final class DepthLimitedParser implements Parser {
    private final Parser delegate;
    private int depth;
    private Optional<Mark> lastMark = Optional.empty();

    DepthLimitedParser(Parser delegate) {
      this.delegate = delegate;
    }

    Optional<Mark> lastMark() {
      return lastMark;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
      return delegate.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
      return delegate.peekEvent();
    }

    @Override
    public boolean hasNext() {
      return delegate.hasNext();
    }

    @Override
    public Event next() {
      Event event = delegate.next();
      if (event.getStartMark().isPresent()) {
        lastMark = event.getStartMark();
      }
      switch (event.getEventId()) {
        case SequenceStart, MappingStart -> {
          if (++depth > MAX_DEPTH) {
            throw new ComposerException(
                "lists and maps are nested deeper than " + MAX_DEPTH + " levels",
                event.getStartMark());
          }
        }
        case SequenceEnd, MappingEnd -> depth--;
        default -> {}
      }
      return event;
    }
  }

  /** Reads the known keys of one frontmatter map, reporting problems at each key's line. */
  private static final class Keys {
    private final String displayPath;
    private final Diagnostics diagnostics;

    Keys(String displayPath, Diagnostics diagnostics) {
      this.displayPath = displayPath;
      this.diagnostics = diagnostics;
    }

    Frontmatter read(MappingNode map) {
      Map<String, NodeTuple> entries = entries(map);
      Optional<String> title = Optional.empty();
      List<String> tags = List.of();
      Set<String> aliases = new LinkedHashSet<>();
      Optional<Lang> lang = Optional.empty();
      boolean draft = false;
      boolean publish = true;
      Optional<String> permalink = Optional.empty();
      Optional<String> description = Optional.empty();
      List<String> translations = List.of();
      Optional<String> translationKey = Optional.empty();
      for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
        NodeTuple tuple = entry.getValue();
        switch (entry.getKey()) {
          case "title" -> title = text(tuple);
          case "tags" -> tags = tags(tuple);
          case "aliases", "alias" -> aliases.addAll(aliases(tuple));
          case "lang" -> lang = lang(tuple);
          case "draft" -> draft = bool(tuple).orElse(draft);
          case "publish" -> publish = bool(tuple).orElse(publish);
          case "permalink" -> permalink = text(tuple);
          case "description" -> description = text(tuple);
          case "translations" -> translations = translations(tuple);
          case "translationkey" -> translationKey = text(tuple);
          default -> {}
        }
      }
      return new Frontmatter(
          title,
          tags,
          List.copyOf(aliases),
          lang,
          draft,
          publish,
          permalink,
          description,
          translations,
          translationKey);
    }

    /** The entries by canonical key, last one winning, in the order of their last occurrence. */
    private Map<String, NodeTuple> entries(MappingNode map) {
      Map<String, NodeTuple> entries = new LinkedHashMap<>();
      Map<String, Integer> firstLine = new HashMap<>();
      for (NodeTuple tuple : map.getValue()) {
        if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
          continue;
        }
        String key = canonicalKey(keyNode.getValue());
        SourcePos pos = position(displayPath, keyNode.getStartMark());
        Integer previous = firstLine.putIfAbsent(key, pos.line());
        if (previous != null) {
          diagnostics.warning(
              "frontmatter-duplicate-key",
              pos,
              "duplicate key \""
                  + keyNode.getValue()
                  + "\" (first on line "
                  + previous
                  + "); the last value is used, as in Obsidian. Remove one of them");
        }
        entries.remove(key);
        entries.put(key, tuple);
      }
      return entries;
    }

    private static String canonicalKey(String key) {
      String lower = key.strip().toLowerCase(Locale.ROOT);
      return lower.equals("translation_key") ? "translationkey" : lower;
    }

    private Optional<String> text(NodeTuple tuple) {
      Node value = tuple.getValueNode();
      if (value instanceof ScalarNode scalar) {
        return isNull(scalar) || scalar.getValue().isBlank()
            ? Optional.empty()
            : Optional.of(scalar.getValue().strip());
      }
      wrongType(tuple, "text");
      return Optional.empty();
    }

    /** A list of texts, or one text; an item written {@code [[x]]} unquoted is a list in YAML. */
    private Optional<List<String>> texts(NodeTuple tuple, String expected) {
      Node value = tuple.getValueNode();
      if (value instanceof ScalarNode scalar) {
        return Optional.of(isNull(scalar) ? List.of() : List.of(scalar.getValue()));
      }
      if (!(value instanceof SequenceNode sequence)) {
        wrongType(tuple, expected);
        return Optional.empty();
      }
      List<String> items = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        Node single = item;
        if (item instanceof SequenceNode nested && nested.getValue().size() == 1) {
          single = nested.getValue().get(0);
        }
        if (!(single instanceof ScalarNode scalar)) {
          wrongType(tuple, expected);
          return Optional.empty();
        }
        if (!isNull(scalar)) {
          items.add(scalar.getValue());
        }
      }
      return Optional.of(items);
    }

    private List<String> tags(NodeTuple tuple) {
      boolean oneString = tuple.getValueNode() instanceof ScalarNode;
      List<String> items = texts(tuple, "a list of tags").orElse(List.of());
      Set<String> tags = new LinkedHashSet<>();
      for (String item : items) {
        List<String> written =
            oneString
                ? TAG_SEPARATORS.splitAsStream(item).filter(t -> !t.isEmpty()).toList()
                : List.of(item.strip());
        for (String raw : written) {
          String tag =
              Normalizer.normalize(
                  raw.startsWith("#") ? raw.substring(1) : raw, Normalizer.Form.NFC);
          if (validTag(tag)) {
            tags.add(tag);
          } else {
            diagnostics.warning(
                "invalid-tag",
                keyPosition(tuple),
                "tag \""
                    + raw
                    + "\" is not valid: a tag uses letters, digits, \"_\", \"-\" and \"/\", and"
                    + " not only digits; it is dropped");
          }
        }
      }
      return List.copyOf(tags);
    }

    /** Obsidian's tag rule: letters, digits, {@code _ - /}, at least one non-digit. */
    static boolean validTag(String tag) {
      if (tag.isEmpty() || tag.startsWith("/") || tag.endsWith("/") || tag.contains("//")) {
        return false;
      }
      boolean nonDigit = false;
      for (int i = 0; i < tag.length(); ) {
        int c = tag.codePointAt(i);
        i += Character.charCount(c);
        int type = Character.getType(c);
        if (Character.isLetter(c)
            || c == '_'
            || c == '-'
            || type == Character.NON_SPACING_MARK
            || type == Character.COMBINING_SPACING_MARK) {
          nonDigit = true;
        } else if (!Character.isDigit(c) && c != '/') {
          return false;
        }
      }
      return nonDigit;
    }

    private List<String> aliases(NodeTuple tuple) {
      return texts(tuple, "a list of aliases").orElse(List.of()).stream()
          .map(String::strip)
          .filter(alias -> !alias.isEmpty())
          .toList();
    }

    private Optional<Lang> lang(NodeTuple tuple) {
      Optional<String> code = text(tuple);
      if (code.isEmpty()) {
        return Optional.empty();
      }
      Optional<Lang> lang = Lang.parse(code.get());
      if (lang.isEmpty()) {
        diagnostics.warning(
            "invalid-lang",
            keyPosition(tuple),
            "\""
                + code.get()
                + "\" is not a language code such as \"es\" or \"en\"; the language is taken"
                + " from the file name, folder or text instead");
      }
      return lang;
    }

    private Optional<Boolean> bool(NodeTuple tuple) {
      Node value = tuple.getValueNode();
      if (value instanceof ScalarNode scalar) {
        if (isNull(scalar)) {
          return Optional.empty();
        }
        switch (scalar.getValue().strip().toLowerCase(Locale.ROOT)) {
          case "true", "yes":
            return Optional.of(true);
          case "false", "no":
            return Optional.of(false);
          default:
            break;
        }
      }
      wrongType(tuple, "true or false");
      return Optional.empty();
    }

    private List<String> translations(NodeTuple tuple) {
      Set<String> targets = new LinkedHashSet<>();
      for (String item : texts(tuple, "a list of notes").orElse(List.of())) {
        String target = item.strip();
        if (target.startsWith("[[") && target.endsWith("]]") && target.length() >= 4) {
          target = target.substring(2, target.length() - 2);
        }
        int pipe = target.indexOf('|');
        if (pipe >= 0) {
          target = target.substring(0, pipe);
        }
        target = target.strip();
        if (!target.isEmpty()) {
          targets.add(target);
        }
      }
      return List.copyOf(targets);
    }

    private static boolean isNull(ScalarNode scalar) {
      return scalar.getTag().equals(Tag.NULL);
    }

    private SourcePos keyPosition(NodeTuple tuple) {
      return position(displayPath, tuple.getKeyNode().getStartMark());
    }

    private void wrongType(NodeTuple tuple, String expected) {
      String key = ((ScalarNode) tuple.getKeyNode()).getValue();
      Node value = tuple.getValueNode();
      String found =
          value instanceof SequenceNode
              ? "a list"
              : value instanceof MappingNode
                  ? "a map"
                  : "\"" + ((ScalarNode) value).getValue() + "\"";
      diagnostics.warning(
          "frontmatter-type",
          keyPosition(tuple),
          "\"" + key + "\" should be " + expected + ", not " + found + "; the key is ignored");
    }
  }
}
