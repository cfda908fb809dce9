package dev.memoria.simulator.svg;

import dev.memoria.simulator.Dialect;
import dev.memoria.simulator.Simulation;
import dev.memoria.simulator.trace.Block;
import dev.memoria.simulator.trace.BlockState;
import dev.memoria.simulator.trace.Event;
import dev.memoria.simulator.trace.EventKind;
import dev.memoria.simulator.trace.Fault;
import dev.memoria.simulator.trace.Frame;
import dev.memoria.simulator.trace.FrameState;
import dev.memoria.simulator.trace.Region;
import dev.memoria.simulator.trace.Slot;
import dev.memoria.simulator.trace.SlotState;
import dev.memoria.simulator.trace.Snapshot;
import dev.memoria.simulator.trace.Step;
import dev.memoria.simulator.trace.ThreadState;
import dev.memoria.simulator.trace.Value;
import dev.memoria.simulator.trace.When;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Draws a simulation's steps as SVG figures with captions and text descriptions, in one language.
 * Stateless and thread-safe: one renderer may draw many simulations in parallel.
 *
 * <p>The SVGs carry classes, not styles: a page that shows them holds {@link #STYLESHEET} once, and
 * may set the colours through the variables {@code --ms-own}, {@code --ms-shr}, {@code --ms-mut},
 * {@code --ms-bad}, {@code --ms-leak}.
 */
public final class DiagramRenderer {

  /** The CSS the diagrams' classes need; colours fall back to the Okabe–Ito palette. */
  public static final String STYLESHEET = StepPicture.STYLE;

  private static final int MAX_CAPTION_PARTS = 3;

  /** Ids go into attributes and {@code url(#...)} unescaped, so the prefix must be plain. */
  private static final Pattern ID_PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  private final Words words;

  /** A renderer whose generated words are in this language. */
  public DiagramRenderer(DiagramLanguage language) {
    this.words = new Words(language);
  }

  /**
   * Draws the steps to show: those marked {@code @show} (and the fault step), or, when no line is
   * marked, one per step with a memory event. {@code idPrefix} (a letter, then letters, digits,
   * {@code -} or {@code _}) starts every id in the figure, so several figures can share a page.
   */
  public Diagram draw(Simulation simulation, String idPrefix) {
    if (!ID_PREFIX.matcher(idPrefix).matches()) {
      throw new IllegalArgumentException(
          "not an id prefix (a letter, then [A-Za-z0-9_-]): " + idPrefix);
    }
    List<Step> chosen = select(simulation);
    Optional<Fault> fault = simulation.verdict().fault();
    List<DiagramStep> steps = new ArrayList<>();
    OptionalInt faultStep = OptionalInt.empty();
    for (int i = 0; i < chosen.size(); i++) {
      Step step = chosen.get(i);
      int number = i + 1;
      boolean faulted = hasFault(step);
      if (faulted && faultStep.isEmpty()) {
        faultStep = OptionalInt.of(number);
      }
      Optional<Fault> shownFault = faulted ? fault : Optional.empty();
      String id = idPrefix + "-s" + number;
      String title = words.title(number, step.line(), step.when() == When.BEFORE);
      Optional<Snapshot> previous =
          i == 0 ? Optional.empty() : Optional.of(chosen.get(i - 1).snapshot());
      String caption =
          step.caption()
              .filter(text -> !text.isBlank())
              .orElseGet(() -> caption(step, previous, simulation.program().dialect()));
      String description = describe(step.snapshot(), shownFault);
      StepPicture picture = new StepPicture(words, step.snapshot(), previous, shownFault);
      String fullTitle = title + ": " + caption;
      String wide = picture.draw(false, id, fullTitle, description);
      Optional<String> narrow =
          picture.wideIsTooWide()
              ? Optional.of(picture.draw(true, id + "n", fullTitle, description))
              : Optional.empty();
      steps.add(
          new DiagramStep(
              number,
              step.line(),
              step.when(),
              caption,
              title,
              description,
              id,
              id + "-t",
              id + "-d",
              wide,
              narrow));
    }
    return new Diagram(idPrefix, steps, faultStep);
  }

  /** The steps to draw, in order. */
  static List<Step> select(Simulation simulation) {
    boolean marked = simulation.markers().anyShown();
    List<Step> chosen = new ArrayList<>();
    for (Step step : simulation.trace().steps()) {
      boolean wanted =
          marked
              ? step.marked() || hasFault(step)
              : hasFault(step) || step.events().stream().anyMatch(e -> e.kind().isMemoryEvent());
      if (!wanted) {
        continue;
      }
      // A fault recorded right after a marked step on the same line shows the same memory: keep
      // one picture, the fault's, with the author's caption.
      if (hasFault(step) && !chosen.isEmpty()) {
        Step previous = chosen.get(chosen.size() - 1);
        if (previous.line() == step.line() && previous.when() == step.when()) {
          chosen.set(
              chosen.size() - 1,
              new Step(
                  step.line(),
                  step.when(),
                  true,
                  previous.caption().or(step::caption),
                  step.events(),
                  step.snapshot()));
          continue;
        }
      }
      chosen.add(step);
    }
    return chosen;
  }

  private static boolean hasFault(Step step) {
    return step.events().stream().anyMatch(e -> e.kind() == EventKind.FAULT);
  }

  /** A caption generated from the step's events, such as "`s` moved into `t`". */
  String caption(Step step, Optional<Snapshot> previous, Dialect dialect) {
    List<String> parts = new ArrayList<>();
    List<Event> events = step.events();
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      String block = event.block().orElse("?");
      Optional<String> part =
          switch (event.kind()) {
            case ALLOC ->
                Optional.of(
                    dialect == Dialect.C
                        ? words.allocC(event.bytes(), block)
                        : words.allocRust(event.subject(), event.type(), event.bytes(), block));
            case REALLOC ->
                Optional.of(
                    words.realloc(
                        event.subject(), event.other().orElse("?"), block, event.bytes()));
            case FREE ->
                Optional.of(
                    dialect == Dialect.C || Words.baseType(event.type()).isEmpty()
                        ? words.freeC(event.bytes(), block)
                        : words.freeRust(Words.baseType(event.type()), event.bytes()));
            case MOVE -> Optional.of(words.move(event.subject(), event.other().orElse("?")));
            case BORROW_SHARED ->
                Optional.of(words.borrow(false, event.subject(), event.other().orElse("?")));
            case BORROW_MUT ->
                Optional.of(words.borrow(true, event.subject(), event.other().orElse("?")));
            case BORROW_END ->
                Optional.of(words.borrowEnd(event.subject(), event.other().orElse("?")));
            case DROP ->
                freedNext(events, i) ? Optional.empty() : Optional.of(words.drop(event.subject()));
            case LEAK -> Optional.of(words.leaked(event.bytes(), event.line()));
            case FAULT -> Optional.of(words.fault(event.subject()));
            default -> Optional.empty();
          };
      part.filter(text -> !parts.contains(text)).ifPresent(parts::add);
    }
    if (parts.isEmpty()) {
      for (Event event : events) {
        Optional<String> part =
            switch (event.kind()) {
              // Every run starts by calling main: not worth a caption.
              case CALL ->
                  event.subject().equals("main")
                      ? Optional.<String>empty()
                      : Optional.of(words.call(event.subject()));
              case RETURN -> Optional.of(words.ret(event.subject()));
              case SPAWN -> Optional.of(words.spawn(event.subject()));
              case JOIN -> Optional.of(words.join(event.subject()));
              default -> Optional.empty();
            };
        part.filter(text -> !parts.contains(text)).ifPresent(parts::add);
      }
    }
    if (parts.isEmpty()) {
      Snapshot before = previous.orElse(new Snapshot(List.of(), List.of(), List.of(), ""));
      parts.addAll(changedVariables(step.snapshot(), before));
    }
    if (parts.isEmpty()) {
      return words.lineOnly(step.line(), step.when() == When.BEFORE);
    }
    List<String> shown =
        parts.size() > MAX_CAPTION_PARTS
            ? parts.subList(parts.size() - MAX_CAPTION_PARTS, parts.size())
            : parts;
    return String.join("; ", shown);
  }

  /** What the live variables that changed since the previous step now hold, as clauses. */
  private List<String> changedVariables(Snapshot snapshot, Snapshot previous) {
    Map<String, Slot> before = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (ThreadState thread : previous.threads()) {
      for (Frame frame : thread.frames()) {
        frame.slots().forEach(slot -> before.put(slot.path(), slot));
      }
    }
    Map<String, Block> blocks = new LinkedHashMap<>();
    snapshot.blocks().forEach(block -> blocks.put(block.id(), block));
    List<Slot> changed = new ArrayList<>();
    for (ThreadState thread : snapshot.threads()) {
      for (Frame frame : thread.frames()) {
        for (Slot slot : frame.slots()) {
          names.put(slot.path(), slot.name());
          if (slot.state() == SlotState.LIVE && !slot.equals(before.get(slot.path()))) {
            changed.add(slot);
          }
        }
      }
    }
    List<String> clauses = new ArrayList<>();
    for (Slot slot : changed.subList(0, Math.min(changed.size(), MAX_CAPTION_PARTS - 1))) {
      String sentence = slotSentence(slot, blocks, names);
      clauses.add(sentence.substring(0, sentence.length() - 1));
    }
    return clauses;
  }

  /** True when the DROP at {@code index} is followed by the FREE it caused. */
  private static boolean freedNext(List<Event> events, int index) {
    Event drop = events.get(index);
    return index + 1 < events.size()
        && events.get(index + 1).kind() == EventKind.FREE
        && events.get(index + 1).subject().equals(drop.subject());
  }

  /** The whole state in sentences: who owns, points to, borrows what; what is freed or leaked. */
  String describe(Snapshot snapshot, Optional<Fault> fault) {
    Map<String, Slot> slots = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (ThreadState thread : snapshot.threads()) {
      for (Frame frame : thread.frames()) {
        for (Slot slot : frame.slots()) {
          slots.put(slot.path(), slot);
          names.put(slot.path(), slot.name());
        }
      }
    }
    for (Slot global : snapshot.globals()) {
      names.put(global.path(), global.name());
    }
    Map<String, Block> blocks = new LinkedHashMap<>();
    for (Block block : snapshot.blocks()) {
      blocks.put(block.id(), block);
    }
    List<String> sentences = new ArrayList<>();
    fault.ifPresent(f -> sentences.add(words.faultSentence(f.kind().id(), f.message())));
    for (ThreadState thread : snapshot.threads()) {
      for (int i = thread.frames().size() - 1; i >= 0; i--) {
        Frame frame = thread.frames().get(i);
        if (frame.state() == FrameState.RETURNED) {
          sentences.add(words.frameReturned(frame.function()));
          continue;
        }
        sentences.add(words.frameSentence(thread.name(), frame.function()));
        for (int s = 0; s < frame.slots().size(); s++) {
          if (!StepPicture.supersededGhost(frame.slots(), s)) {
            sentences.add(slotSentence(frame.slots().get(s), blocks, names));
          }
        }
      }
    }
    for (Slot global : snapshot.globals()) {
      sentences.add(slotSentence(global, blocks, names));
    }
    for (Block block : snapshot.blocks()) {
      if (block.region() != Region.HEAP) {
        continue;
      }
      sentences.add(
          switch (block.state()) {
            case LIVE ->
                words.blockLive(
                    block.id(),
                    block.kind(),
                    block.size(),
                    StepPicture.clip(StepPicture.valueText(block.contents(), names), 40));
            case FREED -> words.blockFreed(block.id(), block.size(), block.freedAt().orElse(0));
            case LEAKED ->
                words.blockLeaked(
                    block.id(), block.size(), block.unreachableSince().orElse(block.allocatedAt()));
          });
    }
    if (sentences.isEmpty()) {
      return words.nothing();
    }
    return String.join(" ", sentences);
  }

  private String slotSentence(Slot slot, Map<String, Block> blocks, Map<String, String> names) {
    String name = slot.name();
    return switch (slot.state()) {
      case UNINIT -> words.isUninit(name);
      case MOVED -> words.wasMoved(name, slot.movedTo());
      case DROPPED -> words.wentOutOfScope(name);
      case BORROWED_SHARED -> words.isBorrowed(name, false, String.join(", ", slot.borrowedBy()));
      case BORROWED_MUT -> words.isBorrowed(name, true, String.join(", ", slot.borrowedBy()));
      case LIVE -> liveSentence(name, slot.value(), blocks, names);
    };
  }

  private String liveSentence(
      String name, Value value, Map<String, Block> blocks, Map<String, String> names) {
    Optional<Value.Pointer> pointer = mainPointer(value);
    if (pointer.isEmpty()) {
      return words.holds(name, StepPicture.clip(StepPicture.valueText(value, names), 40));
    }
    Value.Pointer p = pointer.get();
    if (p.target().isEmpty()) {
      return words.isNull(name);
    }
    String id = p.target().get().id();
    String target = names.getOrDefault(id, id);
    Block block = blocks.get(id);
    if (p.dangling() || (block != null && block.state() == BlockState.FREED)) {
      return words.pointsToFreed(name, target);
    }
    return switch (p.kind()) {
      case OWNER -> words.owns(name, target, block == null ? 0 : block.size());
      case SHARED -> words.refers(name, false, target);
      case MUT -> words.refers(name, true, target);
      case RAW -> words.pointsTo(name, target);
    };
  }

  /** The pointer a value is about: itself, or a String's or Vec's buffer pointer. */
  private static Optional<Value.Pointer> mainPointer(Value value) {
    if (value instanceof Value.Pointer pointer) {
      return Optional.of(pointer);
    }
    if (value instanceof Value.Composite composite
        && !composite.fields().isEmpty()
        && composite.fields().get(0).name().equals("ptr")
        && composite.fields().get(0).value() instanceof Value.Pointer pointer) {
      return Optional.of(pointer);
    }
    return Optional.empty();
  }
}
