package dev.memoria.simulator.rust.run;

import dev.memoria.simulator.trace.Block;
import dev.memoria.simulator.trace.BlockState;
import dev.memoria.simulator.trace.Frame;
import dev.memoria.simulator.trace.FrameState;
import dev.memoria.simulator.trace.Region;
import dev.memoria.simulator.trace.Slot;
import dev.memoria.simulator.trace.SlotState;
import dev.memoria.simulator.trace.Snapshot;
import dev.memoria.simulator.trace.ThreadState;
import dev.memoria.simulator.trace.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Turns the machine's state into an immutable {@link Snapshot} for one recorded step. */
final class SnapshotBuilder {

  /** Elements of a Vec buffer drawn at most; a teaching diagram never needs more. */
  private static final int MAX_CELLS = 64;

  private final Machine machine;
  private final Map<String, List<String>> borrowers = new HashMap<>();
  private final Map<String, Boolean> mutBorrow = new HashMap<>();
  private final Map<String, String> owners = new HashMap<>();
  // The slot path of each String whose buffer a `&str` may point into, by block id.
  private final Map<String, String> stringSlots = new HashMap<>();
  private final LinkedHashMap<String, HeapBlock> referenced = new LinkedHashMap<>();

  private SnapshotBuilder(Machine machine) {
    this.machine = machine;
  }

  /**
   * The whole machine now; ghosts (dropped slots, freed blocks, returned frames) due now included.
   */
  static Snapshot build(Machine machine) {
    return new SnapshotBuilder(machine).snapshot();
  }

  private Snapshot snapshot() {
    int step = machine.recorded;
    for (Strand strand : machine.strands) {
      for (Activation frame : strand.frames) {
        for (LocalSlot slot : frame.slots) {
          if (slot.state == LocalSlot.State.LIVE
              && slot.value instanceof Val.StrBuf buf
              && buf.block != null) {
            stringSlots.put(buf.block.id, slot.path);
          }
        }
      }
    }
    for (Strand strand : machine.strands) {
      for (Activation frame : strand.frames) {
        for (LocalSlot slot : frame.slots) {
          if (slot.state == LocalSlot.State.LIVE) {
            scanLoans(slot.name, slot.value, slot.deadRef);
            scanOwners(slot.name, slot.value);
          }
        }
      }
    }
    List<ThreadState> threads = new ArrayList<>();
    for (Strand strand : machine.strands) {
      if (strand.joined) {
        continue;
      }
      List<Frame> frames = new ArrayList<>();
      for (Activation frame : strand.frames) {
        frames.add(frame(frame, FrameState.ACTIVE, step));
      }
      if (strand.ghost != null && strand.ghost.returnedAtStep == step) {
        frames.add(frame(strand.ghost, FrameState.RETURNED, step));
      }
      threads.add(new ThreadState(strand.id, strand.name, frames, strand.finished));
    }
    List<Block> blocks = new ArrayList<>();
    for (Machine.StaticText text : machine.statics.values()) {
      blocks.add(
          new Block(
              text.id(),
              Region.STATIC,
              "str",
              text.bytes(),
              new Value.Text(text.text(), 0, false),
              Optional.empty(),
              BlockState.LIVE,
              0,
              OptionalInt.empty(),
              OptionalInt.empty()));
    }
    for (HeapBlock block : machine.heap) {
      if (!block.freed || block.freedAtStep == step) {
        referenced.remove(block.id);
        blocks.add(block(block));
      }
    }
    // Freed blocks still pointed at (a moved-from binding keeps the old bits) stay as ghosts.
    for (HeapBlock block : List.copyOf(referenced.values())) {
      if (block.freed && block.freedAtStep != step) {
        blocks.add(block(block));
      }
    }
    blocks.sort((a, b) -> order(a) - order(b));
    return new Snapshot(threads, List.of(), blocks, machine.stdout.toString());
  }

  private static int order(Block block) {
    int n = Integer.parseInt(block.id().substring(1));
    return block.region() == Region.STATIC ? n : 1_000_000 + n;
  }

  private Frame frame(Activation frame, FrameState state, int step) {
    List<LocalSlot> all = new ArrayList<>(frame.slots);
    for (LocalSlot ghost : frame.ghosts) {
      if (ghost.goneAtStep == step) {
        all.add(ghost);
      }
    }
    all.sort((a, b) -> a.seq - b.seq);
    List<Slot> slots = new ArrayList<>(all.size());
    for (LocalSlot slot : all) {
      slots.add(slot(slot));
    }
    return new Frame(frame.id, frame.function, frame.line, slots, state);
  }

  private Slot slot(LocalSlot slot) {
    Value value = slot.value == null ? new Value.Uninit() : value(slot.value);
    SlotState state;
    List<String> by = List.of();
    switch (slot.state) {
      case UNINIT -> state = SlotState.UNINIT;
      case MOVED -> state = SlotState.MOVED;
      case GONE -> state = SlotState.DROPPED;
      default -> {
        by = borrowers.getOrDefault(slot.path, List.of());
        state =
            by.isEmpty()
                ? SlotState.LIVE
                : mutBorrow.getOrDefault(slot.path, false)
                    ? SlotState.BORROWED_MUT
                    : SlotState.BORROWED_SHARED;
      }
    }
    Optional<String> movedTo =
        slot.state == LocalSlot.State.MOVED && !slot.movedTo.isEmpty()
            ? Optional.of(slot.movedTo)
            : Optional.empty();
    return new Slot(
        slot.path, slot.name, slot.type, slot.size, value, state, movedTo, by, slot.scope);
  }

  private void scanLoans(String name, Val value, boolean dead) {
    if (dead || value == null) {
      return;
    }
    if (value instanceof Val.Ref ref) {
      Place root = ref.place();
      while (root instanceof Place.InField field) {
        root = field.base();
      }
      if (root instanceof Place.InSlot in && !root.gone()) {
        borrowers.computeIfAbsent(in.slot().path, k -> new ArrayList<>()).add(name);
        if (ref.mut()) {
          mutBorrow.put(in.slot().path, true);
        }
      }
    } else if (value instanceof Val.Str str && stringSlots.containsKey(str.block())) {
      // A `&str` into a String's buffer borrows the String.
      borrowers.computeIfAbsent(stringSlots.get(str.block()), k -> new ArrayList<>()).add(name);
    } else if (value instanceof Val.Struct s) {
      for (Val field : s.fields) {
        scanLoans(name, field, false);
      }
    } else if (value instanceof Val.VecBuf v) {
      List<Val> elems = v.elems();
      for (int i = 0; i < elems.size() && i < MAX_CELLS; i++) {
        scanLoans(name, elems.get(i), false);
      }
    } else if (value instanceof Val.BoxPtr b && !b.block.freed) {
      scanLoans(name, b.block.boxed, false);
    } else if (value instanceof Val.Opt o && o.some()) {
      scanLoans(name, o.value, false);
    }
  }

  private void scanOwners(String label, Val value) {
    if (value instanceof Val.StrBuf s && s.block != null) {
      owners.putIfAbsent(s.block.id, label);
    } else if (value instanceof Val.VecBuf v && v.block != null) {
      owners.putIfAbsent(v.block.id, label);
      List<Val> elems = v.block.elems;
      for (int i = 0; i < elems.size() && i < MAX_CELLS; i++) {
        scanOwners(label + "[" + i + "]", elems.get(i));
      }
    } else if (value instanceof Val.BoxPtr b) {
      owners.putIfAbsent(b.block.id, label);
      scanOwners("*" + label, b.block.boxed);
    } else if (value instanceof Val.Struct s) {
      for (int i = 0; i < s.fields.length; i++) {
        if (!s.fieldMoved(i)) {
          scanOwners(label + "." + s.shape.fieldNames().get(i), s.fields[i]);
        }
      }
    } else if (value instanceof Val.Tuple t) {
      for (int i = 0; i < t.elems.length; i++) {
        scanOwners(label + "." + i, t.elems[i]);
      }
    } else if (value instanceof Val.Opt o && o.some()) {
      scanOwners(label, o.value);
    } else if (value instanceof Val.Closure c) {
      for (int i = 0; i < c.captured.length; i++) {
        scanOwners(c.names[i], c.captured[i]);
      }
    }
  }

  private Block block(HeapBlock block) {
    Value contents =
        switch (block.use) {
          case STRING ->
              new Value.Text(
                  block.text.toString(), Math.max(0, block.capacity - block.byteLen), false);
          case BOX -> block.boxed == null ? new Value.Uninit() : value(block.boxed);
          case VEC -> cells(block);
        };
    return new Block(
        block.id,
        Region.HEAP,
        block.kind,
        block.size,
        contents,
        Optional.ofNullable(block.freed ? null : owners.get(block.id)),
        block.freed ? BlockState.FREED : BlockState.LIVE,
        block.allocatedAt,
        block.freed ? OptionalInt.of(block.freedAt) : OptionalInt.empty(),
        OptionalInt.empty());
  }

  private Value cells(HeapBlock block) {
    List<Value.Field> fields = new ArrayList<>();
    int n = 0;
    for (Val elem : block.elems) {
      if (n == MAX_CELLS) {
        break;
      }
      fields.add(
          new Value.Field(Integer.toString(n++), elem == null ? new Value.Uninit() : value(elem)));
    }
    for (long i = block.elems.size(); i < block.capacity && n < MAX_CELLS; i++) {
      fields.add(new Value.Field(Long.toString(i), new Value.Uninit()));
      n++;
    }
    return new Value.Composite(block.kind, fields);
  }

  private Value.Pointer owning(HeapBlock block) {
    if (block == null) {
      return new Value.Pointer(Value.PointerKind.OWNER, Optional.empty(), false);
    }
    if (block.freed) {
      referenced.putIfAbsent(block.id, block);
    }
    return new Value.Pointer(
        Value.PointerKind.OWNER, Optional.of(new Value.Target(block.id, "", 0)), block.freed);
  }

  Value value(Val v) {
    if (v instanceof Val.Int i) {
      return new Value.Scalar(i.kind().text(i.v()));
    }
    if (v instanceof Val.Flt f) {
      return new Value.Scalar(Printer.floatDebug(f.v()));
    }
    if (v instanceof Val.Bool b) {
      return new Value.Scalar(b.v() ? "true" : "false");
    }
    if (v instanceof Val.Chr) {
      StringBuilder out = new StringBuilder();
      Printer.debug(v, false, 0, out);
      return new Value.Scalar(out.toString());
    }
    if (v instanceof Val.Unit) {
      return new Value.Composite("()", List.of());
    }
    if (v instanceof Val.Str s) {
      boolean dangling = false;
      if (s.block().startsWith("H")) {
        for (HeapBlock block : machine.heap) {
          if (block.id.equals(s.block())) {
            dangling = block.freed;
          }
        }
      }
      return new Value.Composite(
          "&str",
          List.of(
              new Value.Field(
                  "ptr",
                  new Value.Pointer(
                      Value.PointerKind.SHARED,
                      Optional.of(new Value.Target(s.block(), "", s.offset())),
                      dangling)),
              new Value.Field(
                  "len",
                  new Value.Scalar(
                      Integer.toString(
                          s.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)))));
    }
    if (v instanceof Val.StrBuf s) {
      return header("String", owning(s.block), s.len(), s.cap());
    }
    if (v instanceof Val.VecBuf vec) {
      return header("Vec<" + vec.elemType + ">", owning(vec.block), vec.len(), vec.cap());
    }
    if (v instanceof Val.BoxPtr b) {
      return owning(b.block);
    }
    if (v instanceof Val.Ref r) {
      return new Value.Pointer(
          r.mut() ? Value.PointerKind.MUT : Value.PointerKind.SHARED,
          Optional.of(r.place().target()),
          r.place().gone());
    }
    if (v instanceof Val.Struct s) {
      List<Value.Field> fields = new ArrayList<>();
      for (int i = 0; i < s.fields.length; i++) {
        fields.add(
            new Value.Field(
                s.shape.fieldNames().get(i),
                s.fields[i] == null ? new Value.Uninit() : value(s.fields[i])));
      }
      return new Value.Composite(s.shape.name(), fields);
    }
    if (v instanceof Val.Tuple t) {
      List<Value.Field> fields = new ArrayList<>();
      for (int i = 0; i < t.elems.length; i++) {
        fields.add(new Value.Field(Integer.toString(i), value(t.elems[i])));
      }
      return new Value.Composite(Types.name(v), fields);
    }
    if (v instanceof Val.Opt o) {
      return o.some()
          ? new Value.Composite("Some", List.of(new Value.Field("0", value(o.value))))
          : new Value.Composite("None", List.of());
    }
    if (v instanceof Val.Closure c) {
      List<Value.Field> fields = new ArrayList<>();
      for (int i = 0; i < c.captured.length; i++) {
        fields.add(new Value.Field(c.names[i], value(c.captured[i])));
      }
      return new Value.Composite("closure", fields);
    }
    Val.Handle h = (Val.Handle) v;
    return new Value.Composite(
        "JoinHandle<" + h.resultType + ">",
        List.of(new Value.Field("thread", new Value.Scalar(h.thread.id))));
  }

  private static Value header(String type, Value.Pointer ptr, long len, long cap) {
    return new Value.Composite(
        type,
        List.of(
            new Value.Field("ptr", ptr),
            new Value.Field("len", new Value.Scalar(Long.toString(len))),
            new Value.Field("cap", new Value.Scalar(Long.toString(cap)))));
  }
}
