package dev.memoria.simulator.svg;

import dev.memoria.simulator.trace.Block;
import dev.memoria.simulator.trace.BlockState;
import dev.memoria.simulator.trace.Edge;
import dev.memoria.simulator.trace.Fault;
import dev.memoria.simulator.trace.Frame;
import dev.memoria.simulator.trace.FrameState;
import dev.memoria.simulator.trace.Region;
import dev.memoria.simulator.trace.Slot;
import dev.memoria.simulator.trace.SlotState;
import dev.memoria.simulator.trace.Snapshot;
import dev.memoria.simulator.trace.ThreadState;
import dev.memoria.simulator.trace.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The picture of one snapshot, laid out wide (stack beside heap) or narrow (stack above heap). */
final class StepPicture {

  // Monospace text at 12 units is about 0.6 em wide per character; 10-unit tags likewise.
  private static final double CHAR = 7.2;
  private static final double SMALL = 6.0;
  private static final double ROW = 18;
  private static final double TAG = 13;
  private static final double FRAME_TITLE = 20;
  private static final double MARGIN = 8;
  private static final double COLUMN_GAP = 16;
  private static final double HEAP_GAP = 60;
  private static final double BLOCK_GAP = 14;
  private static final double CELL_HEIGHT = 20;
  private static final int MAX_CELLS = 10;
  private static final int MAX_TEXT_CELLS = 16;
  private static final int MAX_VALUE = 30;
  private static final int MIN_FAULT = 30;
  private static final double WIDE_BUDGET = 560;
  // Wider than this, a step would shrink below about 11 px text on a phone (about 300 px wide).
  private static final double NARROW_ABOVE = 300;

  /**
   * Shown at this many CSS pixels per unit, so the 12-unit text reads beside body text; a page may
   * shrink a step to fit, never needs to blow it up.
   */
  private static final double DISPLAY_SCALE = 1.2;

  /** The one style sheet; colours only through page variables with Okabe–Ito fallbacks. */
  static final String STYLE =
      ".ms-svg{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}"
          + ".ms-svg text{fill:currentColor}"
          + ".ms-svg .ms-region{fill:currentColor;fill-opacity:.05;stroke:none}"
          + ".ms-svg .ms-label{font-weight:bold;font-size:11px}"
          + ".ms-svg .ms-frame{fill:none;stroke:currentColor;stroke-width:1}"
          + ".ms-svg .ms-ghost{fill:none;stroke:currentColor;stroke-dasharray:4 3;opacity:.6}"
          + ".ms-svg .ms-fname{font-weight:bold}"
          + ".ms-svg .ms-dim{opacity:.65}"
          + ".ms-svg .ms-moved{opacity:.45}"
          + ".ms-svg .ms-gone{opacity:.5;text-decoration:line-through}"
          + ".ms-svg .ms-strike{text-decoration:line-through}"
          + ".ms-svg .ms-tag{font-size:10px}"
          + ".ms-svg .ms-scope{fill:currentColor;fill-opacity:.3}"
          + ".ms-svg .ms-chg{fill:var(--ms-chg,#F0E442);stroke:currentColor}"
          + ".ms-svg .ms-shr-box{fill:none;stroke:var(--ms-shr,#009E73);stroke-dasharray:3 2}"
          + ".ms-svg .ms-mut-box{fill:none;stroke:var(--ms-mut,#CC79A7);stroke-dasharray:3 2;"
          + "stroke-width:1.5}"
          + ".ms-svg .ms-t-shr{fill:var(--ms-shr,#009E73)}"
          + ".ms-svg .ms-t-mut{fill:var(--ms-mut,#CC79A7)}"
          + ".ms-svg .ms-t-bad{fill:var(--ms-bad,#D55E00);font-weight:bold}"
          + ".ms-svg .ms-t-leak{fill:var(--ms-leak,#E69F00);font-weight:bold}"
          + ".ms-svg .ms-block{fill:none;stroke:currentColor}"
          + ".ms-svg .ms-freed{stroke:var(--ms-bad,#D55E00);"
          + "stroke-dasharray:4 3}"
          + ".ms-svg .ms-leak{fill:none;stroke:var(--ms-leak,#E69F00);stroke-width:1.5}"
          + ".ms-svg .ms-faulty{fill:none;stroke:var(--ms-bad,#D55E00);stroke-width:2.5}"
          + ".ms-svg .ms-cell{fill:currentColor;fill-opacity:.04;stroke:currentColor;"
          + "stroke-opacity:.5}"
          + ".ms-svg .ms-c{text-anchor:middle}"
          + ".ms-svg .ms-hatch{stroke:currentColor;stroke-opacity:.3}"
          + ".ms-svg .ms-a{fill:none;stroke-width:1.5}"
          + ".ms-svg .ms-a-own{stroke:var(--ms-own,#0072B2)}"
          + ".ms-svg .ms-a-shr{stroke:var(--ms-shr,#009E73);stroke-width:1}"
          + ".ms-svg .ms-a-mut{stroke:var(--ms-mut,#CC79A7);stroke-width:2.5}"
          + ".ms-svg .ms-a-bad{stroke:var(--ms-bad,#D55E00);stroke-dasharray:5 3}"
          + ".ms-svg .ms-a-dim{stroke:currentColor;stroke-opacity:.35;stroke-dasharray:2 3}"
          + ".ms-svg .ms-m-own{fill:var(--ms-own,#0072B2)}"
          + ".ms-svg .ms-m-shr{fill:var(--ms-shr,#009E73)}"
          + ".ms-svg .ms-m-mut{fill:var(--ms-mut,#CC79A7)}"
          + ".ms-svg .ms-m-bad{fill:var(--ms-bad,#D55E00)}"
          + ".ms-svg .ms-m-dim{fill:currentColor;fill-opacity:.35}";

  /**
   * Marks a dangling pointer's target. U+2298 rather than the ⦻ of the design note: common
   * monospace fonts (DejaVu, Menlo, Consolas) lack U+29BB and would draw a box.
   */
  static final String DANGLING = "⊘";

  private static final Pattern BLOCK_ID = Pattern.compile("\\b([HS][0-9]+)\\b");

  private static final List<String> ARROWS = List.of("own", "shr", "mut", "bad", "dim");

  private final Words words;
  private final Snapshot snapshot;
  private final Optional<Fault> fault;
  private final Optional<String> faultBlock;
  private final List<Column> columns = new ArrayList<>();
  private final List<BlockView> heap = new ArrayList<>();
  private final List<BlockView> statics = new ArrayList<>();
  private final List<Arrow> arrows = new ArrayList<>();
  private final Set<String> changed = new LinkedHashSet<>();

  /**
   * The picture of {@code snapshot}; what differs from {@code previous} (the step shown before it)
   * gets a change dot, and {@code fault} is drawn when this is the step where the run faulted.
   */
  StepPicture(Words words, Snapshot snapshot, Optional<Snapshot> previous, Optional<Fault> fault) {
    this.words = words;
    this.snapshot = snapshot;
    this.fault = fault;
    this.faultBlock = fault.flatMap(StepPicture::blockNamedIn);
    previous.ifPresent(this::findChanges);
    build();
  }

  private void findChanges(Snapshot previous) {
    Map<String, Slot> before = new LinkedHashMap<>();
    allSlots(previous).forEach(slot -> before.put(slot.path(), slot));
    for (Slot slot : allSlots(snapshot)) {
      if (!slot.equals(before.get(slot.path()))) {
        changed.add(slot.path());
      }
    }
    Map<String, Block> blocksBefore = new LinkedHashMap<>();
    previous.blocks().forEach(block -> blocksBefore.put(block.id(), block));
    for (Block block : snapshot.blocks()) {
      if (!block.equals(blocksBefore.get(block.id()))) {
        changed.add(block.id());
      }
    }
  }

  private static List<Slot> allSlots(Snapshot snapshot) {
    List<Slot> slots = new ArrayList<>();
    for (ThreadState thread : snapshot.threads()) {
      for (Frame frame : thread.frames()) {
        slots.addAll(frame.slots());
      }
    }
    slots.addAll(snapshot.globals());
    return slots;
  }

  /** A change dot on a left edge, with its word for hover and screen readers. */
  private void changeDot(Svg svg, double x, double y) {
    svg.raw("<circle cx=\"").num(x).raw("\" cy=\"").num(y).raw("\" r=\"3\" class=\"ms-chg\">");
    svg.raw("<title>").text(words.changed()).raw("</title></circle>\n");
  }

  // ---------------------------------------------------------------- model

  private record Row(
      Slot slot, String value, String valueTip, Optional<String> tag, String tagClass) {}

  private record Box(String title, boolean ghost, List<Row> rows) {}

  private record Column(String label, List<Box> boxes) {}

  private record Cell(String text, String tip) {}

  private record BlockView(Block block, String header, List<Cell> cells, List<String> tags) {}

  private record Arrow(String from, String to, String kind, boolean fromBlock) {}

  private void build() {
    Map<String, String> slotNames = new LinkedHashMap<>();
    for (ThreadState thread : snapshot.threads()) {
      for (Frame frame : thread.frames()) {
        for (Slot slot : frame.slots()) {
          slotNames.put(slot.path(), slot.name());
        }
      }
    }
    for (Slot global : snapshot.globals()) {
      slotNames.put(global.path(), global.name());
    }
    boolean first = true;
    for (ThreadState thread : snapshot.threads()) {
      List<Box> boxes = new ArrayList<>();
      for (int i = thread.frames().size() - 1; i >= 0; i--) {
        Frame frame = thread.frames().get(i);
        boolean ghost = frame.state() == FrameState.RETURNED;
        List<Row> rows = new ArrayList<>();
        List<Slot> frameSlots = frame.slots();
        for (int s = 0; s < frameSlots.size(); s++) {
          if (!supersededGhost(frameSlots, s)) {
            rows.add(row(frameSlots.get(s), slotNames));
          }
        }
        boxes.add(
            new Box(ghost ? words.returned(frame.function()) : frame.function(), ghost, rows));
      }
      if (first && !snapshot.globals().isEmpty()) {
        List<Row> rows = new ArrayList<>();
        for (Slot global : snapshot.globals()) {
          rows.add(row(global, slotNames));
        }
        boxes.add(new Box(words.globals(), false, rows));
      }
      first = false;
      columns.add(new Column(words.stack(thread.name()), boxes));
    }
    Map<String, Block> blocks = new LinkedHashMap<>();
    for (Block block : snapshot.blocks()) {
      blocks.put(block.id(), block);
    }
    Set<String> staticTargets = new LinkedHashSet<>();
    Set<String> sources = new LinkedHashSet<>();
    Map<String, Slot> slots = new LinkedHashMap<>();
    for (ThreadState thread : snapshot.threads()) {
      for (Frame frame : thread.frames()) {
        for (Slot slot : frame.slots()) {
          slots.put(slot.path(), slot);
        }
      }
    }
    for (Slot global : snapshot.globals()) {
      slots.put(global.path(), global);
    }
    for (Edge edge : snapshot.edges()) {
      String source = owningPlace(edge.from());
      boolean fromBlock = blocks.containsKey(source);
      String kind;
      if (fromBlock) {
        if (blocks.get(source).state() == BlockState.FREED) {
          continue;
        }
        kind = edge.dangling() ? "bad" : kindOf(edge.kind());
      } else {
        Slot slot = slots.get(source);
        if (slot == null || slot.state() == SlotState.DROPPED) {
          continue;
        }
        kind =
            slot.state() == SlotState.MOVED ? "dim" : edge.dangling() ? "bad" : kindOf(edge.kind());
      }
      String target = edge.to().id();
      if (!blocks.containsKey(target) && !slots.containsKey(target)) {
        continue;
      }
      // One arrow per pointer holder and target: a struct's two pointers to one block read as one.
      if (!sources.add(source + "→" + target)) {
        continue;
      }
      if (blocks.containsKey(target) && blocks.get(target).region() == Region.STATIC) {
        staticTargets.add(target);
      }
      arrows.add(new Arrow(source, target, kind, fromBlock));
    }
    for (Block block : snapshot.blocks()) {
      if (block.region() == Region.HEAP) {
        heap.add(blockView(block, slotNames));
      } else if (staticTargets.contains(block.id())) {
        statics.add(blockView(block, slotNames));
      }
    }
  }

  /**
   * True for a dropped slot whose name is declared again later in the frame: a loop variable leaves
   * one ghost per iteration, and only the last one says anything.
   */
  static boolean supersededGhost(List<Slot> slots, int index) {
    Slot slot = slots.get(index);
    if (slot.state() != SlotState.DROPPED) {
      return false;
    }
    for (int later = index + 1; later < slots.size(); later++) {
      if (slots.get(later).name().equals(slot.name())) {
        return true;
      }
    }
    return false;
  }

  private static String kindOf(Value.PointerKind kind) {
    return switch (kind) {
      case OWNER, RAW -> "own";
      case SHARED -> "shr";
      case MUT -> "mut";
    };
  }

  /** The slot path or block id that holds a pointer, from an edge's {@code from}. */
  private static String owningPlace(String from) {
    int slash = from.lastIndexOf('/');
    int dot = from.indexOf('.', slash + 1);
    return dot < 0 ? from : from.substring(0, dot);
  }

  /** The block a fault message names ("READ of size 4 at H1, ..."), to badge it. */
  private static Optional<String> blockNamedIn(Fault fault) {
    Matcher matcher = BLOCK_ID.matcher(fault.message());
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private Row row(Slot slot, Map<String, String> slotNames) {
    String value = clip(valueText(slot.value(), slotNames), MAX_VALUE);
    String tip =
        slot.value() instanceof Value.Uninit
            ? words.uninitialised()
            : value.contains(DANGLING) ? words.dangling() : "";
    Optional<String> tag = Optional.empty();
    String tagClass = "ms-tag";
    switch (slot.state()) {
      case MOVED -> tag = Optional.of(words.moved(slot.movedTo()));
      case BORROWED_SHARED -> {
        tag = Optional.of(words.borrowed(false, String.join(", ", slot.borrowedBy())));
        tagClass = "ms-tag ms-t-shr";
      }
      case BORROWED_MUT -> {
        tag = Optional.of(words.borrowed(true, String.join(", ", slot.borrowedBy())));
        tagClass = "ms-tag ms-t-mut";
      }
      case DROPPED -> tag = Optional.of(words.outOfScope());
      case UNINIT -> {
        value = "?";
        tip = words.uninitialised();
      }
      case LIVE -> {}
    }
    return new Row(slot, value, tip, tag, tagClass);
  }

  /** A value as one line of text; every pointer names its target ({@code →H1}, {@code ⊘H1}). */
  static String valueText(Value value, Map<String, String> slotNames) {
    if (value instanceof Value.Scalar scalar) {
      return scalar.text();
    } else if (value instanceof Value.Uninit) {
      return "?";
    } else if (value instanceof Value.Text text) {
      if (text.text().isEmpty() && text.unwritten() > 0) {
        return "?";
      }
      return "\"" + text.text() + "\"" + (text.unwritten() > 0 ? "…?" : "");
    } else if (value instanceof Value.Pointer pointer) {
      if (pointer.target().isEmpty()) {
        return "NULL";
      }
      Value.Target target = pointer.target().get();
      String name = slotNames.getOrDefault(target.id(), target.id());
      if (!target.path().isEmpty()) {
        name = name + (slotNames.containsKey(target.id()) ? "." : "[") + target.path();
        name = slotNames.containsKey(target.id()) ? name : name + "]";
      }
      String prefix =
          switch (pointer.kind()) {
            case OWNER -> "●";
            case SHARED -> "& ";
            case MUT -> "&mut ";
            case RAW -> "";
          };
      return prefix + (pointer.dangling() ? DANGLING : "→") + name;
    }
    Value.Composite composite = (Value.Composite) value;
    List<String> names = composite.fields().stream().map(Value.Field::name).toList();
    if (names.equals(List.of("ptr", "len", "cap"))) {
      return valueText(composite.fields().get(0).value(), slotNames)
          + " · len "
          + valueText(composite.fields().get(1).value(), slotNames)
          + " · cap "
          + valueText(composite.fields().get(2).value(), slotNames);
    }
    boolean indexed = !names.isEmpty() && names.get(0).equals("0");
    StringBuilder text = new StringBuilder(indexed ? "[" : "{");
    for (int i = 0; i < composite.fields().size(); i++) {
      Value.Field field = composite.fields().get(i);
      if (i > 0) {
        text.append(", ");
      }
      if (!indexed) {
        text.append(field.name()).append(": ");
      }
      text.append(valueText(field.value(), slotNames));
    }
    return text.append(indexed ? "]" : "}").toString();
  }

  private BlockView blockView(Block block, Map<String, String> slotNames) {
    StringBuilder header = new StringBuilder();
    header.append(block.id()).append(" · ").append(block.kind()).append(" · ");
    header.append(block.size()).append(" B");
    if (block.state() == BlockState.LIVE && block.owner().isPresent()) {
      header.append(" · ").append(words.owner(block.owner().get()));
    }
    List<Cell> cells = new ArrayList<>();
    Value contents = block.contents();
    if (contents instanceof Value.Text text) {
      int count = text.text().codePointCount(0, text.text().length());
      long total = count + text.unwritten() + (text.terminated() ? 1 : 0);
      if (total <= MAX_TEXT_CELLS) {
        text.text()
            .codePoints()
            .forEach(cp -> cells.add(new Cell(new String(Character.toChars(cp)), "")));
        if (text.terminated()) {
          cells.add(new Cell("\\0", ""));
        }
        for (long i = 0; i < text.unwritten(); i++) {
          cells.add(new Cell("?", words.uninitialised()));
        }
      } else {
        cells.add(new Cell(clip("\"" + text.text() + "\"", MAX_VALUE), ""));
        if (text.unwritten() > 0) {
          cells.add(new Cell("?×" + text.unwritten(), words.uninitialised()));
        }
      }
    } else if (contents instanceof Value.Composite composite) {
      List<Value.Field> fields = composite.fields();
      int shown = fields.size() > MAX_CELLS ? MAX_CELLS - 1 : fields.size();
      boolean named = !fields.isEmpty() && !fields.get(0).name().equals("0");
      for (int i = 0; i < shown; i++) {
        Value value = fields.get(i).value();
        String prefix = named ? fields.get(i).name() + ": " : "";
        String text = clip(prefix + valueText(value, slotNames), 16);
        cells.add(new Cell(text, value instanceof Value.Uninit ? words.uninitialised() : ""));
      }
      if (shown < fields.size()) {
        cells.add(new Cell("…+" + (fields.size() - shown), ""));
      }
    } else {
      String text = clip(valueText(contents, slotNames), MAX_VALUE);
      cells.add(new Cell(text, contents instanceof Value.Uninit ? words.uninitialised() : ""));
    }
    List<String> tags = new ArrayList<>();
    if (block.state() == BlockState.FREED) {
      tags.add(
          block.freedAt().isPresent() ? words.freed(block.freedAt().getAsInt()) : words.freed());
    } else if (block.state() == BlockState.LEAKED) {
      tags.add(words.leaked(block.size(), block.unreachableSince().orElse(block.allocatedAt())));
    }
    if (block.region() == Region.STATIC) {
      tags.add(words.readOnly());
    }
    if (faultBlock.isPresent() && faultBlock.get().equals(block.id())) {
      tags.add("⚠ " + fault.get().kind().id());
    }
    return new BlockView(block, header.toString(), cells, tags);
  }

  static String clip(String text, int max) {
    int count = text.codePointCount(0, text.length());
    if (count <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }

  private static double width(String text, double perChar) {
    return text.codePointCount(0, text.length()) * perChar;
  }

  // ---------------------------------------------------------------- layout

  /** Where an arrow may start or end: a row's or block's right edge, a block's left edge. */
  private record Anchor(double left, double right, double y, int column) {}

  /**
   * A column's measures. Compact columns (the narrow layout) print type and size on a second line
   * under the name, which saves about a third of the width on a phone.
   */
  private record ColumnSize(
      double width, double nameX, double typeX, double sizeX, double valueX, boolean compact) {}

  private ColumnSize size(Column column, boolean compact) {
    double name = 0;
    double type = 0;
    double size = 0;
    double value = 0;
    double other = width(column.label(), CHAR);
    for (Box box : column.boxes()) {
      other = Math.max(other, width(box.title(), CHAR) + 16);
      for (Row row : box.rows()) {
        name = Math.max(name, width(row.slot().name(), CHAR));
        type = Math.max(type, width(row.slot().type(), CHAR));
        size = Math.max(size, width(row.slot().size() + " B", CHAR));
        value = Math.max(value, width(row.value(), CHAR));
        if (compact) {
          other = Math.max(other, width(typeLine(row.slot()), SMALL) + 24);
        }
        if (row.tag().isPresent()) {
          other = Math.max(other, width(row.tag().get(), SMALL) + 24);
        }
      }
    }
    double nameX = 8;
    double typeX = nameX + name + 10;
    double sizeX = typeX + type + 10;
    double valueX = compact ? typeX : sizeX + size + 10;
    double total = Math.max(valueX + value + 8, other);
    return new ColumnSize(total, nameX, typeX, sizeX, valueX, compact);
  }

  private static String typeLine(Slot slot) {
    return slot.type() + " · " + slot.size() + " B";
  }

  private static double rowHeight(Row row, boolean compact) {
    return ROW + (compact ? TAG - 2 : 0) + (row.tag().isPresent() ? TAG - 2 : 0);
  }

  private static double boxHeight(Box box, boolean compact) {
    double height = FRAME_TITLE + 4;
    for (Row row : box.rows()) {
      height += rowHeight(row, compact);
    }
    return height;
  }

  private static double columnHeight(Column column, boolean compact) {
    double height = 0;
    for (Box box : column.boxes()) {
      height += boxHeight(box, compact) + 8;
    }
    return Math.max(height - 8, 0);
  }

  private double blockWidth(BlockView view) {
    double header = width(view.header(), CHAR);
    double cells = 0;
    for (Cell cell : view.cells()) {
      cells += cellWidth(cell);
    }
    double tags = 0;
    for (String tag : view.tags()) {
      tags = Math.max(tags, width(tag, SMALL));
    }
    return Math.max(Math.max(header, cells), tags) + 16;
  }

  private static double cellWidth(Cell cell) {
    return Math.max(20, width(cell.text(), CHAR) + 8);
  }

  private static double blockHeight(BlockView view) {
    return 22 + CELL_HEIGHT + 6 + view.tags().size() * TAG + 2;
  }

  /** True when the wide layout needs a narrow companion for phones. */
  boolean wideIsTooWide() {
    return wideWidth(wideCompact()) > NARROW_ABOVE;
  }

  /** Whether the wide layout also folds type and size under the name, to stay within budget. */
  private boolean wideCompact() {
    return wideWidth(false) > WIDE_BUDGET;
  }

  private double wideWidth(boolean compact) {
    double x = MARGIN;
    for (Column column : columns) {
      x += size(column, compact).width() + COLUMN_GAP;
    }
    x -= COLUMN_GAP;
    double blocks = maxBlockWidth();
    if (blocks > 0) {
      x += HEAP_GAP + blocks + loopRoom();
    }
    return x + MARGIN;
  }

  private double maxBlockWidth() {
    double max = 0;
    for (BlockView view : heap) {
      max = Math.max(max, blockWidth(view));
    }
    for (BlockView view : statics) {
      max = Math.max(max, blockWidth(view));
    }
    if (!heap.isEmpty() || !statics.isEmpty()) {
      max = Math.max(max, width(words.statics() + " · " + words.readOnly(), CHAR));
    }
    return max;
  }

  private double loopRoom() {
    return arrows.stream().anyMatch(Arrow::fromBlock) ? 36 : 0;
  }

  // ---------------------------------------------------------------- drawing

  /** The SVG of this picture; {@code base} prefixes every id in it. */
  String draw(boolean narrow, String base, String title, String description) {
    double top = MARGIN;
    Svg body = new Svg();
    Map<String, Anchor> anchors = new LinkedHashMap<>();
    double contentWidth;
    double bottom;
    double faultY = top + 12;
    if (fault.isPresent()) {
      top += 22;
    }
    double stackRight;
    double stackBottom = top;
    List<Double> columnRights = new ArrayList<>();
    if (narrow) {
      double y = top;
      stackRight = MARGIN;
      for (int c = 0; c < columns.size(); c++) {
        ColumnSize size = size(columns.get(c), true);
        y = drawColumn(body, columns.get(c), size, MARGIN, y, c, anchors) + 14;
        stackRight = Math.max(stackRight, MARGIN + size.width());
        columnRights.add(MARGIN + size.width());
      }
      stackBottom = y - 14;
      double blocksTop = stackBottom + 14;
      double blocksBottom = drawBlocks(body, MARGIN, blocksTop, anchors, base);
      double right = Math.max(stackRight, MARGIN + maxBlockWidth());
      long lanes = arrows.size();
      contentWidth = right + 10 + Math.min(lanes, 8) * 6;
      bottom = Math.max(stackBottom, blocksBottom);
      drawNarrowArrows(body, anchors, right + 10, base);
    } else {
      double x = MARGIN;
      boolean compact = wideCompact();
      for (int c = 0; c < columns.size(); c++) {
        ColumnSize size = size(columns.get(c), compact);
        double columnBottom = drawColumn(body, columns.get(c), size, x, top, c, anchors);
        stackBottom = Math.max(stackBottom, columnBottom);
        x += size.width();
        columnRights.add(x);
        x += COLUMN_GAP;
      }
      stackRight = x - COLUMN_GAP;
      double heapX = stackRight + HEAP_GAP;
      double blocksBottom = top;
      if (!heap.isEmpty() || !statics.isEmpty()) {
        blocksBottom = drawBlocks(body, heapX, top, anchors, base);
      }
      double lanesBottom = drawWideArrows(body, anchors, columnRights, heapX, stackBottom, base);
      contentWidth = Math.max(stackRight, heapX + maxBlockWidth() + loopRoom());
      if (heap.isEmpty() && statics.isEmpty()) {
        contentWidth = stackRight;
      }
      bottom = Math.max(Math.max(stackBottom, blocksBottom), lanesBottom);
    }
    if (fault.isPresent()) {
      String line = "⚠ " + fault.get().kind().id() + " — " + fault.get().message();
      int fits = (int) Math.max(MIN_FAULT, Math.floor((contentWidth - MARGIN) / CHAR));
      String shown = clip(line, fits);
      body.label(MARGIN, faultY, "ms-t-bad", shown, line);
      contentWidth = Math.max(contentWidth, MARGIN + width(shown, CHAR));
    }
    double width = Math.ceil(contentWidth + MARGIN);
    double height = Math.ceil(bottom + MARGIN);
    Svg svg = new Svg();
    svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ms-svg ")
        .raw(narrow ? "memsim-narrow" : "memsim-wide")
        .raw("\" viewBox=\"0 0 ")
        .num(width)
        .raw(" ")
        .num(height)
        .raw("\" width=\"")
        .num(Math.ceil(width * DISPLAY_SCALE))
        .raw("\" height=\"")
        .num(Math.ceil(height * DISPLAY_SCALE))
        .raw("\"");
    if (narrow) {
      svg.raw(" aria-hidden=\"true\">\n");
    } else {
      svg.raw(" role=\"img\" aria-labelledby=\"")
          .raw(base)
          .raw("-t ")
          .raw(base)
          .raw("-d\">\n<title id=\"")
          .raw(base)
          .raw("-t\">")
          .text(title)
          .raw("</title>\n<desc id=\"")
          .raw(base)
          .raw("-d\">")
          .text(description)
          .raw("</desc>\n");
    }
    // Only the patterns and arrow heads this step uses: a page holds many steps.
    String drawn = body.toString();
    svg.raw("<defs>");
    if (drawn.contains("url(#" + base + "-hatch)")) {
      svg.raw("<pattern id=\"")
          .raw(base)
          .raw("-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
          .raw(" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\"")
          .raw(" class=\"ms-hatch\"/></pattern>");
    }
    svg.raw("\n");
    for (String kind : ARROWS) {
      if (!drawn.contains("url(#" + markerId(base, kind) + ")")) {
        continue;
      }
      svg.raw("<marker id=\"")
          .raw(markerId(base, kind))
          .raw("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\"")
          .raw(" markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
          .raw("<path d=\"M0,0L10,5L0,10z\" class=\"ms-m-")
          .raw(kind)
          .raw("\"/></marker>\n");
    }
    svg.raw("</defs>\n").raw(drawn).raw("</svg>\n");
    return svg.toString();
  }

  private static String markerId(String base, String kind) {
    return kind.equals("own") ? base + "-arrow" : base + "-arrow-" + kind;
  }

  /** Draws one thread's column from {@code y}; returns its bottom. */
  private double drawColumn(
      Svg svg,
      Column column,
      ColumnSize size,
      double x,
      double y,
      int index,
      Map<String, Anchor> anchors) {
    double height = columnHeight(column, size.compact());
    svg.rect(x - 4, y, size.width() + 8, height + 22, "ms-region");
    svg.label(x, y + 13, "ms-label", column.label());
    double boxY = y + 20;
    for (Box box : column.boxes()) {
      double boxHeight = boxHeight(box, size.compact());
      svg.rect(x, boxY, size.width(), boxHeight, box.ghost() ? "ms-ghost" : "ms-frame");
      svg.label(x + 8, boxY + 14, box.ghost() ? "ms-fname ms-dim" : "ms-fname", box.title());
      double rowY = boxY + FRAME_TITLE;
      for (Row row : box.rows()) {
        drawRow(svg, row, size, x, rowY, index, anchors);
        rowY += rowHeight(row, size.compact());
      }
      boxY += boxHeight + 8;
    }
    return y + 22 + height;
  }

  private void drawRow(
      Svg svg,
      Row row,
      ColumnSize size,
      double x,
      double y,
      int column,
      Map<String, Anchor> anchors) {
    Slot slot = row.slot();
    double rowHeight = rowHeight(row, size.compact());
    if (slot.state() == SlotState.BORROWED_SHARED || slot.state() == SlotState.BORROWED_MUT) {
      svg.rect(
          x + 3,
          y + 1,
          size.width() - 6,
          rowHeight - 2,
          slot.state() == SlotState.BORROWED_MUT ? "ms-mut-box" : "ms-shr-box");
    }
    if (slot.scope() > 0) {
      // An inner block's locals get a bar per nesting level, so "end of block" drops read as such.
      for (int level = 0; level < Math.min(slot.scope(), 3); level++) {
        svg.rect(x + 2 + level * 3, y + 2, 2, rowHeight - 4, "ms-scope");
      }
    }
    String group =
        switch (slot.state()) {
          case MOVED -> "ms-moved";
          case DROPPED -> "ms-gone";
          default -> "";
        };
    if (!group.isEmpty()) {
      svg.raw("<g class=\"").raw(group).raw("\">");
    }
    double baseline = y + 13;
    if (changed.contains(slot.path())) {
      changeDot(svg, x, y + 9);
    }
    svg.label(x + size.nameX(), baseline, "ms-fname", slot.name());
    double tagY = y + ROW + 7;
    if (size.compact()) {
      svg.label(x + size.nameX() + 8, tagY, "ms-tag ms-dim", typeLine(slot));
      tagY += TAG - 2;
    } else {
      svg.label(x + size.typeX(), baseline, "ms-dim", slot.type());
      svg.label(x + size.sizeX(), baseline, "ms-dim", slot.size() + " B");
    }
    svg.label(
        x + size.valueX(),
        baseline,
        slot.state() == SlotState.MOVED ? "ms-strike" : "ms-val",
        row.value(),
        row.valueTip());
    if (!group.isEmpty()) {
      svg.raw("</g>\n");
    }
    if (row.tag().isPresent()) {
      String tagClass = group.isEmpty() ? row.tagClass() : row.tagClass() + " ms-dim";
      svg.label(x + size.nameX() + 8, tagY, tagClass, row.tag().get());
    }
    anchors.put(slot.path(), new Anchor(x, x + size.width(), y + 9, column));
  }

  /** Draws heap blocks, then the static region; returns the bottom. */
  private double drawBlocks(Svg svg, double x, double y, Map<String, Anchor> anchors, String base) {
    double width = maxBlockWidth();
    double heapHeight = 20 + 4;
    for (BlockView view : heap) {
      heapHeight += blockHeight(view) + BLOCK_GAP;
    }
    heapHeight -= heap.isEmpty() ? 0 : BLOCK_GAP;
    svg.rect(x - 4, y, width + 8, heapHeight + 2, "ms-region");
    svg.label(x, y + 13, "ms-label", words.heap());
    double blockY = y + 22;
    for (BlockView view : heap) {
      drawBlock(svg, view, x, blockY, anchors, base + "-hatch");
      blockY += blockHeight(view) + BLOCK_GAP;
    }
    double bottom = y + heapHeight + 2;
    if (!statics.isEmpty()) {
      double staticTop = bottom + 10;
      double staticHeight = 20 + 4 - BLOCK_GAP;
      for (BlockView view : statics) {
        staticHeight += blockHeight(view) + BLOCK_GAP;
      }
      svg.rect(x - 4, staticTop, width + 8, staticHeight + 2, "ms-region");
      svg.label(x, staticTop + 13, "ms-label", words.statics());
      blockY = staticTop + 22;
      for (BlockView view : statics) {
        drawBlock(svg, view, x, blockY, anchors, base + "-hatch");
        blockY += blockHeight(view) + BLOCK_GAP;
      }
      bottom = staticTop + staticHeight + 2;
    }
    return bottom;
  }

  private void drawBlock(
      Svg svg, BlockView view, double x, double y, Map<String, Anchor> anchors, String hatchId) {
    Block block = view.block();
    double width = blockWidth(view);
    double height = blockHeight(view);
    boolean faulty = faultBlock.isPresent() && faultBlock.get().equals(block.id());
    String outline =
        switch (block.state()) {
          case FREED -> "ms-freed";
          case LEAKED -> "ms-leak";
          case LIVE -> "ms-block";
        };
    if (block.state() == BlockState.FREED) {
      // The hatch is an attribute, not a class rule: page-wide CSS cannot name a per-SVG id.
      svg.raw("<rect x=\"").num(x).raw("\" y=\"").num(y).raw("\" width=\"").num(width);
      svg.raw("\" height=\"").num(height).raw("\" fill=\"url(#").raw(hatchId);
      svg.raw(")\" class=\"ms-freed\"/>\n");
    } else {
      svg.rect(x, y, width, height, outline);
    }
    if (block.state() == BlockState.LEAKED) {
      svg.rect(x + 3, y + 3, width - 6, height - 6, "ms-leak");
    }
    if (faulty) {
      svg.rect(x - 3, y - 3, width + 6, height + 6, "ms-faulty");
    }
    if (changed.contains(block.id())) {
      changeDot(svg, x, y + 11);
    }
    svg.label(x + 8, y + 15, "ms-fname", view.header());
    double cellX = x + 8;
    double cellY = y + 22;
    for (Cell cell : view.cells()) {
      double cellWidth = cellWidth(cell);
      svg.rect(cellX, cellY, cellWidth, CELL_HEIGHT, "ms-cell");
      svg.label(cellX + cellWidth / 2, cellY + 14, "ms-c", cell.text(), cell.tip());
      cellX += cellWidth;
    }
    double tagY = cellY + CELL_HEIGHT + 12;
    for (String tag : view.tags()) {
      String cssClass =
          tag.startsWith("⚠") || block.state() == BlockState.FREED
              ? "ms-tag ms-t-bad"
              : block.state() == BlockState.LEAKED ? "ms-tag ms-t-leak" : "ms-tag ms-dim";
      svg.label(x + 8, tagY, cssClass, tag);
      tagY += TAG;
    }
    anchors.put(block.id(), new Anchor(x, x + width, cellY + CELL_HEIGHT / 2, -1));
  }

  /** Arrows of the wide layout; returns the bottom of the lanes under the stacks. */
  private double drawWideArrows(
      Svg svg,
      Map<String, Anchor> anchors,
      List<Double> columnRights,
      double heapX,
      double stackBottom,
      String base) {
    int lane = 0;
    int loop = 0;
    double bottom = stackBottom;
    int lastColumn = columnRights.size() - 1;
    for (Arrow arrow : arrows) {
      Anchor from = anchors.get(arrow.from());
      Anchor to = anchors.get(arrow.to());
      if (from == null || to == null) {
        continue;
      }
      StringBuilder d = new StringBuilder();
      double sx = from.right();
      double sy = from.y();
      if (arrow.fromBlock() || to.column() >= 0) {
        // Back to something in the same region: loop out to the right and in again.
        // Enter a little above the middle, so the target's own outgoing arrow stays clear.
        double tx = to.right();
        double ty = to.y() - 4;
        double bulge = Math.max(sx, tx) + (arrow.fromBlock() ? 28 : 14 + (loop % 3) * 8);
        loop++;
        d.append("M").append(n(sx)).append(",").append(n(sy));
        d.append("C").append(n(bulge)).append(",").append(n(sy)).append(" ");
        d.append(n(bulge)).append(",").append(n(ty)).append(" ");
        d.append(n(tx + 1)).append(",").append(n(ty));
      } else if (from.column() == lastColumn) {
        double tx = to.left() - 1;
        double mid = (sx + tx) / 2;
        d.append("M").append(n(sx)).append(",").append(n(sy));
        d.append("C").append(n(mid)).append(",").append(n(sy)).append(" ");
        d.append(n(mid)).append(",").append(n(to.y())).append(" ");
        d.append(n(tx)).append(",").append(n(to.y()));
      } else {
        // From an inner column: down its right gap, under the stacks, up the heap gap.
        double gapX = columnRights.get(from.column()) + 4 + (lane % 3) * 4;
        double laneY = stackBottom + 8 + lane * 5;
        double upX = heapX - HEAP_GAP / 2 + (lane % 5) * 4;
        d.append("M").append(n(sx)).append(",").append(n(sy));
        d.append("H").append(n(gapX)).append("V").append(n(laneY));
        d.append("H").append(n(upX)).append("V").append(n(to.y()));
        d.append("H").append(n(to.left() - 1));
        bottom = Math.max(bottom, laneY + 4);
        lane++;
      }
      path(svg, d.toString(), arrow, sx, sy, base);
    }
    return bottom;
  }

  private void drawNarrowArrows(Svg svg, Map<String, Anchor> anchors, double laneX, String base) {
    int lane = 0;
    for (Arrow arrow : arrows) {
      Anchor from = anchors.get(arrow.from());
      Anchor to = anchors.get(arrow.to());
      if (from == null || to == null) {
        continue;
      }
      double x = laneX + (lane % 8) * 6;
      // Into a variable a little above its middle, clear of that variable's own arrow.
      double ty = to.column() >= 0 ? to.y() - 4 : to.y();
      String d =
          "M"
              + n(from.right())
              + ","
              + n(from.y())
              + "H"
              + n(x)
              + "V"
              + n(ty)
              + "H"
              + n(to.right() + 1);
      path(svg, d, arrow, from.right(), from.y(), base);
      lane++;
    }
  }

  private void path(Svg svg, String d, Arrow arrow, double sx, double sy, String base) {
    if (arrow.kind().equals("own")) {
      svg.raw("<circle cx=\"")
          .num(sx)
          .raw("\" cy=\"")
          .num(sy)
          .raw("\" r=\"2.5\" class=\"ms-m-own\"/>");
    }
    svg.raw("<path d=\"")
        .raw(d)
        .raw("\" class=\"ms-a ms-a-")
        .raw(arrow.kind())
        .raw("\" marker-end=\"url(#")
        .raw(markerId(base, arrow.kind()))
        .raw(")\"/>\n");
  }

  private static String n(double value) {
    return Svg.number(value);
  }
}
