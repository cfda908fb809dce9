package dev.memoria.simulator.c;

import dev.memoria.simulator.Marker;
import dev.memoria.simulator.MarkerKind;
import dev.memoria.simulator.Markers;
import dev.memoria.simulator.trace.Block;
import dev.memoria.simulator.trace.BlockState;
import dev.memoria.simulator.trace.EventKind;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Records the steps of a run, each with a full snapshot of the machine built at that moment. */
final class Recorder {
  private static final int MAX_ELEMENTS = 64;

  private final Markers markers;
  private final int maxSnapshots;
  private final boolean[] before;
  private final boolean[] after;
  private final List<Step> steps = new ArrayList<>();

  Recorder(Markers markers, int maxSnapshots, int lines) {
    this.markers = markers;
    this.maxSnapshots = maxSnapshots;
    this.before = new boolean[lines + 2];
    this.after = new boolean[lines + 2];
    for (Marker marker : markers.markers()) {
      if (marker.line() < before.length) {
        if (marker.kind() == MarkerKind.SHOW_BEFORE) {
          before[marker.line()] = true;
        } else if (marker.kind() == MarkerKind.SHOW) {
          after[marker.line()] = true;
        }
      }
    }
  }

  boolean before(int line) {
    return line < before.length && before[line];
  }

  boolean after(int line) {
    return line < after.length && after[line];
  }

  int count() {
    return steps.size();
  }

  List<Step> steps() {
    return List.copyOf(steps);
  }

  void record(Machine m, int line, boolean isBefore, boolean marked) {
    if (!marked) {
      boolean fault = m.events.stream().anyMatch(e -> e.kind() == EventKind.FAULT);
      // Steps recorded only for memory events use at most half the budget (the fault's step may
      // use the rest), as in the Rust engine: a loop that allocates on every turn cannot starve
      // the steps an author marked. Past it they are skipped; their events join the next step.
      if (steps.size() >= (fault ? maxSnapshots : maxSnapshots / 2)) {
        m.memoryEvent = false;
        return;
      }
    }
    if (steps.size() >= maxSnapshots) {
      throw m.limit(
          "the run needs more than " + maxSnapshots + " recorded steps (limit maxSnapshots)");
    }
    Optional<String> caption =
        marked
            ? markers
                .on(line, isBefore ? MarkerKind.SHOW_BEFORE : MarkerKind.SHOW)
                .flatMap(Marker::caption)
            : Optional.empty();
    steps.add(
        new Step(
            line, isBefore ? When.BEFORE : When.AFTER, marked, caption, m.events, snapshot(m)));
    m.events.clear();
    m.memoryEvent = false;
    m.ghost = null;
  }

  private Snapshot snapshot(Machine m) {
    Set<Obj> referenced = new LinkedHashSet<>();
    Renderer r = new Renderer(m, referenced);
    List<Frame> frames = new ArrayList<>();
    for (Machine.Activation a : m.stack) {
      frames.add(new Frame(a.id, a.function.name, a.line, slots(r, a, false), FrameState.ACTIVE));
    }
    if (m.ghost != null && !m.stack.contains(m.ghost)) {
      Machine.Activation g = m.ghost;
      frames.add(new Frame(g.id, g.function.name, g.line, slots(r, g, true), FrameState.RETURNED));
    }
    List<Slot> globals = new ArrayList<>();
    for (Obj g : m.globals) {
      Variable v = g.variable;
      globals.add(
          new Slot(
              g.label,
              v.name,
              v.typeText,
              v.type.size(),
              r.value(g, 0, v.type),
              SlotState.LIVE,
              Optional.empty(),
              List.of(),
              0));
    }
    List<Block> heap = new ArrayList<>();
    List<Obj> freed = new ArrayList<>();
    for (Obj o : m.heap) {
      if (o.state == Obj.LIVE) {
        heap.add(block(m, r, o));
      } else {
        freed.add(o);
      }
    }
    List<Block> blocks = new ArrayList<>();
    for (Obj o : freed) {
      if (o.diedAtStep == steps.size() || referenced.contains(o)) {
        heap.add(block(m, r, o));
      }
    }
    heap.sort(java.util.Comparator.comparingInt(b -> Integer.parseInt(b.id().substring(1))));
    for (Obj o : List.copyOf(referenced)) {
      if (o.kind == Obj.LITERAL) {
        String text = m.program.literals().get(indexOf(m, o));
        blocks.add(
            new Block(
                m.staticLabel(o),
                Region.STATIC,
                "string literal",
                o.size(),
                new Value.Text(text, 0, true),
                Optional.empty(),
                BlockState.LIVE,
                0,
                OptionalInt.empty(),
                OptionalInt.empty()));
      }
    }
    blocks.sort(java.util.Comparator.comparingInt(b -> Integer.parseInt(b.id().substring(1))));
    blocks.addAll(heap);
    return new Snapshot(
        List.of(new ThreadState("T0", "main", frames, m.stack.isEmpty())),
        globals,
        blocks,
        m.out.toString());
  }

  private static int indexOf(Machine m, Obj o) {
    for (int i = 0; i < m.literals.length; i++) {
      if (m.literals[i] == o) {
        return i;
      }
    }
    return 0;
  }

  private List<Slot> slots(Renderer r, Machine.Activation a, boolean ghost) {
    List<Slot> slots = new ArrayList<>();
    for (Obj o : a.locals) {
      if (o == null) {
        continue;
      }
      SlotState state;
      if (!ghost && o.state == Obj.LIVE) {
        state = o.noneWritten() ? SlotState.UNINIT : SlotState.LIVE;
      } else if (ghost || o.diedAtStep == steps.size()) {
        state = SlotState.DROPPED;
      } else {
        continue;
      }
      Variable v = o.variable;
      slots.add(
          new Slot(
              o.label,
              v.name,
              v.typeText,
              v.type.size(),
              r.value(o, 0, v.type),
              state,
              Optional.empty(),
              List.of(),
              v.scope));
    }
    return slots;
  }

  private Block block(Machine m, Renderer r, Obj o) {
    BlockState state =
        o.state == Obj.FREED ? BlockState.FREED : o.leaked ? BlockState.LEAKED : BlockState.LIVE;
    return new Block(
        o.label,
        Region.HEAP,
        o.allocator,
        o.size(),
        r.heapContents(o),
        o.owner.isEmpty() ? Optional.empty() : Optional.of(o.owner),
        state,
        o.allocatedAt,
        o.state == Obj.FREED ? OptionalInt.of(o.freedAt) : OptionalInt.empty(),
        o.leaked ? OptionalInt.of(o.unreachableSince) : OptionalInt.empty());
  }

  /** Turns bytes into diagram values, noting which objects pointers lead to. */
  static final class Renderer {
    private final Machine m;
    private final Set<Obj> referenced;

    Renderer(Machine m, Set<Obj> referenced) {
      this.m = m;
      this.referenced = referenced;
    }

    static CType heapType(Obj o) {
      if (o.type == null || o.type.size() == 0) {
        return null;
      }
      long count = o.size() / o.type.size();
      return count == 1 && o.type instanceof CType.Struct ? o.type : new CType.Arr(o.type, count);
    }

    Value heapContents(Obj o) {
      CType t = heapType(o);
      if (t == null) {
        List<Value.Field> fields = new ArrayList<>();
        for (int i = 0; i < Math.min(o.size(), MAX_ELEMENTS); i++) {
          fields.add(
              new Value.Field(
                  Integer.toString(i),
                  o.written[i] == 0
                      ? new Value.Uninit()
                      : new Value.Scalar(String.format(Locale.ROOT, "0x%02x", o.data[i] & 0xFF))));
        }
        return new Value.Composite("bytes[" + o.size() + "]", fields);
      }
      return value(o, 0, t);
    }

    Value value(Obj o, int off, CType t) {
      if (t instanceof CType.Arr arr) {
        if (CType.isCharLike(arr.elem())) {
          return text(o, off, (int) arr.size());
        }
        List<Value.Field> fields = new ArrayList<>();
        long n = Math.min(arr.length(), MAX_ELEMENTS);
        for (int i = 0; i < n; i++) {
          fields.add(
              new Value.Field(
                  Integer.toString(i), value(o, (int) (off + i * arr.elem().size()), arr.elem())));
        }
        return new Value.Composite(arr.display(), fields);
      }
      if (t instanceof CType.Struct s) {
        List<Value.Field> fields = new ArrayList<>();
        for (CType.Field f : s.fields) {
          fields.add(new Value.Field(f.name(), value(o, (int) (off + f.offset()), f.type())));
        }
        return new Value.Composite(s.display(), fields);
      }
      int size = (int) t.size();
      if (off + size > o.size() || !o.allWritten(off, size)) {
        return new Value.Uninit();
      }
      long v = Machine.read(o, off, t);
      if (t instanceof CType.Ptr ptr) {
        return pointer(v, ptr.to());
      }
      return new Value.Scalar(scalar(v, (CType.Prim) t));
    }

    private Value text(Obj o, int off, int size) {
      StringBuilder s = new StringBuilder();
      int i = off;
      boolean terminated = false;
      while (i < off + size && o.written[i] != 0) {
        if (o.data[i] == 0) {
          terminated = true;
          break;
        }
        s.append((char) (o.data[i] & 0xFF));
        i++;
      }
      long unwritten = 0;
      for (int j = i; j < off + size; j++) {
        if (o.written[j] == 0) {
          unwritten++;
        }
      }
      return new Value.Text(s.toString(), unwritten, terminated);
    }

    Value pointer(long p, CType pointee) {
      if (p == 0) {
        return Value.Pointer.nullPointer();
      }
      Obj t = m.objectAt(p);
      if (t == null) {
        return new Value.Pointer(Value.PointerKind.RAW, Optional.empty(), true);
      }
      referenced.add(t);
      long off = Machine.offsetOf(t, p);
      String id = t.kind == Obj.LITERAL ? m.staticLabel(t) : t.label;
      CType type = t.kind == Obj.HEAP ? heapType(t) : t.type;
      String path = type == null ? "" : path(type, off, pointee);
      return new Value.Pointer(
          Value.PointerKind.RAW, Optional.of(new Value.Target(id, path, off)), t.state != Obj.LIVE);
    }

    /** The element or field path of byte {@code off} in {@code t}, down to the pointee type. */
    static String path(CType t, long off, CType pointee) {
      if (off == 0 && CType.same(t, pointee)) {
        return "";
      }
      if (t instanceof CType.Arr arr && arr.elem().size() > 0) {
        long i = Math.floorDiv(off, arr.elem().size());
        String sub = path(arr.elem(), off - i * arr.elem().size(), pointee);
        return i + (sub.isEmpty() ? "" : "." + sub);
      }
      if (t instanceof CType.Struct s) {
        for (CType.Field f : s.fields) {
          if (off >= f.offset() && off < f.offset() + f.type().size()) {
            String sub = path(f.type(), off - f.offset(), pointee);
            return f.name() + (sub.isEmpty() ? "" : "." + sub);
          }
        }
      }
      return "";
    }

    static String scalar(long v, CType.Prim p) {
      return switch (p.kind()) {
        case BOOL -> v != 0 ? "true" : "false";
        case CHAR, UCHAR -> charText((int) (v & 0xFF));
        case DOUBLE -> {
          double d = Double.longBitsToDouble(v);
          yield d == Math.rint(d) && Math.abs(d) < 1e15
              ? String.format(Locale.ROOT, "%.1f", d)
              : Double.toString(d);
        }
        case ULONG -> Long.toUnsignedString(v);
        default -> Long.toString(v);
      };
    }

    static String charText(int c) {
      return switch (c) {
        case 0 -> "'\\0'";
        case '\n' -> "'\\n'";
        case '\t' -> "'\\t'";
        case '\'' -> "'\\''";
        case '\\' -> "'\\\\'";
        default ->
            c >= 32 && c < 127 ? "'" + (char) c + "'" : String.format(Locale.ROOT, "'\\x%02x'", c);
      };
    }
  }
}
