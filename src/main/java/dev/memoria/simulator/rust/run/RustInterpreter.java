package dev.memoria.simulator.rust.run;

import dev.memoria.simulator.Engine;
import dev.memoria.simulator.Limits;
import dev.memoria.simulator.Marker;
import dev.memoria.simulator.MarkerKind;
import dev.memoria.simulator.Markers;
import dev.memoria.simulator.rust.syntax.Expr;
import dev.memoria.simulator.rust.syntax.Format;
import dev.memoria.simulator.rust.syntax.Item;
import dev.memoria.simulator.rust.syntax.Pat;
import dev.memoria.simulator.rust.syntax.Stmt;
import dev.memoria.simulator.rust.syntax.TypeExpr;
import dev.memoria.simulator.rust.types.IntKind;
import dev.memoria.simulator.rust.types.Type;
import dev.memoria.simulator.rust.types.TypedProgram;
import dev.memoria.simulator.trace.Event;
import dev.memoria.simulator.trace.EventKind;
import dev.memoria.simulator.trace.Fault;
import dev.memoria.simulator.trace.FaultKind;
import dev.memoria.simulator.trace.Leaks;
import dev.memoria.simulator.trace.Outcome;
import dev.memoria.simulator.trace.Problem;
import dev.memoria.simulator.trace.Span;
import dev.memoria.simulator.trace.Step;
import dev.memoria.simulator.trace.Trace;
import dev.memoria.simulator.trace.Verdict;
import dev.memoria.simulator.trace.When;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs a Rust program that the checker accepted, on a model of the machine, and records its trace.
 *
 * <p>Threads: a spawned thread runs to completion when it is joined (its stack is drawn from the
 * spawn), so output matches the real program whenever threads print only after a join or one at a
 * time. Borrows end after the last statement of their block that mentions the reference (a
 * syntactic approximation of non-lexical lifetimes), or at their scope's end.
 */
public final class RustInterpreter {

  private static final String TEMPORARY = "(temporary)";

  /** Non-memory events kept per step at most; a long loop between two steps records no more. */
  private static final int MAX_PENDING = 64;

  private final TypedProgram typed;
  private final Items items;
  private final String[] lines;
  private final Limits limits;
  private final Marker[] showAfter;
  private final Marker[] showBefore;
  private final Machine machine = new Machine();
  private final List<Step> steps = new ArrayList<>();
  private final List<Event> pending = new ArrayList<>();
  private boolean pendingMemory;
  private long executed;
  private int lastLine = -1;
  private When lastWhen = When.AFTER;
  private long lastExecuted = -1;

  /** Temporaries of the statements being run, innermost last; each statement drops its own. */
  private final ArrayList<LocalSlot> temps = new ArrayList<>();

  /** The binding the value being built will go to, named in its allocation events. */
  private String allocHint = "";

  private final Map<Integer, Integer> lastUses = new HashMap<>();
  private final Map<Integer, List<String>> captureCache = new HashMap<>();
  private Fault fault;

  /** The integer type an unsuffixed literal takes here, as rustc's inference would give it. */
  private IntKind intHint;

  private int line = 1;

  private RustInterpreter(TypedProgram typed, String source, Markers markers, Limits limits) {
    this.typed = typed;
    this.items = new Items(typed.crate());
    this.lines = source.split("\n", -1);
    this.limits = limits;
    this.showAfter = new Marker[lines.length + 2];
    this.showBefore = new Marker[lines.length + 2];
    for (Marker marker : markers.markers()) {
      if (marker.line() < showAfter.length) {
        if (marker.kind() == MarkerKind.SHOW) {
          showAfter[marker.line()] = marker;
        } else if (marker.kind() == MarkerKind.SHOW_BEFORE) {
          showBefore[marker.line()] = marker;
        }
      }
    }
  }

  /** Runs {@code main} of a checked crate and returns its trace and verdict. */
  public static Engine.Result run(
      TypedProgram typed, String source, Markers markers, Limits limits) {
    return new RustInterpreter(typed, source, markers, limits).runMain();
  }

  private Engine.Result runMain() {
    Item.Fn main = items.functions.get("main");
    if (main == null) {
      return new Engine.Result(
          Trace.EMPTY, Verdict.unsupported(Span.at(1, 1), "the program has no `main` function"));
    }
    Strand t0 = new Strand("T0", "main");
    machine.strands.add(t0);
    machine.current = t0;
    try {
      try {
        callFunction(main, null, List.of(), List.of(), main.span(), "main");
      } catch (Signal.Panic panic) {
        return finish(Outcome.RUNTIME_ERROR, OptionalInt.of(101), Optional.empty());
      }
      return finish(Outcome.OK, OptionalInt.of(0), Optional.empty());
    } catch (Halt halt) {
      return finish(
          halt.outcome, OptionalInt.empty(), Optional.of(new Problem(halt.at, halt.getMessage())));
    } catch (Signal other) {
      return finish(
          Outcome.UNSUPPORTED,
          OptionalInt.empty(),
          Optional.of(new Problem(Span.at(line, 1), "`break` or `continue` outside a loop")));
    }
  }

  private Engine.Result finish(Outcome outcome, OptionalInt exit, Optional<Problem> problem) {
    if (pendingMemory && !unmarkedBudgetSpent()) {
      record(line, When.AFTER, false, Optional.empty());
    }
    Verdict verdict =
        new Verdict(
            outcome,
            List.of(),
            outcome == Outcome.RUNTIME_ERROR ? Optional.ofNullable(fault) : Optional.empty(),
            Leaks.NONE,
            machine.stdout.toString(),
            exit,
            problem);
    return new Engine.Result(new Trace(steps, executed), verdict);
  }

  // ---------------------------------------------------------------- recording

  private void tick(Span at) {
    if (++executed > limits.maxSteps()) {
      throw new Halt(
          Outcome.LIMIT_EXCEEDED,
          at,
          "the program ran more than "
              + limits.maxSteps()
              + " steps (the step limit) at line "
              + at.line()
              + "; does it loop forever?");
    }
  }

  private void event(
      EventKind kind, String subject, String other, String block, long bytes, String type) {
    boolean memory = kind.isMemoryEvent();
    if ((!memory || unmarkedBudgetSpent()) && pending.size() >= MAX_PENDING) {
      return;
    }
    pending.add(
        new Event(
            kind,
            line,
            subject,
            other.isEmpty() ? Optional.empty() : Optional.of(other),
            block.isEmpty() ? Optional.empty() : Optional.of(block),
            bytes,
            type));
    pendingMemory |= memory;
  }

  private void record(int at, When when, boolean marked, Optional<String> caption) {
    if (steps.size() >= limits.maxSnapshots()) {
      throw new Halt(
          Outcome.LIMIT_EXCEEDED,
          Span.at(Math.max(1, at), 1),
          "the program recorded more than "
              + limits.maxSnapshots()
              + " steps (the snapshot limit) at line "
              + at
              + "; mark fewer lines with @show or shorten the loop");
    }
    steps.add(
        new Step(Math.max(1, at), when, marked, caption, pending, SnapshotBuilder.build(machine)));
    pending.clear();
    pendingMemory = false;
    machine.recorded++;
    lastLine = at;
    lastWhen = when;
    lastExecuted = executed;
  }

  /**
   * Records a step for pending memory events. These unmarked steps use at most half the snapshot
   * budget, so a loop that allocates on every turn cannot starve the steps an author marked; past
   * it they are skipped and the run goes on.
   */
  private void flush(int at) {
    if (pendingMemory) {
      if (unmarkedBudgetSpent()) {
        pendingMemory = false;
        return;
      }
      record(at, When.AFTER, false, Optional.empty());
    }
  }

  private boolean unmarkedBudgetSpent() {
    return steps.size() >= limits.maxSnapshots() / 2;
  }

  /** The step of a fault is recorded whenever the budget has room for it. */
  private void flushFault(int at) {
    if (steps.size() < limits.maxSnapshots()) {
      record(at, When.AFTER, false, Optional.empty());
    }
  }

  /** The step after line {@code at}: marked when {@code @show} is on it, else only for events. */
  private void afterLine(int at) {
    Marker marker = at < showAfter.length ? showAfter[at] : null;
    if (marker != null) {
      boolean repeat = lastLine == at && lastWhen == When.AFTER && lastExecuted == executed;
      if (!repeat || pendingMemory) {
        record(at, When.AFTER, true, marker.caption());
      }
      return;
    }
    flush(at);
  }

  private void beforeLine(int at) {
    Marker marker = at < showBefore.length ? showBefore[at] : null;
    if (marker != null) {
      boolean repeat = lastLine == at && lastWhen == When.BEFORE && lastExecuted == executed;
      if (!repeat) {
        record(at, When.BEFORE, true, marker.caption());
      }
    }
  }

  private String text(Span span) {
    if (span.line() < 1 || span.line() > lines.length) {
      return "";
    }
    String l = lines[span.line() - 1];
    int from = Math.min(l.length(), span.column() - 1);
    int to =
        span.endLine() == span.line() ? Math.min(l.length(), span.endColumn() - 1) : l.length();
    return to > from ? l.substring(from, to) : "";
  }

  // ---------------------------------------------------------------- frames and slots

  private Activation frame() {
    return machine.current.top();
  }

  private LocalSlot declare(String name, String type, long size, int declLine) {
    Activation f = frame();
    LocalSlot slot =
        new LocalSlot(name, f.pathFor(machine.current.id, name), f.scope, declLine, type, size);
    slot.seq = machine.slotSeq++;
    f.slots.add(slot);
    return slot;
  }

  private LocalSlot lookup(String name) {
    ArrayList<LocalSlot> slots = frame().slots;
    for (int i = slots.size() - 1; i >= 0; i--) {
      LocalSlot slot = slots.get(i);
      if (!slot.temp && slot.name.equals(name)) {
        return slot;
      }
    }
    return null;
  }

  private LocalSlot temporary(Val value, Span at) {
    LocalSlot slot = declare(TEMPORARY, Types.name(value), Types.size(value), at.line());
    slot.temp = true;
    slot.value = value;
    slot.state = LocalSlot.State.LIVE;
    slot.label = text(at);
    slot.home = frame();
    temps.add(slot);
    return slot;
  }

  /** Drops the temporaries made since {@code mark}, newest first, as a statement ends. */
  private void dropTemps(int mark) {
    while (temps.size() > mark) {
      LocalSlot slot = temps.remove(temps.size() - 1);
      if (slot.state == LocalSlot.State.LIVE && Types.needsDrop(slot.value)) {
        event(EventKind.DROP, slot.label, "", "", 0, slot.type);
        dropValue(new Place.InSlot(slot), slot.label);
      }
      slot.state = LocalSlot.State.GONE;
      slot.home.slots.remove(slot);
    }
  }

  /** Ends the scope whose slots start at {@code mark}: drops its live bindings, newest first. */
  private void dropScope(Activation f, int mark) {
    for (int i = f.slots.size() - 1; i >= mark; i--) {
      LocalSlot slot = f.slots.get(i);
      if (slot.temp) {
        continue;
      }
      endSlot(slot);
      f.slots.remove(i);
      addGhost(f, slot);
    }
  }

  private void endSlot(LocalSlot slot) {
    if (slot.state == LocalSlot.State.LIVE) {
      if (Types.needsDrop(slot.value)) {
        event(EventKind.DROP, slot.name, "", "", 0, slot.type);
        dropValue(new Place.InSlot(slot), slot.name);
        // A `Drop` impl may read the references the value holds: they end after it ran.
        endLoan(slot);
      } else {
        endLoan(slot);
        event(EventKind.SCOPE_END, slot.name, "", "", 0, slot.type);
      }
    } else {
      event(EventKind.SCOPE_END, slot.name, "", "", 0, slot.type);
    }
    slot.state = LocalSlot.State.GONE;
    slot.goneAtStep = machine.recorded;
  }

  private void addGhost(Activation f, LocalSlot slot) {
    ArrayList<LocalSlot> ghosts = f.ghosts;
    if (!ghosts.isEmpty() && ghosts.get(0).goneAtStep < machine.recorded) {
      ghosts.removeIf(g -> g.goneAtStep < machine.recorded);
    }
    if (ghosts.size() < 32) {
      ghosts.add(slot);
    }
  }

  private void endLoan(LocalSlot slot) {
    if (slot.loan && !slot.deadRef && slot.value instanceof Val.Ref ref) {
      slot.deadRef = true;
      event(EventKind.BORROW_END, ref.place().label(), slot.name, "", 0, slot.type);
    } else if (slot.loan && !slot.deadRef && !(slot.value instanceof Val.Ref)) {
      slot.deadRef = true;
      List<Val> held = new ArrayList<>();
      refsIn(slot.value, held);
      for (Val ref : held) {
        Optional<String> target =
            ref instanceof Val.Ref r ? Optional.of(r.place().label()) : stringOwner((Val.Str) ref);
        target.ifPresent(t -> event(EventKind.BORROW_END, t, slot.name, "", 0, slot.type));
      }
    }
  }

  /** The name of the live String binding whose buffer a {@code &str} points into, if any. */
  private Optional<String> stringOwner(Val.Str str) {
    for (Strand strand : machine.strands) {
      for (Activation frame : strand.frames) {
        for (LocalSlot slot : frame.slots) {
          if (slot.state == LocalSlot.State.LIVE
              && slot.value instanceof Val.StrBuf buf
              && buf.block != null
              && buf.block.id.equals(str.block())) {
            return Optional.of(slot.name);
          }
        }
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- memory

  private HeapBlock alloc(HeapBlock.Use use, String kind, long capacity, long size) {
    if (machine.heapBytes + size > limits.maxHeapBytes()) {
      throw new Halt(
          Outcome.LIMIT_EXCEEDED,
          Span.at(line, 1),
          "the program allocated more than "
              + limits.maxHeapBytes()
              + " bytes of heap (the heap limit) at line "
              + line);
    }
    HeapBlock block = new HeapBlock("H" + machine.nextBlock++, use, kind, capacity, size, line);
    machine.heap.add(block);
    machine.heapBytes += size;
    event(EventKind.ALLOC, allocHint, "", block.id, size, kind);
    return block;
  }

  private void free(HeapBlock block, String by) {
    block.freed = true;
    block.freedAt = line;
    block.freedAtStep = machine.recorded;
    machine.heapBytes -= block.size;
    event(EventKind.FREE, by, "", block.id, block.size, block.kind);
    machine.compactHeap();
  }

  /** Moves a buffer to a bigger block, as realloc does when it cannot grow in place. */
  private HeapBlock grow(HeapBlock old, long capacity, long size) {
    if (machine.heapBytes - old.size + size > limits.maxHeapBytes()) {
      throw new Halt(
          Outcome.LIMIT_EXCEEDED,
          Span.at(line, 1),
          "the program allocated more than "
              + limits.maxHeapBytes()
              + " bytes of heap (the heap limit) at line "
              + line);
    }
    HeapBlock block =
        new HeapBlock("H" + machine.nextBlock++, old.use, old.kind, capacity, size, line);
    if (old.use == HeapBlock.Use.STRING) {
      block.text.append(old.text);
      block.byteLen = old.byteLen;
    } else {
      block.elems.addAll(old.elems);
    }
    machine.heap.add(block);
    old.freed = true;
    old.freedAt = line;
    old.freedAtStep = machine.recorded;
    machine.heapBytes += size - old.size;
    event(EventKind.REALLOC, allocHint, old.id, block.id, size, block.kind);
    machine.compactHeap();
    return block;
  }

  /** Std's amortised growth: double, at least what is needed, at least the minimum. */
  private static long grownCapacity(long cap, long needed, long elemSize) {
    long min = elemSize == 1 ? 8 : elemSize <= 1024 ? 4 : 1;
    return Math.max(Math.max(cap * 2, needed), min);
  }

  private Val.StrBuf newString(String text, long capacity) {
    if (capacity == 0) {
      return new Val.StrBuf(null);
    }
    HeapBlock block = alloc(HeapBlock.Use.STRING, "String", capacity, capacity);
    block.text.append(text);
    block.byteLen = utf8(text);
    return new Val.StrBuf(block);
  }

  private void pushStr(Val.StrBuf s, String add) {
    long addLen = utf8(add);
    long needed = s.len() + addLen;
    if (needed > s.cap()) {
      long cap = grownCapacity(s.cap(), needed, 1);
      if (s.block == null) {
        s.block = alloc(HeapBlock.Use.STRING, "String", cap, cap);
      } else {
        s.block = grow(s.block, cap, cap);
      }
    }
    s.block.text.append(add);
    s.block.byteLen += addLen;
  }

  private void pushElem(Val.VecBuf v, Val elem) {
    if (v.elemType.equals("_")) {
      v.elemType = Types.name(elem);
      v.elemSize = (int) Types.size(elem);
      if (v.block != null) {
        machine.heapBytes += v.block.capacity * v.elemSize - v.block.size;
        v.block.size = v.block.capacity * v.elemSize;
      }
    }
    long len = v.len();
    if (len + 1 > v.cap()) {
      long cap = grownCapacity(v.cap(), len + 1, v.elemSize);
      if (v.block == null) {
        v.block = alloc(HeapBlock.Use.VEC, "Vec<" + v.elemType + ">", cap, cap * v.elemSize);
      } else {
        v.block = grow(v.block, cap, cap * v.elemSize);
      }
    }
    v.block.elems.add(elem);
  }

  static long utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Runs the drop glue of the value at {@code place}: Drop::drop, then its parts in order. */
  private void dropValue(Place place, String label) {
    Val v = place.get();
    if (v instanceof Val.Struct s) {
      if (s.shape.hasDrop() && s.movedFields == 0) {
        Item.Fn drop = items.drops.get(s.shape.name());
        callFunction(drop, new Val.Ref(place, true), List.of(), List.of(), drop.span(), "drop");
      }
      for (int i = 0; i < s.fields.length; i++) {
        if (!s.fieldMoved(i) && Types.needsDrop(s.fields[i])) {
          String name = s.shape.fieldNames().get(i);
          dropValue(new Place.InField(place, i, name, s.shape.offsets()[i]), label + "." + name);
        }
      }
    } else if (v instanceof Val.StrBuf s) {
      if (s.block != null && !s.block.freed) {
        free(s.block, label);
      }
    } else if (v instanceof Val.VecBuf vec) {
      if (vec.block != null && !vec.block.freed) {
        for (int i = 0; i < vec.block.elems.size(); i++) {
          if (Types.needsDrop(vec.block.elems.get(i))) {
            dropValue(new Place.InElem(vec.block, i, vec.elemSize, label), label + "[" + i + "]");
          }
        }
        free(vec.block, label);
      }
    } else if (v instanceof Val.BoxPtr b) {
      if (!b.block.freed) {
        if (b.block.boxed != null && Types.needsDrop(b.block.boxed)) {
          dropValue(new Place.InBox(b.block, label), "*" + label);
        }
        free(b.block, label);
      }
    } else if (v instanceof Val.Opt o) {
      if (o.some() && Types.needsDrop(o.value)) {
        dropValue(new Place.Loose(new Val[] {o.value}, 0, label, place.target()), label);
      }
    } else if (v instanceof Val.Closure c) {
      for (int i = 0; i < c.captured.length; i++) {
        if (Types.needsDrop(c.captured[i])) {
          dropValue(new Place.Loose(c.captured, i, c.names[i], place.target()), c.names[i]);
        }
      }
    }
  }

  // ---------------------------------------------------------------- calls

  private Val callFunction(
      Item.Fn fn, Val self, List<Val> args, List<String> loans, Span at, String displayName) {
    Strand strand = machine.current;
    if (strand.frames.size() >= limits.maxCallDepth()) {
      throw new Halt(
          Outcome.LIMIT_EXCEEDED,
          at,
          "the call depth passed "
              + limits.maxCallDepth()
              + " frames (the call-depth limit) at line "
              + at.line()
              + "; is the recursion infinite?");
    }
    int callerLine = line;
    event(EventKind.CALL, displayName, "", "", 0, "");
    Activation f = new Activation(strand.nextFrameId(), displayName, fn.span().line());
    f.selfType = implType(fn);
    strand.frames.add(f);
    String selfType = f.selfType;
    if (fn.self().isPresent()) {
      Item.SelfParam sp = fn.self().get();
      String type =
          switch (sp.kind()) {
            case REF -> "&" + selfType;
            case REF_MUT -> "&mut " + selfType;
            default -> selfType;
          };
      LocalSlot slot = declare("self", type, Types.size(self), sp.span().line());
      slot.value = self;
      slot.state = LocalSlot.State.LIVE;
      if (self instanceof Val.Ref ref && !displayName.equals("drop")) {
        slot.loan = true;
        event(
            ref.mut() ? EventKind.BORROW_MUT : EventKind.BORROW_SHARED,
            ref.place().label(),
            "self",
            "",
            0,
            type);
      }
    }
    for (int i = 0; i < fn.params().size(); i++) {
      Item.Param param = fn.params().get(i);
      Val arg = args.get(i);
      String type = Items.typeText(param.type(), selfType);
      String name = param.pat() instanceof Pat.Ident id ? id.name() : "_";
      LocalSlot slot = declare(name, type, Types.sizeOfTyped(arg, type), param.span().line());
      slot.value = arg;
      slot.state = LocalSlot.State.LIVE;
      if (arg instanceof Val.Ref ref && loans.get(i) != null) {
        slot.loan = true;
        event(
            ref.mut() ? EventKind.BORROW_MUT : EventKind.BORROW_SHARED,
            loans.get(i),
            name,
            "",
            0,
            type);
      }
    }
    int tempMark = temps.size();
    f.returnHint = fn.returnType().map(t -> hintFor(Items.typeText(t, selfType))).orElse(null);
    Val result;
    try {
      try {
        result = evalBlock(fn.body(), true);
      } catch (Signal.Return ret) {
        result = ret.value;
      }
      line = fn.body().span().endLine();
      dropTemps(tempMark);
    } catch (Signal.Panic panic) {
      line = f.line;
      dropTemps(tempMark);
      dropParams(f);
      popFrame(strand, f);
      throw panic;
    }
    dropParams(f);
    afterLine(fn.body().span().endLine());
    popFrame(strand, f);
    line = callerLine;
    event(EventKind.RETURN, displayName, "", "", 0, "");
    if (fn.returnType().isPresent()) {
      result = coerce(result, Items.typeText(fn.returnType().get(), selfType));
    }
    return result;
  }

  private String implType(Item.Fn fn) {
    for (Map.Entry<String, Map<String, Item.Fn>> e : items.methods.entrySet()) {
      if (e.getValue().get(fn.name()) == fn) {
        return e.getKey();
      }
    }
    for (Map.Entry<String, Item.Fn> e : items.drops.entrySet()) {
      if (e.getValue() == fn) {
        return e.getKey();
      }
    }
    return null;
  }

  private void dropParams(Activation f) {
    for (int i = f.slots.size() - 1; i >= 0; i--) {
      LocalSlot slot = f.slots.get(i);
      if (slot.temp) {
        continue;
      }
      endSlot(slot);
      f.slots.remove(i);
      addGhost(f, slot);
    }
  }

  private void popFrame(Strand strand, Activation f) {
    strand.frames.remove(strand.frames.size() - 1);
    f.returned = true;
    f.returnedAtStep = machine.recorded;
    strand.ghost = f;
  }

  // ---------------------------------------------------------------- statements and blocks

  private Val evalBlock(Expr.Block block, boolean functionBody) {
    Activation f = frame();
    int mark = f.slots.size();
    if (!functionBody) {
      f.scope++;
    }
    Val result;
    try {
      List<Stmt> stmts = block.stmts();
      for (int i = 0; i < stmts.size(); i++) {
        execStmt(stmts.get(i), block, i);
      }
      if (block.tail().isPresent()) {
        Expr tail = block.tail().get();
        line = tail.span().line();
        f.line = line;
        result = functionBody ? hinted(f.returnHint, tail, "") : operand(tail, "");
        if (tail.span().endLine() != block.span().endLine()
            && !(tail instanceof Expr.Block
                || tail instanceof Expr.If
                || tail instanceof Expr.While
                || tail instanceof Expr.Loop
                || tail instanceof Expr.For)) {
          line = tail.span().endLine();
          afterLine(line);
        }
      } else {
        result = Val.Unit.UNIT;
      }
    } catch (Signal signal) {
      dropScope(f, mark);
      if (!functionBody) {
        f.scope--;
      }
      throw signal;
    }
    line = block.span().endLine();
    f.line = line;
    dropScope(f, mark);
    if (!functionBody) {
      f.scope--;
      afterLine(line);
    }
    return result;
  }

  /** Ends the loans of references in {@code block} whose last use was statement {@code index}. */
  private void endLoansAfter(Activation f, Expr.Block block, int index) {
    for (int i = 0; i < f.slots.size(); i++) {
      LocalSlot slot = f.slots.get(i);
      if (slot.loan && !slot.deadRef && slot.lastUse == index && slot.loanBlock == block) {
        endLoan(slot);
      }
    }
  }

  private void execStmt(Stmt stmt, Expr.Block block, int index) {
    Span span = stmt.span();
    tick(span);
    line = span.line();
    frame().line = line;
    beforeLine(line);
    intHint = null;
    int mark = temps.size();
    boolean blockLike = false;
    try {
      if (stmt instanceof Stmt.Let let) {
        execLet(let, block, index);
      } else {
        Stmt.Eval eval = (Stmt.Eval) stmt;
        Expr e = eval.expr();
        blockLike =
            e instanceof Expr.Block
                || e instanceof Expr.If
                || e instanceof Expr.While
                || e instanceof Expr.Loop
                || e instanceof Expr.For;
        Val v = eval(e);
        if (Types.needsDrop(v)) {
          temporary(v, e.span());
        }
      }
    } catch (Signal signal) {
      dropTemps(mark);
      throw signal;
    }
    line = span.endLine();
    dropTemps(mark);
    Activation f = frame();
    if (f.loans > 0) {
      endLoansAfter(f, block, index);
    }
    if (blockLike) {
      flush(line);
    } else {
      afterLine(line);
    }
  }

  private void execLet(Stmt.Let let, Expr.Block block, int index) {
    Optional<String> declared = let.type().map(t -> Items.typeText(t, frame().selfType));
    if (let.pat() instanceof Pat.Wild) {
      if (let.init().isPresent()) {
        Expr init = let.init().get();
        if (isPlace(init)) {
          place(init);
        } else {
          Val v = eval(init);
          if (Types.needsDrop(v)) {
            temporary(v, init.span());
          }
        }
      }
      return;
    }
    Pat.Ident pat = (Pat.Ident) let.pat();
    String name = pat.name();
    if (declared.isEmpty()) {
      declared = inferredType(pat);
    }
    if (let.init().isEmpty()) {
      String type = declared.orElse("_");
      declare(name, type, sizeOfTypeName(type), let.span().line());
      return;
    }
    Expr init = unparen(let.init().get());
    String savedHint = allocHint;
    allocHint = name;
    intHint = declared.map(RustInterpreter::hintFor).orElse(null);
    Val value;
    String loanOf = null;
    try {
      if (init instanceof Expr.Borrow b && !isPlace(b.operand())) {
        // Temporary lifetime extension: the borrowed temporary lives as long as the binding.
        Val inner = eval(b.operand());
        LocalSlot temp =
            declare(TEMPORARY, Types.name(inner), Types.size(inner), let.span().line());
        temp.value = inner;
        temp.state = LocalSlot.State.LIVE;
        value = new Val.Ref(new Place.InSlot(temp), b.mutable());
        loanOf = TEMPORARY;
      } else if (init instanceof Expr.Borrow b) {
        Place p = place(b.operand());
        value = new Val.Ref(p, b.mutable());
        loanOf = p.label();
      } else {
        value = operand(init, name);
      }
    } finally {
      allocHint = savedHint;
    }
    if (declared.isPresent()) {
      value = coerce(value, declared.get());
    }
    String type = declared.isPresent() ? declared.get() : Types.name(value);
    LocalSlot slot = declare(name, type, Types.sizeOfTyped(value, type), let.span().line());
    slot.value = value;
    slot.state = LocalSlot.State.LIVE;
    if (value instanceof Val.Ref ref && loanOf != null) {
      slot.loan = true;
      slot.lastUse = lastUse(block, index, name);
      slot.loanBlock = block;
      frame().loans++;
      event(ref.mut() ? EventKind.BORROW_MUT : EventKind.BORROW_SHARED, loanOf, name, "", 0, type);
      if (slot.lastUse == index) {
        endLoan(slot);
      }
    } else if (loanOf == null && holdsReferences(pat)) {
      // A reference copied or returned into this binding, or a struct or vector holding
      // references, keeps its loans until the binding's own last use, as NLL has it.
      if (!(value instanceof Val.Ref)) {
        // The borrows a struct literal or a slice makes are recorded where they are bound.
        List<Val> held = new ArrayList<>();
        refsIn(value, held);
        for (Val ref : held) {
          if (ref instanceof Val.Ref r) {
            EventKind kind = r.mut() ? EventKind.BORROW_MUT : EventKind.BORROW_SHARED;
            event(kind, r.place().label(), name, "", 0, type);
          } else {
            stringOwner((Val.Str) ref)
                .ifPresent(o -> event(EventKind.BORROW_SHARED, o, name, "", 0, type));
          }
        }
      }
      slot.loan = true;
      // A value whose `Drop` code may see its references keeps them to its drop (drop check).
      slot.lastUse = runsDropCode(pat) ? Integer.MAX_VALUE : lastUse(block, index, name);
      slot.loanBlock = block;
      frame().loans++;
      if (slot.lastUse == index) {
        endLoan(slot);
      }
    }
  }

  private boolean runsDropCode(Pat.Ident pattern) {
    try {
      return typed.dropCodeOf(typed.bindingOf(pattern).type()).isPresent();
    } catch (IllegalStateException missing) {
      return false;
    }
  }

  /**
   * The references that a value holds, in struct fields, vector elements and boxes: {@code Val.Ref}
   * to places and {@code Val.Str} slices.
   */
  private static void refsIn(Val value, List<Val> into) {
    if (value instanceof Val.Ref || value instanceof Val.Str) {
      into.add(value);
    } else if (value instanceof Val.Struct s) {
      for (int i = 0; i < s.fields.length; i++) {
        if (!s.fieldMoved(i) && s.fields[i] != null) {
          refsIn(s.fields[i], into);
        }
      }
    } else if (value instanceof Val.VecBuf v) {
      for (Val element : v.elems()) {
        refsIn(element, into);
      }
    } else if (value instanceof Val.BoxPtr b && !b.block.freed) {
      refsIn(b.block.boxed, into);
    } else if (value instanceof Val.Opt o && o.some()) {
      refsIn(o.value, into);
    }
  }

  /** Whether the binding's type, as the type checker inferred it, can hold a reference. */
  private boolean holdsReferences(Pat.Ident pattern) {
    try {
      return holdsReferences(typed.bindingOf(pattern).type(), new ArrayList<>());
    } catch (IllegalStateException missing) {
      return false;
    }
  }

  private boolean holdsReferences(Type type, List<String> seen) {
    if (type instanceof Type.Ref) {
      return true;
    }
    if (type.owned().isPresent()) {
      return holdsReferences(type.owned().get(), seen);
    }
    if (type instanceof Type.Struct s && !seen.contains(s.name())) {
      seen.add(s.name());
      return typed.struct(s.name()).stream()
          .flatMap(def -> def.fields().stream())
          .anyMatch(field -> holdsReferences(field.type(), seen));
    }
    return false;
  }

  /**
   * The index of the last statement of {@code block} that mentions {@code name}; size for the tail.
   */
  private int lastUse(Expr.Block block, int index, String name) {
    Integer cached = lastUses.get(block.stmts().get(index).id());
    if (cached != null) {
      return cached;
    }
    int last = index;
    List<Stmt> stmts = block.stmts();
    for (int i = index + 1; i < stmts.size(); i++) {
      Stmt s = stmts.get(i);
      if (Mentions.of(s, name)) {
        last = i;
      }
      if (s instanceof Stmt.Let l && l.pat() instanceof Pat.Ident id && id.name().equals(name)) {
        break;
      }
      if (i == stmts.size() - 1
          && block.tail().isPresent()
          && Mentions.of(block.tail().get(), name)) {
        last = stmts.size();
      }
    }
    if (index == stmts.size() - 1
        && block.tail().isPresent()
        && Mentions.of(block.tail().get(), name)) {
      last = stmts.size();
    }
    lastUses.put(block.stmts().get(index).id(), last);
    return last;
  }

  // ---------------------------------------------------------------- places

  /** The literal's type as the type checker inferred it; else as the surrounding code suggests. */
  private IntKind literalKind(Expr.Int literal) {
    if (literal.suffix().isPresent()) {
      return IntKind.named(literal.suffix().get()).orElse(IntKind.I32);
    }
    try {
      if (typed.typeOf(literal) instanceof Type.Int t) {
        return t.kind();
      }
    } catch (IllegalStateException missing) {
      // Not typed: fall back on the hint below.
    }
    return intHint != null ? intHint : IntKind.I32;
  }

  /** The binding's type as the type checker inferred it, if it did. */
  private Optional<String> inferredType(Pat.Ident pattern) {
    try {
      Type type = typed.bindingOf(pattern).type();
      return type instanceof Type.Never ? Optional.empty() : Optional.of(type.display());
    } catch (IllegalStateException missing) {
      return Optional.empty();
    }
  }

  /** The integer kind a literal stored as {@code type} takes: {@code u8} for {@code Vec<u8>}. */
  private static IntKind hintFor(String type) {
    String t = type;
    while (true) {
      if (t.startsWith("&mut ")) {
        t = t.substring(5);
      } else if (t.startsWith("&")) {
        t = t.substring(1);
      } else if (t.endsWith(">") && (t.startsWith("Vec<") || t.startsWith("Box<"))) {
        t = t.substring(4, t.length() - 1);
      } else if (t.endsWith(">") && t.startsWith("Option<")) {
        t = t.substring(7, t.length() - 1);
      } else {
        return IntKind.named(t).orElse(null);
      }
    }
  }

  private Val hinted(IntKind hint, Expr e, String dest) {
    IntKind saved = intHint;
    intHint = hint;
    try {
      return operand(e, dest);
    } finally {
      intHint = saved;
    }
  }

  private static Expr unparen(Expr e) {
    while (e instanceof Expr.Paren p) {
      e = p.inner();
    }
    return e;
  }

  private boolean isPlace(Expr e) {
    e = unparen(e);
    if (e instanceof Expr.Path p) {
      return p.segments().size() == 1 && lookup(p.segments().get(0).name()) != null;
    }
    if (e instanceof Expr.Field f) {
      return true;
    }
    if (e instanceof Expr.Index) {
      return true;
    }
    return e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.DEREF;
  }

  /** The place an expression names; a value expression gets a temporary to live in. */
  private Place place(Expr e) {
    e = unparen(e);
    if (e instanceof Expr.Path p && p.segments().size() == 1) {
      LocalSlot slot = lookup(p.segments().get(0).name());
      if (slot != null) {
        return new Place.InSlot(slot);
      }
    }
    if (e instanceof Expr.Field f) {
      if (frame().fieldCaptures) {
        String path = Mentions.dotted(f);
        LocalSlot captured = path == null ? null : lookup(path);
        if (captured != null) {
          return new Place.InSlot(captured);
        }
      }
      Place base = autoDeref(place(f.base()));
      Val v = base.get();
      if (v instanceof Val.Struct s) {
        int i = s.shape.fieldIndex(f.name());
        if (i >= 0) {
          return new Place.InField(base, i, f.name(), s.shape.offsets()[i]);
        }
      }
      throw unsupported(f.span(), "the field access `" + text(f.span()) + "`");
    }
    if (e instanceof Expr.Index ix) {
      Place base = autoDeref(place(ix.base()));
      Val v = base.get();
      if (unparen(ix.index()) instanceof Expr.Range) {
        throw unsupported(ix.span(), "slicing (`" + text(ix.span()) + "`)");
      }
      if (!(v instanceof Val.VecBuf vec)) {
        throw unsupported(ix.span(), "indexing this value (`" + text(ix.span()) + "`)");
      }
      long i = ((Val.Int) hinted(IntKind.USIZE, ix.index(), "")).v();
      if (i < 0 || i >= vec.len()) {
        throw panic(
            "index out of bounds: the len is "
                + vec.len()
                + " but the index is "
                + Long.toUnsignedString(i),
            ix.span());
      }
      return new Place.InElem(vec.block, (int) i, vec.elemSize, base.label());
    }
    if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.DEREF) {
      Place inner = place(u.operand());
      Val v = inner.get();
      if (v instanceof Val.Ref r) {
        return r.place();
      }
      if (v instanceof Val.BoxPtr b) {
        return new Place.InBox(b.block, inner.label());
      }
      throw unsupported(u.span(), "dereferencing this value");
    }
    Val value = eval(e);
    return new Place.InSlot(temporary(value, e.span()));
  }

  /** Follows references and boxes, as field access, indexing and method calls do. */
  private static Place autoDeref(Place p) {
    while (true) {
      Val v = p.get();
      if (v instanceof Val.Ref r) {
        p = r.place();
      } else if (v instanceof Val.BoxPtr b) {
        p = new Place.InBox(b.block, p.label());
      } else {
        return p;
      }
    }
  }

  /** A value that is read where it is (printing, comparing, a method's {@code &self}). */
  private Val read(Expr e) {
    if (isPlace(e)) {
      return place(e).get();
    }
    Val v = eval(e);
    if (Types.needsDrop(v)) {
      temporary(v, e.span());
    }
    return v;
  }

  /** A value used by value: a place's Copy value is copied, any other is moved out of it. */
  private Val operand(Expr e, String dest) {
    e = unparen(e);
    if (!isPlace(e)) {
      return eval(e);
    }
    Place p = place(e);
    Val v = p.get();
    if (v == null) {
      throw unsupported(e.span(), "reading `" + text(e.span()) + "` before it is assigned");
    }
    if (Types.isCopy(v)) {
      return v.copy();
    }
    markMoved(p, dest);
    return v.copy();
  }

  private void markMoved(Place p, String dest) {
    if (p instanceof Place.InSlot in) {
      LocalSlot slot = in.slot();
      slot.state = LocalSlot.State.MOVED;
      slot.movedTo = dest;
      if (slot.loan) {
        slot.deadRef = true;
      }
      if (!slot.temp) {
        event(EventKind.MOVE, slot.name, dest, "", 0, slot.type);
      }
    } else if (p instanceof Place.InField f) {
      Val base = f.base().get();
      if (base instanceof Val.Struct s) {
        s.movedFields |= 1L << f.index();
      }
      event(EventKind.MOVE, p.label(), dest, "", 0, "");
    } else if (p instanceof Place.InBox b) {
      b.block().boxed = null;
      event(EventKind.MOVE, p.label(), dest, "", 0, "");
    }
  }

  // ---------------------------------------------------------------- expressions

  private Val eval(Expr e) {
    tick(e.span());
    if (e instanceof Expr.Path p) {
      return evalPath(p);
    }
    if (e instanceof Expr.Int i) {
      IntKind kind = literalKind(i);
      return new Val.Int(i.value().longValue(), kind);
    }
    if (e instanceof Expr.Binary b) {
      return evalBinary(b);
    }
    if (e instanceof Expr.MethodCall m) {
      return evalMethod(m);
    }
    if (e instanceof Expr.Call c) {
      return evalCall(c);
    }
    if (e instanceof Expr.Assign a) {
      return evalAssign(a);
    }
    if (e instanceof Expr.Field || e instanceof Expr.Index) {
      return operand(e, "");
    }
    if (e instanceof Expr.Unary u) {
      return evalUnary(u);
    }
    if (e instanceof Expr.Borrow b) {
      return new Val.Ref(place(b.operand()), b.mutable());
    }
    if (e instanceof Expr.Paren p) {
      return eval(p.inner());
    }
    if (e instanceof Expr.Block b) {
      return evalBlock(b, false);
    }
    if (e instanceof Expr.If i) {
      return evalIf(i);
    }
    if (e instanceof Expr.While w) {
      return evalWhile(w);
    }
    if (e instanceof Expr.Loop l) {
      return evalLoop(l);
    }
    if (e instanceof Expr.For f) {
      return evalFor(f);
    }
    if (e instanceof Expr.Break b) {
      throw new Signal.Break(b.value().isPresent() ? operand(b.value().get(), "") : Val.Unit.UNIT);
    }
    if (e instanceof Expr.Continue) {
      throw new Signal.Continue();
    }
    if (e instanceof Expr.Return r) {
      throw new Signal.Return(
          r.value().isPresent()
              ? hinted(frame().returnHint, r.value().get(), "return")
              : Val.Unit.UNIT);
    }
    if (e instanceof Expr.Float f) {
      return new Val.Flt(f.value());
    }
    if (e instanceof Expr.Bool b) {
      return Val.Bool.of(b.value());
    }
    if (e instanceof Expr.Char c) {
      return new Val.Chr(c.value());
    }
    if (e instanceof Expr.Str s) {
      Machine.StaticText t = machine.literal(s.value());
      return new Val.Str(s.value(), t.id(), 0);
    }
    if (e instanceof Expr.Unit) {
      return Val.Unit.UNIT;
    }
    if (e instanceof Expr.Cast c) {
      return evalCast(c);
    }
    if (e instanceof Expr.StructLit s) {
      return evalStructLit(s);
    }
    if (e instanceof Expr.FormatMacro f) {
      return evalFormatMacro(f);
    }
    if (e instanceof Expr.VecMacro v) {
      return evalVec(v);
    }
    if (e instanceof Expr.VecRepeatMacro v) {
      return evalVecRepeat(v);
    }
    if (e instanceof Expr.AssertMacro a) {
      return evalAssert(a);
    }
    if (e instanceof Expr.Closure c) {
      return makeClosure(c);
    }
    if (e instanceof Expr.Range r) {
      throw unsupported(r.span(), "ranges outside `for` loops");
    }
    throw unsupported(e.span(), "the expression `" + text(e.span()) + "`");
  }

  private Val evalPath(Expr.Path p) {
    List<Expr.PathSegment> segs = p.segments();
    if (segs.size() == 1) {
      String name = segs.get(0).name();
      if (lookup(name) != null) {
        return operand(p, "");
      }
      if (name.equals("None")) {
        return new Val.Opt(null, "_");
      }
    }
    String last = segs.get(segs.size() - 1).name();
    if (segs.size() >= 2) {
      String owner = segs.get(segs.size() - 2).name();
      Optional<IntKind> kind = IntKind.named(owner);
      if (kind.isPresent() && (last.equals("MAX") || last.equals("MIN"))) {
        IntKind k = kind.get();
        return new Val.Int(last.equals("MAX") ? k.maxAsLong() : k.minAsLong(), k);
      }
      if (owner.equals("f64") && last.equals("MAX")) {
        return new Val.Flt(Double.MAX_VALUE);
      }
      if (owner.equals("consts") && last.equals("PI")) {
        return new Val.Flt(Math.PI);
      }
    }
    throw unsupported(p.span(), "the path `" + text(p.span()) + "` as a value");
  }

  private Val evalIf(Expr.If i) {
    int mark = temps.size();
    Val cond = hinted(null, i.condition(), "");
    dropTemps(mark);
    if (((Val.Bool) cond).v()) {
      return evalBlock(i.then(), false);
    }
    if (i.otherwise().isPresent()) {
      return eval(i.otherwise().get());
    }
    return Val.Unit.UNIT;
  }

  private Val evalWhile(Expr.While w) {
    while (true) {
      tick(w.span());
      line = w.condition().span().line();
      int mark = temps.size();
      Val cond = hinted(null, w.condition(), "");
      dropTemps(mark);
      if (!((Val.Bool) cond).v()) {
        return Val.Unit.UNIT;
      }
      try {
        evalBlock(w.body(), false);
      } catch (Signal.Break b) {
        return Val.Unit.UNIT;
      } catch (Signal.Continue c) {
        // next turn
      }
    }
  }

  private Val evalLoop(Expr.Loop l) {
    while (true) {
      tick(l.span());
      try {
        evalBlock(l.body(), false);
      } catch (Signal.Break b) {
        return b.value;
      } catch (Signal.Continue c) {
        // next turn
      }
    }
  }

  private Val evalFor(Expr.For f) {
    Expr it = unparen(f.iterable());
    boolean reversed = false;
    if (it instanceof Expr.MethodCall m && m.method().equals("rev") && m.args().isEmpty()) {
      reversed = true;
      it = unparen(m.receiver());
    }
    if (it instanceof Expr.Range r) {
      if (r.start().isEmpty() || r.end().isEmpty()) {
        throw unsupported(r.span(), "open ranges in `for` loops");
      }
      Val.Int start = (Val.Int) eval(r.start().get());
      Val.Int end = (Val.Int) eval(r.end().get());
      IntKind kind = unify(start, end, r.start().get(), r.end().get());
      long from = start.v();
      long to = end.v();
      boolean wide = kind.wide();
      long count;
      if (r.inclusive()) {
        if (kind.compare(from, to) > 0) {
          return Val.Unit.UNIT;
        }
        count = to - from + 1;
      } else {
        if (kind.compare(from, to) >= 0) {
          return Val.Unit.UNIT;
        }
        count = to - from;
      }
      for (long n = 0; wide ? Long.compareUnsigned(n, count) < 0 : n < count; n++) {
        long value = reversed ? (r.inclusive() ? to : to - 1) - n : from + n;
        if (!iteration(f, new Val.Int(value, kind))) {
          break;
        }
      }
      return Val.Unit.UNIT;
    }
    if (reversed) {
      throw unsupported(f.iterable().span(), "`.rev()` on anything but a range");
    }
    boolean mut = false;
    Expr source = null;
    if (it instanceof Expr.Borrow b) {
      source = b.operand();
      mut = b.mutable();
    } else if (it instanceof Expr.MethodCall m
        && (m.method().equals("iter") || m.method().equals("iter_mut"))
        && m.args().isEmpty()) {
      source = m.receiver();
      mut = m.method().equals("iter_mut");
    } else if (it instanceof Expr.MethodCall m
        && m.method().equals("chars")
        && m.args().isEmpty()) {
      String s =
          Printer.deref(read(m.receiver())) instanceof Val.StrBuf buf
              ? buf.text()
              : strText(read(m.receiver()));
      int[] cps = s.codePoints().toArray();
      for (int cp : cps) {
        if (!iteration(f, new Val.Chr(cp))) {
          break;
        }
      }
      return Val.Unit.UNIT;
    } else if (it instanceof Expr.MethodCall m
        && m.method().equals("into_iter")
        && m.args().isEmpty()) {
      it = m.receiver();
    }
    if (source != null) {
      Place p = autoDeref(place(source));
      if (!(p.get() instanceof Val.VecBuf vec)) {
        throw unsupported(f.iterable().span(), "iterating over this value");
      }
      for (int i = 0; i < vec.len(); i++) {
        if (!iteration(
            f, new Val.Ref(new Place.InElem(vec.block, i, vec.elemSize, p.label()), mut))) {
          break;
        }
      }
      return Val.Unit.UNIT;
    }
    String label = text(it.span());
    Val v = operand(it, "for");
    if (v instanceof Val.Ref ref && Printer.deref(ref) instanceof Val.VecBuf vec) {
      for (int i = 0; i < vec.len(); i++) {
        Place elem = new Place.InElem(vec.block, i, vec.elemSize, label);
        if (!iteration(f, new Val.Ref(elem, ref.mut()))) {
          break;
        }
      }
      return Val.Unit.UNIT;
    }
    if (!(v instanceof Val.VecBuf vec)) {
      throw unsupported(f.iterable().span(), "iterating over this value");
    }
    // The loop owns the buffer now: each element moves out in turn; what is left is dropped.
    int next = 0;
    try {
      while (next < vec.len()) {
        Val elem = vec.block.elems.get(next);
        vec.block.elems.set(next, null);
        next++;
        if (!iteration(f, elem)) {
          break;
        }
      }
    } finally {
      if (vec.block != null && !vec.block.freed) {
        for (int i = next; i < vec.len(); i++) {
          if (Types.needsDrop(vec.block.elems.get(i))) {
            dropValue(new Place.InElem(vec.block, i, vec.elemSize, label), label + "[" + i + "]");
          }
        }
        free(vec.block, label);
      }
    }
    return Val.Unit.UNIT;
  }

  /** One turn of a {@code for} loop; false when the body breaks. */
  private boolean iteration(Expr.For f, Val item) {
    tick(f.span());
    Activation frame = frame();
    int mark = frame.slots.size();
    frame.scope++;
    try {
      if (f.pat() instanceof Pat.Ident id) {
        LocalSlot slot = declare(id.name(), Types.name(item), Types.size(item), f.span().line());
        slot.value = item;
        slot.state = LocalSlot.State.LIVE;
      } else if (Types.needsDrop(item)) {
        temporary(item, f.pat().span());
      }
      try {
        evalBlock(f.body(), false);
      } catch (Signal.Break b) {
        return false;
      } catch (Signal.Continue c) {
        // next turn
      }
      return true;
    } finally {
      line = f.body().span().endLine();
      dropScope(frame, mark);
      frame.scope--;
    }
  }

  private Val evalUnary(Expr.Unary u) {
    if (u.op() == Expr.UnaryOp.DEREF) {
      return operand(u, "");
    }
    Val v = eval(u.operand());
    if (u.op() == Expr.UnaryOp.NOT) {
      if (v instanceof Val.Bool b) {
        return Val.Bool.of(!b.v());
      }
      Val.Int i = (Val.Int) v;
      return new Val.Int(i.kind().wrap(~i.v()), i.kind());
    }
    if (v instanceof Val.Flt f) {
      return new Val.Flt(-f.v());
    }
    Val.Int i = (Val.Int) v;
    if (i.kind().signed()
        && i.v() == i.kind().minAsLong()
        && !(unparen(u.operand()) instanceof Expr.Int)) {
      throw panic("attempt to negate with overflow", u.span());
    }
    return new Val.Int(-i.v(), i.kind());
  }

  private IntKind unify(Val.Int a, Val.Int b, Expr left, Expr right) {
    if (a.kind() == b.kind()) {
      return a.kind();
    }
    if (isLiteral(left)) {
      return b.kind();
    }
    if (isLiteral(right)) {
      return a.kind();
    }
    return a.kind() == IntKind.I32 ? b.kind() : a.kind();
  }

  private static boolean isLiteral(Expr e) {
    e = unparen(e);
    if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEG) {
      e = unparen(u.operand());
    }
    return e instanceof Expr.Int i && i.suffix().isEmpty();
  }

  private Val evalBinary(Expr.Binary b) {
    Expr.BinaryOp op = b.op();
    if (op == Expr.BinaryOp.AND || op == Expr.BinaryOp.OR) {
      boolean left = ((Val.Bool) eval(b.left())).v();
      if (op == Expr.BinaryOp.AND ? !left : left) {
        return Val.Bool.of(left);
      }
      return Val.Bool.of(((Val.Bool) eval(b.right())).v());
    }
    if (op == Expr.BinaryOp.ADD && !isPlace(b.left()) && !(b.left() instanceof Expr.Int)) {
      // String + &str consumes the left String; evaluate it by value.
      Val left = eval(b.left());
      if (left instanceof Val.StrBuf s) {
        pushStr(s, strText(read(b.right())));
        return s;
      }
      return arith(op, left, eval(b.right()), b);
    }
    if (op == Expr.BinaryOp.ADD && isPlace(b.left())) {
      Val peek = place(b.left()).get();
      if (peek instanceof Val.StrBuf) {
        Val.StrBuf s = (Val.StrBuf) operand(b.left(), "+");
        pushStr(s, strText(read(b.right())));
        return s;
      }
    }
    if (op.isComparison()) {
      IntKind saved = intHint;
      try {
        intHint = null;
        Val left = read(b.left());
        intHint = Printer.deref(left) instanceof Val.Int li ? li.kind() : null;
        Val right = read(b.right());
        return arith(op, left, right, b);
      } finally {
        intHint = saved;
      }
    }
    Val left = eval(b.left());
    if (op == Expr.BinaryOp.SHL || op == Expr.BinaryOp.SHR) {
      IntKind saved = intHint;
      intHint = null;
      try {
        return arith(op, left, eval(b.right()), b);
      } finally {
        intHint = saved;
      }
    }
    return arith(op, left, eval(b.right()), b);
  }

  private Val arith(Expr.BinaryOp op, Val left, Val right, Expr.Binary b) {
    Val l = Printer.deref(left);
    Val r = Printer.deref(right);
    if (op.isComparison()) {
      int c = compare(l, r, b);
      return Val.Bool.of(
          switch (op) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            default -> c >= 0;
          });
    }
    if (l instanceof Val.Int x && r instanceof Val.Int y) {
      IntKind kind =
          op == Expr.BinaryOp.SHL || op == Expr.BinaryOp.SHR
              ? x.kind()
              : unify(x, y, b.left(), b.right());
      return new Val.Int(intOp(op, kind, x.v(), y.v(), b.span()), kind);
    }
    if (l instanceof Val.Flt x && r instanceof Val.Flt y) {
      double v =
          switch (op) {
            case ADD -> x.v() + y.v();
            case SUB -> x.v() - y.v();
            case MUL -> x.v() * y.v();
            case DIV -> x.v() / y.v();
            case REM -> x.v() % y.v();
            default -> throw unsupported(b.span(), "`" + op.symbol() + "` on f64");
          };
      return new Val.Flt(v);
    }
    if (l instanceof Val.Bool x && r instanceof Val.Bool y) {
      return Val.Bool.of(
          switch (op) {
            case BIT_AND -> x.v() & y.v();
            case BIT_OR -> x.v() | y.v();
            case BIT_XOR -> x.v() ^ y.v();
            default -> throw unsupported(b.span(), "`" + op.symbol() + "` on bool");
          });
    }
    throw unsupported(b.span(), "the operator `" + op.symbol() + "` on these values");
  }

  private long intOp(Expr.BinaryOp op, IntKind kind, long a, long b, Span at) {
    switch (op) {
      case ADD -> {
        if (kind.addOverflows(a, b)) {
          throw panic("attempt to add with overflow", at);
        }
        return a + b;
      }
      case SUB -> {
        if (kind.subOverflows(a, b)) {
          throw panic("attempt to subtract with overflow", at);
        }
        return a - b;
      }
      case MUL -> {
        if (kind.mulOverflows(a, b)) {
          throw panic("attempt to multiply with overflow", at);
        }
        return a * b;
      }
      case DIV -> {
        if (b == 0) {
          throw panic("attempt to divide by zero", at);
        }
        if (kind.signed() && a == kind.minAsLong() && b == -1) {
          throw panic("attempt to divide with overflow", at);
        }
        return kind.wide() ? Long.divideUnsigned(a, b) : a / b;
      }
      case REM -> {
        if (b == 0) {
          throw panic("attempt to calculate the remainder with a divisor of zero", at);
        }
        if (kind.signed() && a == kind.minAsLong() && b == -1) {
          throw panic("attempt to calculate the remainder with overflow", at);
        }
        return kind.wide() ? Long.remainderUnsigned(a, b) : a % b;
      }
      case BIT_AND -> {
        return a & b;
      }
      case BIT_OR -> {
        return a | b;
      }
      case BIT_XOR -> {
        return a ^ b;
      }
      case SHL -> {
        if (b < 0 || b >= kind.bits()) {
          throw panic("attempt to shift left with overflow", at);
        }
        return kind.wrap(a << b);
      }
      case SHR -> {
        if (b < 0 || b >= kind.bits()) {
          throw panic("attempt to shift right with overflow", at);
        }
        return kind.signed() ? a >> b : a >>> b;
      }
      default -> throw new IllegalStateException(op.toString());
    }
  }

  private int compare(Val l, Val r, Expr.Binary b) {
    if (l instanceof Val.Int x && r instanceof Val.Int y) {
      return unify(x, y, b.left(), b.right()).compare(x.v(), y.v());
    }
    if (l instanceof Val.Flt x && r instanceof Val.Flt y) {
      if (Double.isNaN(x.v()) || Double.isNaN(y.v())) {
        return b.op() == Expr.BinaryOp.NE ? 1 : 2;
      }
      return Double.compare(x.v() == 0 ? 0.0 : x.v(), y.v() == 0 ? 0.0 : y.v());
    }
    if (l instanceof Val.Bool x && r instanceof Val.Bool y) {
      return Boolean.compare(x.v(), y.v());
    }
    if (l instanceof Val.Chr x && r instanceof Val.Chr y) {
      return Integer.compare(x.cp(), y.cp());
    }
    if (isText(l) && isText(r)) {
      return strText(l).compareTo(strText(r));
    }
    if (l instanceof Val.Opt x && r instanceof Val.Opt y) {
      if (!x.some() || !y.some()) {
        return Boolean.compare(x.some(), y.some());
      }
      return compare(Printer.deref(x.value), Printer.deref(y.value), b);
    }
    if (l instanceof Val.VecBuf x && r instanceof Val.VecBuf y) {
      int n = Math.min(x.len(), y.len());
      for (int i = 0; i < n; i++) {
        int c = compare(Printer.deref(x.elems().get(i)), Printer.deref(y.elems().get(i)), b);
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(x.len(), y.len());
    }
    throw unsupported(b.span(), "comparing these values with `" + b.op().symbol() + "`");
  }

  private static boolean isText(Val v) {
    return v instanceof Val.Str || v instanceof Val.StrBuf;
  }

  private static String strText(Val v) {
    Val d = Printer.deref(v);
    if (d instanceof Val.Str s) {
      return s.text();
    }
    if (d instanceof Val.StrBuf s) {
      return s.text();
    }
    if (d instanceof Val.Chr c) {
      return new String(Character.toChars(c.cp()));
    }
    throw new IllegalStateException("not text: " + d);
  }

  private Val evalAssign(Expr.Assign a) {
    Expr target = a.target();
    String label = text(target.span());
    if (a.op().isPresent()) {
      Expr.BinaryOp op = a.op().get();
      IntKind hint = null;
      if (unparen(target) instanceof Expr.Path tp && tp.segments().size() == 1) {
        LocalSlot slot = lookup(tp.segments().get(0).name());
        if (slot != null && Printer.deref(slot.value) instanceof Val.Int ti) {
          hint = ti.kind();
        }
      }
      Val rhs = hinted(hint, a.value(), "");
      Place p = place(target);
      Val old = p.get();
      if (old instanceof Val.StrBuf s && op == Expr.BinaryOp.ADD) {
        pushStr(s, strText(rhs));
        return Val.Unit.UNIT;
      }
      Val r = Printer.deref(rhs);
      if (old instanceof Val.Int x && r instanceof Val.Int y) {
        IntKind kind = x.kind() == y.kind() || isLiteral(a.value()) ? x.kind() : x.kind();
        p.set(new Val.Int(intOp(op, kind, x.v(), y.v(), a.span()), kind));
      } else if (old instanceof Val.Flt x && r instanceof Val.Flt y) {
        p.set(
            new Val.Flt(
                switch (op) {
                  case ADD -> x.v() + y.v();
                  case SUB -> x.v() - y.v();
                  case MUL -> x.v() * y.v();
                  case DIV -> x.v() / y.v();
                  default -> x.v() % y.v();
                }));
      } else if (old instanceof Val.Bool x && r instanceof Val.Bool y) {
        p.set(
            Val.Bool.of(
                switch (op) {
                  case BIT_AND -> x.v() & y.v();
                  case BIT_OR -> x.v() | y.v();
                  default -> x.v() ^ y.v();
                }));
      } else {
        throw unsupported(a.span(), "`" + op.symbol() + "=` on these values");
      }
      event(EventKind.ASSIGN, label, "", "", 0, "");
      return Val.Unit.UNIT;
    }
    Expr value = unparen(a.value());
    Val v;
    String loanOf = null;
    if (value instanceof Expr.Borrow b && isPlace(b.operand())) {
      Place borrowed = place(b.operand());
      v = new Val.Ref(borrowed, b.mutable());
      loanOf = borrowed.label();
    } else {
      IntKind hint = null;
      if (unparen(target) instanceof Expr.Path tp && tp.segments().size() == 1) {
        LocalSlot slot = lookup(tp.segments().get(0).name());
        hint = slot == null ? null : hintFor(slot.type);
      } else if (unparen(target) instanceof Expr.Unary u && u.op() == Expr.UnaryOp.DEREF) {
        hint = null;
      }
      v = hinted(hint, value, label);
    }
    Place p = place(target);
    Val old = p.get();
    boolean live = true;
    if (p instanceof Place.InSlot in) {
      live = in.slot().state == LocalSlot.State.LIVE;
      if (!in.slot().type.equals("_")) {
        v = coerce(v, in.slot().type);
      } else {
        in.slot().type = Types.name(v);
        in.slot().size = Types.size(v);
      }
    } else if (p instanceof Place.InField f && f.base().get() instanceof Val.Struct s) {
      live = !s.fieldMoved(f.index());
      v = coerce(v, s.shape.fieldTypes().get(f.index()));
    }
    if (live && old != null && Types.needsDrop(old)) {
      event(EventKind.DROP, label, "", "", 0, Types.name(old));
      dropValue(p, label);
    }
    p.set(v);
    if (p instanceof Place.InSlot in) {
      LocalSlot slot = in.slot();
      slot.state = LocalSlot.State.LIVE;
      slot.movedTo = "";
      if (loanOf == null && !(v instanceof Val.Ref)) {
        List<Val> held = new ArrayList<>();
        refsIn(v, held);
        slot.deadRef &= held.isEmpty();
      }
      if (loanOf != null) {
        slot.deadRef = false;
        slot.loan = true;
        event(
            ((Val.Ref) v).mut() ? EventKind.BORROW_MUT : EventKind.BORROW_SHARED,
            loanOf,
            slot.name,
            "",
            0,
            slot.type);
      }
    }
    event(EventKind.ASSIGN, label, "", "", 0, "");
    return Val.Unit.UNIT;
  }

  private Val evalCast(Expr.Cast c) {
    Val v = Printer.deref(hinted(null, c.operand(), ""));
    String to = Items.typeText(c.type(), null);
    Optional<IntKind> kind = IntKind.named(to);
    if (kind.isPresent()) {
      IntKind k = kind.get();
      if (v instanceof Val.Int i) {
        return new Val.Int(k.wrap(i.v()), k);
      }
      if (v instanceof Val.Flt f) {
        return new Val.Int(k.fromDouble(f.v()), k);
      }
      if (v instanceof Val.Chr ch) {
        return new Val.Int(k.wrap(ch.cp()), k);
      }
      if (v instanceof Val.Bool b) {
        return new Val.Int(b.v() ? 1 : 0, k);
      }
    }
    if (to.equals("f64") || to.equals("f32")) {
      if (v instanceof Val.Int i) {
        return new Val.Flt(i.kind().toDouble(i.v()));
      }
      if (v instanceof Val.Flt f) {
        return to.equals("f32") ? new Val.Flt((float) f.v()) : f;
      }
    }
    if (to.equals("char") && v instanceof Val.Int i && i.kind() == IntKind.U8) {
      return new Val.Chr((int) i.v());
    }
    throw unsupported(c.span(), "the cast `" + text(c.span()) + "`");
  }

  /** Adapts an integer literal's value, or a {@code &String}, to the type it is stored as. */
  private Val coerce(Val v, String type) {
    if (v instanceof Val.Int i) {
      Optional<IntKind> kind = IntKind.named(type);
      if (kind.isPresent() && kind.get() != i.kind()) {
        return new Val.Int(i.v(), kind.get());
      }
      return v;
    }
    if (type.equals("&str") && v instanceof Val.Ref r) {
      Val target = Printer.deref(r);
      if (target instanceof Val.StrBuf s) {
        return new Val.Str(s.text(), s.block == null ? "" : s.block.id, 0);
      }
      if (target instanceof Val.Str s) {
        return s;
      }
    }
    if (type.startsWith("Vec<") && v instanceof Val.VecBuf vec && vec.elemType.equals("_")) {
      vec.elemType = type.substring(4, type.length() - 1);
      vec.elemSize = (int) Types.sizeOfName(vec.elemType);
      if (items.structs.containsKey(vec.elemType)) {
        vec.elemSize = (int) items.shape(vec.elemType).size();
      }
      if (vec.block != null) {
        machine.heapBytes += vec.block.capacity * vec.elemSize - vec.block.size;
        vec.block.size = vec.block.capacity * vec.elemSize;
      }
    }
    if (type.startsWith("Option<") && v instanceof Val.Opt o && !o.some()) {
      return new Val.Opt(null, type.substring(7, type.length() - 1));
    }
    return v;
  }

  private Val evalStructLit(Expr.StructLit s) {
    String name = s.path().segments().get(s.path().segments().size() - 1).name();
    if (name.equals("Self")) {
      name = frame().selfType;
    }
    if (!items.structs.containsKey(name)) {
      throw unsupported(s.span(), "the struct literal `" + name + "`");
    }
    StructShape shape = items.shape(name);
    Val[] fields = new Val[shape.fieldNames().size()];
    for (Expr.FieldInit init : s.fields()) {
      int i = shape.fieldIndex(init.name());
      Val v = hinted(hintFor(shape.fieldTypes().get(i)), init.value(), name + "." + init.name());
      fields[i] = coerce(v, shape.fieldTypes().get(i));
    }
    return new Val.Struct(shape, fields);
  }

  // ---------------------------------------------------------------- calls

  private Val evalCall(Expr.Call c) {
    Expr callee = unparen(c.callee());
    if (!(callee instanceof Expr.Path p)) {
      throw unsupported(c.span(), "calling `" + text(callee.span()) + "`");
    }
    List<Expr.PathSegment> segs = p.segments();
    String last = segs.get(segs.size() - 1).name();
    String owner = segs.size() >= 2 ? segs.get(segs.size() - 2).name() : "";
    if (owner.equals("Self")) {
      owner = frame().selfType;
    }
    if (segs.size() == 1) {
      Item.Fn fn = items.functions.get(last);
      if (fn != null) {
        return callUser(fn, null, c.args(), c.span(), last);
      }
      if (last.equals("drop") && c.args().size() == 1) {
        return explicitDrop(c.args().get(0));
      }
      if (last.equals("Some") && c.args().size() == 1) {
        Val v = operand(c.args().get(0), "Some");
        return new Val.Opt(v, Types.name(v));
      }
    }
    if (owner.equals("mem") && last.equals("drop") && c.args().size() == 1) {
      return explicitDrop(c.args().get(0));
    }
    if (owner.equals("thread") && last.equals("spawn") && c.args().size() == 1) {
      return spawn(c);
    }
    if (items.structs.containsKey(owner) || items.methods.containsKey(owner)) {
      Optional<Item.Fn> fn = items.method(owner, last);
      if (fn.isPresent()) {
        Item.Fn f = fn.get();
        if (f.self().isPresent()) {
          // Type::method(recv, args): the receiver is the first argument.
          Val self = operand(c.args().get(0), owner + "::" + last);
          return callUser(
              f, self, c.args().subList(1, c.args().size()), c.span(), owner + "::" + last);
        }
        return callUser(f, null, c.args(), c.span(), owner + "::" + last);
      }
    }
    List<Expr> args = c.args();
    switch (owner + "::" + last) {
      case "String::from", "String::new", "String::with_capacity" -> {
        return switch (last) {
          case "from" -> {
            String s = strText(read(args.get(0)));
            yield newString(s, utf8(s));
          }
          case "new" -> new Val.StrBuf(null);
          default -> newString("", ((Val.Int) hinted(IntKind.USIZE, args.get(0), "")).v());
        };
      }
      case "Vec::new", "Vec::with_capacity" -> {
        List<dev.memoria.simulator.rust.syntax.TypeExpr> generics =
            segs.get(segs.size() - 2).generics();
        String elemType =
            generics.isEmpty() ? "_" : Items.typeText(generics.get(0), frame().selfType);
        int elemSize = elemType.equals("_") ? 0 : (int) sizeOfTypeName(elemType);
        Val.VecBuf vec = new Val.VecBuf(null, elemType, elemSize);
        if (last.equals("with_capacity")) {
          long n = ((Val.Int) hinted(IntKind.USIZE, args.get(0), "")).v();
          if (n > 0) {
            vec.block =
                alloc(HeapBlock.Use.VEC, "Vec<" + elemType + ">", n, n * Math.max(elemSize, 0));
          }
        }
        return vec;
      }
      case "Box::new" -> {
        Val v = operand(args.get(0), "Box::new");
        String inner = Types.name(v);
        HeapBlock block = alloc(HeapBlock.Use.BOX, "Box<" + inner + ">", 1, Types.size(v));
        block.boxed = v;
        return new Val.BoxPtr(block, inner);
      }
      default -> {
        throw unsupported(c.span(), "the function `" + text(callee.span()) + "`");
      }
    }
  }

  private long sizeOfTypeName(String type) {
    return items.structs.containsKey(type) ? items.shape(type).size() : Types.sizeOfName(type);
  }

  private Val explicitDrop(Expr arg) {
    String label = text(arg.span());
    Val v = operand(arg, "drop(" + label + ")");
    if (Types.needsDrop(v)) {
      event(EventKind.DROP, label, "", "", 0, Types.name(v));
      dropValue(
          new Place.Loose(
              new Val[] {v}, 0, label, new dev.memoria.simulator.trace.Value.Target("", "", 0)),
          label);
    }
    return Val.Unit.UNIT;
  }

  private Val callUser(Item.Fn fn, Val self, List<Expr> argExprs, Span at, String name) {
    List<Val> args = new ArrayList<>(argExprs.size());
    List<String> loans = new ArrayList<>(argExprs.size());
    String selfType = implType(fn);
    for (int i = 0; i < argExprs.size(); i++) {
      Item.Param param = fn.params().get(i);
      Expr arg = unparen(argExprs.get(i));
      String paramName = param.pat() instanceof Pat.Ident id ? id.name() : "_";
      String type = Items.typeText(param.type(), selfType);
      IntKind savedHint = intHint;
      intHint = hintFor(type);
      Val v;
      String loan = null;
      if (param.type() instanceof TypeExpr.Ref) {
        if (arg instanceof Expr.Borrow b) {
          Place p = place(b.operand());
          v = new Val.Ref(p, b.mutable());
          loan = p.label();
        } else if (isPlace(arg)) {
          // A reference passed on is reborrowed, not moved.
          v = place(arg).get();
        } else {
          v = eval(arg);
        }
      } else {
        v = operand(arg, name + "(" + paramName + ")");
      }
      intHint = savedHint;
      args.add(coerce(v, type));
      loans.add(loan);
    }
    return callFunction(fn, self, args, loans, at, name);
  }

  private Val evalMethod(Expr.MethodCall m) {
    String name = m.method();
    Expr recv = m.receiver();
    // Peek at the receiver's type without moving it.
    Val peek;
    Place recvPlace = null;
    if (isPlace(recv)) {
      recvPlace = autoDeref(place(recv));
      peek = recvPlace.get();
    } else {
      peek = null;
    }
    if (peek instanceof Val.Struct s) {
      Optional<Item.Fn> fn = items.method(s.shape.name(), name);
      if (fn.isPresent()) {
        return callMethod(fn.get(), s.shape.name(), recvPlace, recv, m);
      }
    }
    if (peek == null) {
      Val v = eval(recv);
      Val d = Printer.deref(v);
      if (d instanceof Val.Struct s) {
        Optional<Item.Fn> fn = items.method(s.shape.name(), name);
        if (fn.isPresent()) {
          Place p;
          if (v instanceof Val.Ref || v instanceof Val.BoxPtr) {
            Place holder = new Place.InSlot(temporary(v, recv.span()));
            p = autoDeref(holder);
          } else if (fn.get().self().get().kind() == Item.SelfKind.VALUE
              || fn.get().self().get().kind() == Item.SelfKind.MUT_VALUE) {
            return callUser(fn.get(), v, m.args(), m.span(), s.shape.name() + "::" + name);
          } else {
            p = new Place.InSlot(temporary(v, recv.span()));
          }
          return callMethod(fn.get(), s.shape.name(), p, recv, m);
        }
      }
      recvPlace = autoDeref(new Place.InSlot(temporary(v, recv.span())));
      peek = recvPlace.get();
    }
    return builtinMethod(m, recv, recvPlace, peek);
  }

  private Val callMethod(Item.Fn fn, String type, Place recvPlace, Expr recv, Expr.MethodCall m) {
    Item.SelfKind kind = fn.self().get().kind();
    String display = type + "::" + m.method();
    Val self =
        switch (kind) {
          case REF -> new Val.Ref(recvPlace, false);
          case REF_MUT -> new Val.Ref(recvPlace, true);
          default -> {
            Val v = recvPlace.get();
            if (Types.isCopy(v)) {
              yield v.copy();
            }
            markMoved(recvPlace, display + "(self)");
            yield v.copy();
          }
        };
    return callUser(fn, self, m.args(), m.span(), display);
  }

  private Val builtinMethod(Expr.MethodCall m, Expr recv, Place p, Val v) {
    String name = m.method();
    List<Expr> args = m.args();
    Span at = m.span();
    if (name.equals("clone") && args.isEmpty()) {
      return deepClone(v, text(recv.span()));
    }
    if (v instanceof Val.StrBuf s) {
      switch (name) {
        case "len":
          return usize(s.len());
        case "capacity":
          return usize(s.cap());
        case "is_empty":
          return Val.Bool.of(s.len() == 0);
        case "push_str":
          {
            String add = strText(read(args.get(0)));
            withOwner(p.label(), () -> pushStr(s, add));
            return Val.Unit.UNIT;
          }
        case "push":
          {
            String add = strText(eval(args.get(0)));
            withOwner(p.label(), () -> pushStr(s, add));
            return Val.Unit.UNIT;
          }
        case "as_str":
          return new Val.Str(s.text(), s.block == null ? "" : s.block.id, 0);
        case "to_string":
        case "to_owned":
          return newString(s.text(), s.len());
        case "clear":
          if (s.block != null) {
            s.block.text.setLength(0);
            s.block.byteLen = 0;
          }
          return Val.Unit.UNIT;
        case "contains":
          return Val.Bool.of(s.text().contains(strText(read(args.get(0)))));
        default:
          break;
      }
    }
    if (v instanceof Val.Str s) {
      switch (name) {
        case "len":
          return usize(utf8(s.text()));
        case "is_empty":
          return Val.Bool.of(s.text().isEmpty());
        case "to_string":
        case "to_owned":
          return newString(s.text(), utf8(s.text()));
        case "contains":
          return Val.Bool.of(s.text().contains(strText(read(args.get(0)))));
        default:
          break;
      }
    }
    if (v instanceof Val.VecBuf vec) {
      switch (name) {
        case "len":
          return usize(vec.len());
        case "capacity":
          return usize(vec.cap());
        case "is_empty":
          return Val.Bool.of(vec.len() == 0);
        case "push":
          {
            String label = p.label() + "[" + vec.len() + "]";
            Val elem = hinted(hintFor(vec.elemType), args.get(0), label);
            if (!vec.elemType.equals("_")) {
              elem = coerce(elem, vec.elemType);
            }
            Val pushed = elem;
            withOwner(p.label(), () -> pushElem(vec, pushed));
            return Val.Unit.UNIT;
          }
        case "pop":
          {
            if (vec.len() == 0) {
              return new Val.Opt(null, vec.elemType);
            }
            Val last = vec.block.elems.remove(vec.len() - 1);
            return new Val.Opt(last, vec.elemType);
          }
        case "contains":
          {
            Val needle = Printer.deref(read(args.get(0)));
            for (Val e : vec.elems()) {
              if (equal(Printer.deref(e), needle)) {
                return Val.Bool.TRUE;
              }
            }
            return Val.Bool.FALSE;
          }
        case "get":
          {
            long i = ((Val.Int) eval(args.get(0))).v();
            if (i < 0 || i >= vec.len()) {
              return new Val.Opt(null, "&" + vec.elemType);
            }
            return new Val.Opt(
                new Val.Ref(new Place.InElem(vec.block, (int) i, vec.elemSize, p.label()), false),
                "&" + vec.elemType);
          }
        default:
          break;
      }
    }
    if (v instanceof Val.Opt o) {
      boolean result = o.innerType.equals(THREAD_RESULT);
      switch (name) {
        case "unwrap":
          if (!o.some()) {
            throw panic(
                result
                    ? "called `Result::unwrap()` on an `Err` value: Any { .. }"
                    : "called `Option::unwrap()` on a `None` value",
                m.methodSpan().to(at));
          }
          takeOut(p, recv);
          return o.value;
        case "expect":
          if (!o.some()) {
            String message = strText(read(args.get(0)));
            throw panic(result ? message + ": Any { .. }" : message, m.methodSpan().to(at));
          }
          takeOut(p, recv);
          return o.value;
        case "is_some":
          return Val.Bool.of(o.some());
        case "is_none":
          return Val.Bool.of(!o.some());
        case "unwrap_or":
          {
            Val fallback = operand(args.get(0), "");
            if (o.some()) {
              takeOut(p, recv);
              return o.value;
            }
            return fallback;
          }
        default:
          break;
      }
    }
    if (v instanceof Val.Handle h && name.equals("join")) {
      takeOut(p, recv);
      return join(h);
    }
    if (v instanceof Val.Int i) {
      switch (name) {
        case "abs":
          if (i.kind().signed() && i.v() == i.kind().minAsLong()) {
            throw panic("attempt to negate with overflow", at);
          }
          return new Val.Int(Math.abs(i.v()), i.kind());
        case "pow":
          {
            long exp = ((Val.Int) hinted(IntKind.U32, args.get(0), "")).v();
            long r = 1;
            for (long k = 0; k < exp; k++) {
              if (i.kind().mulOverflows(r, i.v())) {
                throw panic("attempt to multiply with overflow", at);
              }
              r *= i.v();
            }
            return new Val.Int(r, i.kind());
          }
        case "min":
        case "max":
          {
            Val.Int o = (Val.Int) Printer.deref(eval(args.get(0)));
            int c = i.kind().compare(i.v(), o.v());
            return name.equals("min")
                ? (c <= 0 ? i : new Val.Int(o.v(), i.kind()))
                : (c >= 0 ? i : new Val.Int(o.v(), i.kind()));
          }
        case "to_string":
          {
            String s = i.kind().text(i.v());
            return newString(s, utf8(s));
          }
        default:
          break;
      }
    }
    if (v instanceof Val.Flt f) {
      switch (name) {
        case "sqrt":
          return new Val.Flt(Math.sqrt(f.v()));
        case "abs":
          return new Val.Flt(Math.abs(f.v()));
        case "floor":
          return new Val.Flt(Math.floor(f.v()));
        case "ceil":
          return new Val.Flt(Math.ceil(f.v()));
        case "round":
          return new Val.Flt(f.v() < 0 ? -Math.floor(-f.v() + 0.5) : Math.floor(f.v() + 0.5));
        case "powi":
          return new Val.Flt(Math.pow(f.v(), ((Val.Int) eval(args.get(0))).v()));
        case "to_string":
          {
            String s = Printer.floatDisplay(f.v());
            return newString(s, utf8(s));
          }
        default:
          break;
      }
    }
    if ((v instanceof Val.Chr || v instanceof Val.Bool) && name.equals("to_string")) {
      StringBuilder out = new StringBuilder();
      Printer.display(v, out);
      return newString(out.toString(), utf8(out.toString()));
    }
    throw unsupported(at, "the method `" + name + "` here (`" + text(at) + "`)");
  }

  private static final String THREAD_RESULT = "thread::Result";

  /** A consuming method ({@code unwrap}, {@code join}) moves its receiver out of a named place. */
  private void takeOut(Place p, Expr recv) {
    if (isPlace(recv) && p instanceof Place.InSlot in && !in.slot().temp) {
      LocalSlot slot = in.slot();
      slot.state = LocalSlot.State.MOVED;
      slot.movedTo = "";
    } else if (p instanceof Place.InSlot in && in.slot().temp) {
      in.slot().state = LocalSlot.State.MOVED;
    }
  }

  private boolean equal(Val a, Val b) {
    if (a instanceof Val.Int x && b instanceof Val.Int y) {
      return x.v() == y.v();
    }
    if (isText(a) && isText(b)) {
      return strText(a).equals(strText(b));
    }
    if (a instanceof Val.Flt x && b instanceof Val.Flt y) {
      return x.v() == y.v();
    }
    if (a instanceof Val.Chr x && b instanceof Val.Chr y) {
      return x.cp() == y.cp();
    }
    if (a instanceof Val.Bool x && b instanceof Val.Bool y) {
      return x.v() == y.v();
    }
    return false;
  }

  private void withOwner(String owner, Runnable action) {
    String saved = allocHint;
    allocHint = owner;
    try {
      action.run();
    } finally {
      allocHint = saved;
    }
  }

  private static Val.Int usize(long v) {
    return new Val.Int(v, IntKind.USIZE);
  }

  /** {@code clone()}: a deep copy with new heap blocks; Clone of String and Vec sets cap = len. */
  private Val deepClone(Val value, String label) {
    Val v = value instanceof Val.Ref r ? r.place().get() : value;
    if (v instanceof Val.StrBuf s) {
      return newString(s.text(), s.len());
    }
    if (v instanceof Val.VecBuf vec) {
      Val.VecBuf copy = new Val.VecBuf(null, vec.elemType, vec.elemSize);
      if (vec.len() > 0) {
        copy.block =
            alloc(
                HeapBlock.Use.VEC,
                "Vec<" + vec.elemType + ">",
                vec.len(),
                (long) vec.len() * vec.elemSize);
        for (Val e : vec.elems()) {
          copy.block.elems.add(deepClone(e, label));
        }
      }
      return copy;
    }
    if (v instanceof Val.BoxPtr b) {
      Val inner = deepClone(b.block.boxed, label);
      HeapBlock block = alloc(HeapBlock.Use.BOX, b.block.kind, 1, b.block.size);
      block.boxed = inner;
      return new Val.BoxPtr(block, b.innerType);
    }
    if (v instanceof Val.Struct s) {
      Val[] fields = new Val[s.fields.length];
      for (int i = 0; i < fields.length; i++) {
        fields[i] = deepClone(s.fields[i], label);
      }
      return new Val.Struct(s.shape, fields);
    }
    if (v instanceof Val.Opt o) {
      return new Val.Opt(o.some() ? deepClone(o.value, label) : null, o.innerType);
    }
    return v.copy();
  }

  // ---------------------------------------------------------------- macros

  private Val evalFormatMacro(Expr.FormatMacro f) {
    if (f.kind() == Expr.MacroKind.FORMAT) {
      return formatMacro(f.format().get());
    }
    String text = f.format().isPresent() ? render(f.format().get()) : "";
    switch (f.kind()) {
      case PRINTLN -> print(text + "\n", f.span());
      case PRINT -> print(text, f.span());
      case PANIC -> throw panic(f.format().isPresent() ? text : "explicit panic", f.span());
      default -> throw unsupported(f.span(), "this macro");
    }
    return Val.Unit.UNIT;
  }

  private String render(Format format) {
    StringBuilder out = new StringBuilder();
    for (String part : renderParts(format)) {
      out.append(part);
    }
    return out.toString();
  }

  /** Each piece of the template as written out: literal text, or an argument formatted. */
  private List<String> renderParts(Format format) {
    List<Expr> argExprs = format.args();
    Val[] args = new Val[argExprs.size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = read(argExprs.get(i));
    }
    List<String> parts = new ArrayList<>(format.pieces().size());
    StringBuilder out = new StringBuilder();
    for (Format.Piece piece : format.pieces()) {
      if (piece instanceof Format.Text t) {
        parts.add(t.text());
      } else {
        Format.Placeholder ph = (Format.Placeholder) piece;
        out.setLength(0);
        switch (ph.style()) {
          case DISPLAY -> Printer.display(args[ph.arg()], out);
          case DEBUG -> Printer.debug(args[ph.arg()], false, 0, out);
          default -> Printer.debug(args[ph.arg()], true, 0, out);
        }
        parts.add(out.toString());
      }
    }
    return parts;
  }

  /**
   * {@code format!}'s String: std starts from an estimate of the literal pieces' length and grows
   * with each piece and argument written, so the capacity is found by replaying the writes.
   */
  private Val formatMacro(Format format) {
    List<Format.Piece> pieces = format.pieces();
    List<String> parts = renderParts(format);
    String text = String.join("", parts);
    // rustc inlines string and integer literal arguments into the template at compile time.
    List<String> chunks = new ArrayList<>();
    List<Boolean> literal = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      Format.Piece piece = pieces.get(i);
      boolean lit =
          piece instanceof Format.Text
              || (piece instanceof Format.Placeholder ph
                  && ph.style() == Format.Style.DISPLAY
                  && (format.args().get(ph.arg()) instanceof Expr.Str
                      || format.args().get(ph.arg()) instanceof Expr.Int));
      if (lit && !literal.isEmpty() && literal.get(literal.size() - 1)) {
        chunks.set(chunks.size() - 1, chunks.get(chunks.size() - 1) + parts.get(i));
      } else {
        chunks.add(parts.get(i));
        literal.add(lit);
      }
    }
    if (!literal.contains(false)) {
      return newString(text, utf8(text));
    }
    long literalLength = 0;
    for (int i = 0; i < chunks.size(); i++) {
      if (literal.get(i)) {
        literalLength += utf8(chunks.get(i));
      }
    }
    boolean startsWithArg = !literal.get(0);
    long cap = startsWithArg && literalLength < 16 ? 0 : literalLength * 2;
    long len = 0;
    for (String chunk : chunks) {
      long w = utf8(chunk);
      if (w > 0 && len + w > cap) {
        cap = grownCapacity(cap, len + w, 1);
      }
      len += w;
    }
    return newString(text, cap);
  }

  private void print(String text, Span at) {
    long bytes = utf8(text);
    if (machine.stdoutBytes + bytes > limits.maxOutputBytes()) {
      throw new Halt(
          Outcome.LIMIT_EXCEEDED,
          at,
          "the program printed more than "
              + limits.maxOutputBytes()
              + " bytes (the output limit) at line "
              + at.line());
    }
    machine.stdoutBytes += bytes;
    machine.stdout.append(text);
  }

  private Val evalVec(Expr.VecMacro v) {
    List<Val> elems = new ArrayList<>();
    for (int i = 0; i < v.elements().size(); i++) {
      elems.add(operand(v.elements().get(i), "vec![]"));
    }
    if (elems.isEmpty()) {
      return new Val.VecBuf(null, "_", 0);
    }
    String elemType = Types.name(elems.get(0));
    int elemSize = (int) Types.size(elems.get(0));
    Val.VecBuf vec = new Val.VecBuf(null, elemType, elemSize);
    vec.block =
        alloc(
            HeapBlock.Use.VEC,
            "Vec<" + elemType + ">",
            elems.size(),
            (long) elems.size() * elemSize);
    vec.block.elems.addAll(elems);
    return vec;
  }

  private Val evalVecRepeat(Expr.VecRepeatMacro v) {
    Val elem = operand(v.element(), "vec![]");
    long n = ((Val.Int) hinted(IntKind.USIZE, v.count(), "")).v();
    String elemType = Types.name(elem);
    int elemSize = (int) Types.size(elem);
    Val.VecBuf vec = new Val.VecBuf(null, elemType, elemSize);
    if (n == 0) {
      if (Types.needsDrop(elem)) {
        temporary(elem, v.element().span());
      }
      return vec;
    }
    vec.block = alloc(HeapBlock.Use.VEC, "Vec<" + elemType + ">", n, n * elemSize);
    for (long i = 0; i < n - 1; i++) {
      tick(v.span());
      vec.block.elems.add(deepClone(elem, ""));
    }
    vec.block.elems.add(elem);
    return vec;
  }

  private Val evalAssert(Expr.AssertMacro a) {
    if (a.kind() == Expr.MacroKind.ASSERT) {
      Val cond = eval(a.operands().get(0));
      if (!((Val.Bool) cond).v()) {
        String message =
            a.message().isPresent()
                ? render(a.message().get())
                : "assertion failed: " + text(a.operands().get(0).span());
        throw panic(message, a.span());
      }
      return Val.Unit.UNIT;
    }
    Val left = Printer.deref(read(a.operands().get(0)));
    Val right = Printer.deref(read(a.operands().get(1)));
    boolean same;
    if (left instanceof Val.Int
        || left instanceof Val.Flt
        || left instanceof Val.Bool
        || left instanceof Val.Chr
        || isText(left)) {
      same = equal(left, right);
    } else {
      StringBuilder l = new StringBuilder();
      StringBuilder r = new StringBuilder();
      Printer.debug(left, false, 0, l);
      Printer.debug(right, false, 0, r);
      same = l.toString().equals(r.toString());
    }
    if (!same) {
      StringBuilder message = new StringBuilder("assertion `left == right` failed");
      if (a.message().isPresent()) {
        message.append(": ").append(render(a.message().get()));
      }
      message.append("\n  left: ");
      Printer.debug(left, false, 0, message);
      message.append("\n right: ");
      Printer.debug(right, false, 0, message);
      throw panic(message.toString(), a.span());
    }
    return Val.Unit.UNIT;
  }

  // ---------------------------------------------------------------- threads

  private Val makeClosure(Expr.Closure c) {
    if (!c.params().isEmpty()) {
      throw unsupported(c.span(), "closures with parameters");
    }
    List<String> names = captures(c);
    Val[] captured = new Val[names.size()];
    String[] types = new String[names.size()];
    for (int i = 0; i < captured.length; i++) {
      String path = names.get(i);
      String[] parts = path.split("\\.");
      LocalSlot root = lookup(parts[0]);
      Place place = new Place.InSlot(root);
      for (int k = 1; k < parts.length; k++) {
        Val.Struct s = (Val.Struct) autoDeref(place).get();
        int index = s.shape.fieldIndex(parts[k]);
        place = new Place.InField(autoDeref(place), index, parts[k], s.shape.offsets()[index]);
      }
      Val v = place.get();
      types[i] = Types.name(v);
      if (c.isMove()) {
        if (Types.isCopy(v)) {
          captured[i] = v.copy();
        } else {
          markMoved(place, "closure");
          captured[i] = v.copy();
        }
      } else {
        captured[i] = new Val.Ref(place, false);
        types[i] = "&" + types[i];
      }
    }
    return new Val.Closure(c, names.toArray(new String[0]), captured, types);
  }

  /** The enclosing places a closure captures, in order of first mention. */
  private List<String> captures(Expr.Closure c) {
    List<String> candidates = captureCache.get(c.id());
    if (candidates == null) {
      candidates = Mentions.capturedPaths(c.body());
      captureCache.put(c.id(), candidates);
    }
    List<String> names = new ArrayList<>();
    for (String path : candidates) {
      int dot = path.indexOf('.');
      LocalSlot root = lookup(dot < 0 ? path : path.substring(0, dot));
      if (root == null) {
        continue;
      }
      if (dot >= 0) {
        // A field of a Drop type cannot be moved out: the closure takes the whole variable.
        Val v = Printer.deref(root.value);
        if (v instanceof Val.Struct s && s.shape.hasDrop() && !fieldIsCopy(s, path)) {
          path = root.name;
        }
      }
      if (!names.contains(path)) {
        names.add(path);
      }
    }
    return names;
  }

  private static boolean fieldIsCopy(Val.Struct s, String path) {
    String field = path.split("\\.")[1];
    int i = s.shape.fieldIndex(field);
    return i >= 0 && s.fields[i] != null && Types.isCopy(s.fields[i]);
  }

  private Val spawn(Expr.Call c) {
    Val v = eval(c.args().get(0));
    if (!(v instanceof Val.Closure closure)) {
      throw unsupported(c.span(), "`thread::spawn` with anything but a closure");
    }
    String id = "T" + machine.nextThread++;
    Strand t = new Strand(id, id);
    Activation f = new Activation(t.nextFrameId(), "closure", c.span().line());
    t.frames.add(f);
    Strand caller = machine.current;
    machine.current = t;
    for (int i = 0; i < closure.names.length; i++) {
      f.fieldCaptures |= closure.names[i].contains(".");
      LocalSlot slot =
          declare(
              closure.names[i], closure.types[i], Types.size(closure.captured[i]), c.span().line());
      slot.value = closure.captured[i];
      slot.state = LocalSlot.State.LIVE;
    }
    machine.current = caller;
    t.pending = closure;
    machine.strands.add(t);
    event(EventKind.SPAWN, t.id, "", "", 0, "");
    boolean unit =
        closure.code.body() instanceof Expr.Block b && b.tail().isEmpty()
            || closure.code.body() instanceof Expr.FormatMacro;
    return new Val.Handle(t, unit ? "()" : "_");
  }

  private Val join(Val.Handle h) {
    Strand t = h.thread;
    if (t.pending != null) {
      runThread(t);
    }
    t.joined = true;
    event(EventKind.JOIN, t.id, "", "", 0, "");
    if (t.panicMessage != null) {
      return new Val.Opt(null, THREAD_RESULT);
    }
    return new Val.Opt(t.result, THREAD_RESULT);
  }

  private void runThread(Strand t) {
    Val.Closure closure = t.pending;
    t.pending = null;
    Strand caller = machine.current;
    int callerLine = line;
    flush(line);
    machine.current = t;
    Activation f = t.top();
    Expr.Closure code = closure.code;
    int tempMark = temps.size();
    try {
      Val result;
      try {
        Expr body = code.body();
        result = body instanceof Expr.Block b ? evalBlock(b, true) : operand(body, "");
      } catch (Signal.Return r) {
        result = r.value;
      }
      dropTemps(tempMark);
      t.result = result;
      // The closure's captures are its fields: dropped after its body, in capture order.
      for (LocalSlot slot : List.copyOf(f.slots)) {
        endSlot(slot);
        f.slots.remove(slot);
        addGhost(f, slot);
      }
      flush(line);
    } catch (Signal.Panic panic) {
      t.panicMessage = panic.text;
      dropTemps(tempMark);
      for (LocalSlot slot : List.copyOf(f.slots)) {
        endSlot(slot);
        f.slots.remove(slot);
      }
    } finally {
      t.frames.clear();
      t.finished = true;
      machine.current = caller;
      line = callerLine;
    }
  }

  // ---------------------------------------------------------------- faults

  private Signal.Panic panic(String message, Span at) {
    if (fault == null) {
      fault = new Fault(FaultKind.PANIC, at, message);
    }
    line = at.line();
    event(
        EventKind.FAULT,
        machine.current.name.isEmpty() ? "<unnamed>" : machine.current.name,
        "",
        "",
        0,
        "");
    flushFault(at.line());
    return new Signal.Panic(message, at);
  }

  private static Halt unsupported(Span at, String what) {
    return new Halt(Outcome.UNSUPPORTED, at, what + " is not supported by the simulator");
  }
}
