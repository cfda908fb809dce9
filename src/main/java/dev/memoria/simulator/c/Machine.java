package dev.memoria.simulator.c;

import dev.memoria.simulator.Limits;
import dev.memoria.simulator.memory.LeakScan;
import dev.memoria.simulator.memory.PointsTo;
import dev.memoria.simulator.memory.SymbolicIds;
import dev.memoria.simulator.trace.Event;
import dev.memoria.simulator.trace.EventKind;
import dev.memoria.simulator.trace.Fault;
import dev.memoria.simulator.trace.FaultKind;
import dev.memoria.simulator.trace.Leak;
import dev.memoria.simulator.trace.Span;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * The C abstract machine: byte-addressed objects with ASan-like shadow state, stack frames,
 * globals, literals, the heap, the library, and the run loop. Addresses are symbolic: an object id
 * in the high half and a byte offset in the low half, so pointer arithmetic is plain addition and a
 * pointer's target is always known.
 */
final class Machine {

  private static final VarHandle SHORT =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Keeps real-looking pointer values far from small integers, as real addresses are. */
  static final long BIAS = 0x1000_0000_0000_0000L;

  static final int ADD = 0;
  static final int SUB = 1;
  static final int MUL = 2;
  static final int DIV = 3;
  static final int MOD = 4;
  static final int SHL = 5;
  static final int SHR = 6;
  static final int AND = 7;
  static final int OR = 8;
  static final int XOR = 9;
  static final int EQ = 10;
  static final int NE = 11;
  static final int LT = 12;
  static final int GT = 13;
  static final int LE = 14;
  static final int GE = 15;

  static int opCode(String op) {
    return switch (op) {
      case "+" -> ADD;
      case "-" -> SUB;
      case "*" -> MUL;
      case "/" -> DIV;
      case "%" -> MOD;
      case "<<" -> SHL;
      case ">>" -> SHR;
      case "&" -> AND;
      case "|" -> OR;
      case "^" -> XOR;
      case "==" -> EQ;
      case "!=" -> NE;
      case "<" -> LT;
      case ">" -> GT;
      case "<=" -> LE;
      case ">=" -> GE;
      default -> throw new IllegalArgumentException(op);
    };
  }

  /** A running (or just returned) function call. */
  static final class Activation {
    final FunctionDef function;
    final String id;
    final Obj[] locals;
    final List<Obj> temps = new ArrayList<>();
    int line;

    Activation(FunctionDef function, String id, int line) {
      this.function = function;
      this.id = id;
      this.locals = new Obj[function.locals.size()];
      this.line = line;
    }
  }

  /** Why the run stopped early. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Fault fault;
    final int exitCode;
    final boolean limit;
    final int line;

    Stop(Fault fault, int exitCode, boolean limit, String message, int line) {
      super(message, null, false, false);
      this.fault = fault;
      this.exitCode = exitCode;
      this.limit = limit;
      this.line = line;
    }
  }

  final CProgram program;
  final Limits limits;
  final Recorder recorder;
  final List<Obj> objects = new ArrayList<>();
  final List<Obj> heap = new ArrayList<>();
  final List<Activation> stack = new ArrayList<>();
  final Obj[] globals;
  final Obj[] literals;
  final StringBuilder out = new StringBuilder();
  final SymbolicIds ids = new SymbolicIds();
  final List<Event> events = new ArrayList<>();
  boolean memoryEvent;
  Activation ghost;
  long steps;
  long liveHeapBytes;
  int frameCounter;
  int line;
  long retVal;
  int returnLine;
  int nullReturnLine;
  boolean lossPending;
  long[] inflight = new long[16];
  int inflightSize;
  long scanBudget = 50_000_000L;
  boolean exiting;

  Machine(CProgram program, Limits limits, Recorder recorder) {
    this.program = program;
    this.limits = limits;
    this.recorder = recorder;
    objects.add(null);
    globals = new Obj[program.globals().size()];
    literals = new Obj[program.literals().size()];
  }

  // ---- addresses

  static long address(Obj o, long offset) {
    return BIAS + ((long) o.id << 32) + offset;
  }

  Obj objectAt(long p) {
    long rel = p - BIAS;
    long id = (rel + 0x8000_0000L) >> 32;
    if (id < 1 || id >= objects.size()) {
      return null;
    }
    return objects.get((int) id);
  }

  static long offsetOf(Obj o, long p) {
    return p - BIAS - ((long) o.id << 32);
  }

  private Obj newObj(byte kind, long size) {
    Obj o = new Obj(objects.size(), kind, (int) size);
    objects.add(o);
    return o;
  }

  long literal(int index) {
    Obj o = literals[index];
    if (o == null) {
      String s = program.literals().get(index);
      o = newObj(Obj.LITERAL, s.length() + 1L);
      for (int i = 0; i < s.length(); i++) {
        o.data[i] = (byte) s.charAt(i);
      }
      java.util.Arrays.fill(o.written, (byte) 1);
      o.type = CType.CHAR;
      o.label = "";
      literals[index] = o;
    }
    return address(o, 0);
  }

  /** The symbolic id of a string literal, handed out when first shown. */
  String staticLabel(Obj o) {
    if (o.label.isEmpty()) {
      o.label = ids.nextStatic();
    }
    return o.label;
  }

  long varAddr(Variable v) {
    return address(v.global ? globals[v.index] : top().locals[v.index], 0);
  }

  Activation top() {
    return stack.get(stack.size() - 1);
  }

  // ---- checked memory access

  /** ASan's check of an access of {@code size} bytes at {@code p}; returns the object. */
  Obj check(long p, long size, boolean write, Expr at) {
    return checkRange(p, size, write, at, at == null ? "" : text(at));
  }

  Obj checkRange(long p, long size, boolean write, Expr at, String what) {
    String access = (write ? "WRITE" : "READ") + " of size " + size;
    Obj o = objectAt(p);
    if (o == null) {
      if (Math.abs(p) < 0x10000) {
        throw fault(
            FaultKind.SEGV,
            at,
            "SEGV on unknown address 0x"
                + String.format(java.util.Locale.ROOT, "%012x", p)
                + ": "
                + access
                + " through a NULL pointer"
                + (nullReturnLine > 0
                    ? " (gcc compiles the `return` of a local's address at line "
                        + nullReturnLine
                        + " to return NULL)"
                    : ""));
      }
      throw fault(FaultKind.SEGV, at, "SEGV on a wild pointer: " + access);
    }
    long off = offsetOf(o, p);
    boolean inside = off >= 0 && off < Math.max(1, o.size()) && o.size() > 0;
    if (inside && o.state != Obj.LIVE) {
      switch (o.state) {
        case Obj.FREED ->
            throw fault(
                FaultKind.HEAP_USE_AFTER_FREE,
                at,
                access
                    + " at "
                    + where(o, off)
                    + ", freed at line "
                    + o.freedAt
                    + ", allocated at line "
                    + o.allocatedAt);
        case Obj.RETURNED ->
            throw fault(
                FaultKind.STACK_USE_AFTER_RETURN,
                at,
                access
                    + " at "
                    + where(o, off)
                    + ": `"
                    + o.frame.function.name
                    + "` already returned");
        default ->
            throw fault(
                FaultKind.STACK_USE_AFTER_SCOPE,
                at,
                access
                    + " at "
                    + where(o, off)
                    + ": `"
                    + o.variable.name
                    + "` went out of scope at line "
                    + o.outOfScopeAt);
      }
    }
    if (off < 0 || off + size > o.size()) {
      long bad = off < 0 ? off : Math.max(off, o.size());
      String side =
          off < 0 ? -off + " bytes to the left of" : bad - o.size() + " bytes to the right of";
      off = bad;
      String region = o.size() + "-byte " + regionName(o);
      switch (o.kind) {
        case Obj.HEAP ->
            throw fault(
                FaultKind.HEAP_BUFFER_OVERFLOW,
                at,
                access
                    + " at "
                    + o.label
                    + "+"
                    + off
                    + ": "
                    + side
                    + " "
                    + region
                    + " allocated at line "
                    + o.allocatedAt);
        case Obj.STACK -> {
          if (off < 0) {
            throw new Unsupported(
                line,
                1,
                "`"
                    + what
                    + "` accesses memory before `"
                    + o.variable.name
                    + "` (line "
                    + line
                    + "): ASan calls this stack-buffer-underflow or stack-buffer-overflow"
                    + " depending on the frame layout, which the simulator does not model");
          }
          throw fault(
              FaultKind.STACK_BUFFER_OVERFLOW,
              at,
              access + " at " + where(o, off) + ": " + side + " " + region);
        }
        default ->
            throw fault(
                FaultKind.GLOBAL_BUFFER_OVERFLOW,
                at,
                access + " at " + where(o, off) + ": " + side + " " + region);
      }
    }
    if (write && o.kind == Obj.LITERAL) {
      throw fault(
          FaultKind.SEGV,
          at,
          "SEGV: WRITE to a string literal (read-only memory) \""
              + program.literals().get(literalIndex(o))
              + "\"");
    }
    return o;
  }

  private int literalIndex(Obj o) {
    for (int i = 0; i < literals.length; i++) {
      if (literals[i] == o) {
        return i;
      }
    }
    return 0;
  }

  private String regionName(Obj o) {
    return switch (o.kind) {
      case Obj.HEAP -> "region";
      case Obj.STACK ->
          "variable `" + o.variable.name + "` in frame `" + o.frame.function.name + "`";
      case Obj.GLOBAL -> "global variable `" + o.variable.name + "`";
      default -> "string literal";
    };
  }

  private String where(Obj o, long off) {
    String name =
        switch (o.kind) {
          case Obj.HEAP -> o.label;
          case Obj.LITERAL -> "a string literal";
          default -> "`" + o.variable.name + "`";
        };
    return off == 0 ? name : name + "+" + off;
  }

  long load(long p, CType t, Expr at) {
    int size = (int) t.size();
    Obj o = check(p, size, false, at);
    int off = (int) offsetOf(o, p);
    if (!o.allWritten(off, size)) {
      throw garbage(at);
    }
    return read(o, off, t);
  }

  long loadVar(Variable v, Expr at) {
    Obj o = v.global ? globals[v.index] : top().locals[v.index];
    int size = o.size();
    if (o.state != Obj.LIVE) {
      check(address(o, 0), size, false, at);
    }
    if (!o.allWritten(0, size)) {
      throw garbage(at);
    }
    return read(o, 0, v.type);
  }

  static long read(Obj o, int off, CType t) {
    CType.Kind kind = t instanceof CType.Prim p ? p.kind() : CType.Kind.ULONG;
    byte[] d = o.data;
    return switch (kind) {
      case BOOL -> d[off] != 0 ? 1 : 0;
      case CHAR -> d[off];
      case UCHAR -> d[off] & 0xFF;
      case SHORT -> (short) SHORT.get(d, off);
      case USHORT -> ((short) SHORT.get(d, off)) & 0xFFFF;
      case INT -> (int) INT.get(d, off);
      case UINT -> ((int) INT.get(d, off)) & 0xFFFFFFFFL;
      default -> (long) LONG.get(d, off);
    };
  }

  static long readWord(Obj o, int off) {
    return (long) LONG.get(o.data, off);
  }

  void store(long p, CType t, long v, Expr at) {
    int size = (int) t.size();
    Obj o = check(p, size, true, at);
    int off = (int) offsetOf(o, p);
    write(o, off, size, v);
  }

  void write(Obj o, int off, int size, long v) {
    byte[] d = o.data;
    if (size == 8 && o.written[off] != 0 && !lossPending) {
      Obj old = objectAt((long) LONG.get(d, off));
      if (old != null && old.kind == Obj.HEAP && old.state == Obj.LIVE) {
        lossPending = true;
      }
    }
    switch (size) {
      case 1 -> d[off] = (byte) v;
      case 2 -> SHORT.set(d, off, (short) v);
      case 4 -> INT.set(d, off, (int) v);
      default -> LONG.set(d, off, v);
    }
    for (int i = off; i < off + size; i++) {
      o.written[i] = 1;
    }
  }

  /** Copies bytes and their written flags, as a struct assignment or memcpy does. */
  void copy(long dst, long src, long n, Expr at) {
    if (n == 0) {
      return;
    }
    Obj s = check(src, n, false, at);
    Obj d = check(dst, n, true, at);
    copyBytes(s, (int) offsetOf(s, src), d, (int) offsetOf(d, dst), (int) n);
  }

  void copyBytes(Obj s, int so, Obj d, int dof, int n) {
    if (!lossPending && n >= 8) {
      lossPending = true;
    }
    System.arraycopy(s.data, so, d.data, dof, n);
    System.arraycopy(s.written, so, d.written, dof, n);
  }

  Unsupported garbage(Expr at) {
    String what = at == null ? "memory" : text(at);
    return new Unsupported(
        line,
        at == null ? 1 : at.column,
        "reads `"
            + what
            + "` before it is written (line "
            + line
            + "): the result depends on garbage");
  }

  String text(Expr e) {
    if (e == null || e.end <= e.start) {
      return "?";
    }
    return program
        .source()
        .substring(e.start, Math.min(e.end, program.source().length()))
        .replaceAll("\\s+", " ");
  }

  Stop fault(FaultKind kind, Expr at, String message) {
    int l = at == null ? line : at.line;
    int col = at == null ? 1 : Math.max(1, at.column);
    int width = at == null || at.end <= at.start ? 0 : at.end - at.start;
    String t = at == null ? "" : text(at);
    Span span =
        at != null && !t.contains("\n") && program.source().indexOf('\n', at.start) >= at.end
            ? new Span(l, col, l, col + width)
            : Span.at(l, col);
    return new Stop(new Fault(kind, span, message), 1, false, message, l);
  }

  Stop limit(String message) {
    return new Stop(null, 0, true, message + " (line " + line + ")", line);
  }

  static boolean truth(long v, CType t) {
    return CType.isDouble(t) ? Double.longBitsToDouble(v) != 0 : v != 0;
  }

  long arith(int op, long a, long b, int mode, CType type, Expr at) {
    if (mode == Expr.F64) {
      double x = Double.longBitsToDouble(a);
      double y = Double.longBitsToDouble(b);
      return switch (op) {
        case ADD -> Double.doubleToRawLongBits(x + y);
        case SUB -> Double.doubleToRawLongBits(x - y);
        case MUL -> Double.doubleToRawLongBits(x * y);
        case DIV -> Double.doubleToRawLongBits(x / y);
        case EQ -> x == y ? 1 : 0;
        case NE -> x != y ? 1 : 0;
        case LT -> x < y ? 1 : 0;
        case GT -> x > y ? 1 : 0;
        case LE -> x <= y ? 1 : 0;
        default -> x >= y ? 1 : 0;
      };
    }
    boolean unsigned = mode == Expr.U32 || mode == Expr.U64;
    long r;
    switch (op) {
      case ADD -> r = a + b;
      case SUB -> r = a - b;
      case MUL -> r = a * b;
      case DIV, MOD -> {
        if (b == 0
            || (!unsigned
                && b == -1
                && a == (mode == Expr.I32 ? Integer.MIN_VALUE : Long.MIN_VALUE))) {
          throw new Unsupported(
              line,
              at.column,
              "`"
                  + text(at)
                  + "` divides by zero or overflows (line "
                  + line
                  + "): the program would stop with SIGFPE, which the simulator does not model");
        }
        if (unsigned) {
          r = op == DIV ? Long.divideUnsigned(a, b) : Long.remainderUnsigned(a, b);
        } else {
          r = op == DIV ? a / b : a % b;
        }
      }
      case SHL -> r = mode == Expr.I32 || mode == Expr.U32 ? (long) ((int) a << b) : a << b;
      case SHR ->
          r =
              unsigned
                  ? (mode == Expr.U32 ? (a & 0xFFFFFFFFL) >>> (b & 31) : a >>> b)
                  : (mode == Expr.I32 ? (long) ((int) a >> b) : a >> b);
      case AND -> r = a & b;
      case OR -> r = a | b;
      case XOR -> r = a ^ b;
      default -> {
        int c = unsigned ? Long.compareUnsigned(a, b) : Long.compare(a, b);
        return switch (op) {
          case EQ -> c == 0 ? 1 : 0;
          case NE -> c != 0 ? 1 : 0;
          case LT -> c < 0 ? 1 : 0;
          case GT -> c > 0 ? 1 : 0;
          case LE -> c <= 0 ? 1 : 0;
          default -> c >= 0 ? 1 : 0;
        };
      }
    }
    return Expr.convert(r, type, type);
  }

  // ---- statements and calls

  void tick(Stmt s) {
    if (++steps > limits.maxSteps()) {
      line = s.line;
      throw limit("the program ran more than " + limits.maxSteps() + " steps (limit maxSteps)");
    }
    line = s.line;
    if (!stack.isEmpty()) {
      top().line = s.line;
    }
  }

  int exec(Stmt s) {
    tick(s);
    if (recorder.before(s.line) && !(s instanceof Stmt.Block)) {
      recorder.record(this, s.line, true, true);
    }
    int status = s.run(this);
    if (s.simple() && !(s instanceof Stmt.Return)) {
      afterStatement(s.line);
    }
    return status;
  }

  boolean condition(Expr cond, Stmt s) {
    tick(s);
    boolean r = truth(cond.eval(this), cond.type);
    afterStatement(s.line);
    return r;
  }

  /** After a loop's step expression: memory events only, the header's @show is on its test. */
  void afterExpr(Stmt s) {
    if (lossPending) {
      findLeaks(s.line, false);
    }
    if (memoryEvent) {
      recorder.record(this, s.line, false, false);
    }
  }

  void afterStatement(int at) {
    if (lossPending) {
      findLeaks(at, false);
    }
    if (memoryEvent || recorder.after(at)) {
      recorder.record(this, at, false, recorder.after(at));
    }
  }

  void declare(Variable v, Init init, Stmt s) {
    Activation a = top();
    Obj o = a.locals[v.index];
    if (o == null) {
      o = newObj(Obj.STACK, v.type.size());
      o.variable = v;
      o.frame = a;
      o.type = v.type;
      o.label = "T0/" + a.id + "/" + v.pathName;
      a.locals[v.index] = o;
    } else {
      o.state = Obj.LIVE;
      java.util.Arrays.fill(o.written, (byte) 0);
      o.diedAtStep = -1;
    }
    if (init != null) {
      initialize(o, init);
    }
  }

  void initialize(Obj o, Init init) {
    if (init.zeroFill()) {
      java.util.Arrays.fill(o.data, (byte) 0);
      java.util.Arrays.fill(o.written, (byte) 1);
    }
    for (Init.Item item : init.items()) {
      long at = address(o, item.offset());
      if (item.bytes() != null) {
        System.arraycopy(item.bytes(), 0, o.data, (int) item.offset(), item.bytes().length);
        java.util.Arrays.fill(
            o.written, (int) item.offset(), (int) item.offset() + item.bytes().length, (byte) 1);
      } else if (item.type() instanceof CType.Struct) {
        long src = item.expr().eval(this);
        copy(at, src, item.type().size(), item.expr());
      } else {
        long v = item.expr().eval(this);
        write(o, (int) item.offset(), (int) item.type().size(), v);
        noteOwner(item.expr(), v, o.variable == null ? "" : o.variable.name);
      }
    }
  }

  void endScope(Stmt.Block b, boolean returning) {
    Activation a = top();
    for (Variable v : b.declared) {
      Obj o = a.locals[v.index];
      if (o != null && o.state == Obj.LIVE) {
        o.state = Obj.OUT_OF_SCOPE;
        o.outOfScopeAt = b.closeLine;
        o.diedAtStep = recorder.count();
        if (!heap.isEmpty()) {
          lossPending = true;
        }
      }
    }
    // A loop's own scope (column 0) closes on the loop's line, which records its own steps; a
    // `return` leaves its value in flight, so leaks are looked for after the caller's line.
    if (!returning && b.column > 0 && (!b.declared.isEmpty() || recorder.after(b.closeLine))) {
      line = b.closeLine;
      afterStatement(b.closeLine);
    }
  }

  void returnValue(Stmt.Return r) {
    returnLine = r.line;
    if (r.value == null) {
      retVal = 0;
      return;
    }
    long v = r.value.eval(this);
    if (r.returnsLocalAddress) {
      nullReturnLine = r.line;
      v = 0;
    }
    if (r.value.type instanceof CType.Struct && stack.size() >= 2) {
      Activation caller = stack.get(stack.size() - 2);
      Obj temp = newObj(Obj.STACK, r.value.type.size());
      temp.frame = caller;
      temp.type = r.value.type;
      temp.label = "T0/" + caller.id + "/(" + top().function.name + " result)";
      caller.temps.add(temp);
      copy(address(temp, 0), v, r.value.type.size(), r.value);
      v = address(temp, 0);
    }
    retVal = v;
  }

  long call(Expr.Call c) {
    FunctionDef f = c.function;
    long[] values = new long[c.args.length];
    int base = inflightSize;
    for (int i = c.args.length - 1; i >= 0; i--) {
      values[i] = c.args[i].eval(this);
      // An evaluated argument holds its block while later arguments run whole functions.
      pushInflight(values[i]);
    }
    long result = invoke(f, values, c.line, base);
    return result;
  }

  private void pushInflight(long v) {
    if (inflightSize == inflight.length) {
      inflight = java.util.Arrays.copyOf(inflight, inflightSize * 2);
    }
    inflight[inflightSize++] = v;
  }

  long invoke(FunctionDef f, long[] values, int callLine, int inflightBase) {
    if (stack.size() >= limits.maxCallDepth()) {
      throw limit(
          "the call to `"
              + f.name
              + "` goes deeper than "
              + limits.maxCallDepth()
              + " frames (limit maxCallDepth)");
    }
    Activation a = new Activation(f, "F" + frameCounter++, f.body.line);
    stack.add(a);
    line = callLine;
    event(EventKind.CALL, f.name, Optional.empty(), Optional.empty(), 0, "");
    for (int i = 0; i < f.params.size(); i++) {
      Variable p = f.params.get(i);
      declare(p, null, null);
      Obj o = a.locals[p.index];
      if (p.type instanceof CType.Struct) {
        Obj src = objectAt(values[i]);
        copyBytes(src, (int) offsetOf(src, values[i]), o, 0, o.size());
      } else {
        write(o, 0, o.size(), values[i]);
      }
    }
    inflightSize = inflightBase;
    retVal = 0;
    returnLine = 0;
    int status = exec(f.body);
    long result = status == Stmt.RETURN ? retVal : 0;
    int retLine = status == Stmt.RETURN ? returnLine : f.body.closeLine;
    pop(a);
    line = retLine;
    event(EventKind.RETURN, f.name, Optional.empty(), Optional.empty(), 0, "");
    if (!stack.isEmpty()) {
      // The returned value is in flight to the caller: look for leaks after the caller's line.
      if (status == Stmt.RETURN && (memoryEvent || recorder.after(retLine))) {
        recorder.record(this, retLine, false, recorder.after(retLine));
      }
      line = callLine;
    }
    return result;
  }

  private void pop(Activation a) {
    for (Obj o : a.locals) {
      if (o != null) {
        if (o.state == Obj.LIVE) {
          o.diedAtStep = recorder.count();
        }
        o.state = Obj.RETURNED;
      }
    }
    stack.remove(stack.size() - 1);
    ghost = a;
    if (!heap.isEmpty()) {
      lossPending = true;
    }
  }

  void event(
      EventKind kind,
      String subject,
      Optional<String> other,
      Optional<String> block,
      long bytes,
      String type) {
    if (kind.isMemoryEvent()) {
      memoryEvent = true;
    } else if (events.size() >= 64) {
      return;
    }
    events.add(new Event(kind, line, subject, other, block, bytes, type));
  }

  // ---- heap

  void typeBlock(long p, CType elem) {
    Obj o = objectAt(p);
    if (o != null && o.kind == Obj.HEAP && o.type == null && !CType.isVoid(elem)) {
      o.type = elem;
    }
  }

  void noteOwner(Expr value, long v, Expr target) {
    if (isAllocation(value)) {
      noteOwner(value, v, text(target));
    }
  }

  void noteOwner(Expr value, long v, String target) {
    if (!isAllocation(value) || target.isEmpty()) {
      return;
    }
    Obj o = objectAt(v);
    if (o != null && o.kind == Obj.HEAP && o.owner.isEmpty()) {
      o.owner = target;
      for (int i = events.size() - 1; i >= 0; i--) {
        Event e = events.get(i);
        if ((e.kind() == EventKind.ALLOC || e.kind() == EventKind.REALLOC)
            && e.block().equals(Optional.of(o.label))) {
          events.set(
              i, new Event(e.kind(), e.line(), target, e.other(), e.block(), e.bytes(), e.type()));
          break;
        }
      }
    }
  }

  private static boolean isAllocation(Expr e) {
    while (e instanceof Expr.TypeHeap || e instanceof Expr.Cast) {
      e = e instanceof Expr.TypeHeap t ? t.operand : ((Expr.Cast) e).operand;
    }
    return e instanceof Expr.Builtin b
        && (b.name.equals("malloc") || b.name.equals("calloc") || b.name.equals("realloc"));
  }

  Obj allocate(long n, String allocator, Expr at) {
    if (n < 0 || n > Integer.MAX_VALUE - 8 || liveHeapBytes + n > limits.maxHeapBytes()) {
      throw limit(
          "`"
              + text(at)
              + "` would have "
              + (liveHeapBytes + n)
              + " bytes live on the heap, more than "
              + limits.maxHeapBytes()
              + " (limit maxHeapBytes)");
    }
    Obj o = newObj(Obj.HEAP, n);
    o.label = ids.nextHeap();
    o.allocator = allocator;
    o.allocatedAt = line;
    o.allocatedIn = stack.isEmpty() ? "" : top().function.name;
    o.heapIndex = heap.size();
    heap.add(o);
    liveHeapBytes += n;
    return o;
  }

  void release(Obj o) {
    o.state = Obj.FREED;
    o.freedAt = line;
    o.diedAtStep = recorder.count();
    liveHeapBytes -= o.size();
    if (o.size() >= 8) {
      lossPending = true;
    }
  }

  /** Marks live blocks that nothing reachable points to as leaked since {@code at}. */
  void findLeaks(int at, boolean force) {
    lossPending = false;
    int candidates = 0;
    for (Obj o : heap) {
      if (o.state == Obj.LIVE && !o.leaked) {
        candidates++;
      }
    }
    if (candidates == 0 || (!force && scanBudget <= 0)) {
      return;
    }
    BitSet reachable = LeakScan.reachable(graph(), roots(false));
    for (Obj o : heap) {
      if (o.state == Obj.LIVE && !o.leaked && !reachable.get(o.heapIndex)) {
        o.leaked = true;
        o.unreachableSince = at;
        event(
            EventKind.LEAK,
            o.owner,
            Optional.empty(),
            Optional.of(o.label),
            leakBytes(o),
            blockType(o));
      }
    }
  }

  static long leakBytes(Obj o) {
    return Math.max(1, o.size());
  }

  static String blockType(Obj o) {
    return o.type == null ? "" : o.type.display();
  }

  BitSet roots(boolean globalsOnly) {
    BitSet roots = new BitSet();
    for (Obj g : globals) {
      scanWords(g, roots::set);
    }
    if (!globalsOnly) {
      for (int i = 0; i < inflightSize; i++) {
        Obj t = objectAt(inflight[i]);
        if (t != null && t.kind == Obj.HEAP) {
          roots.set(t.heapIndex);
        }
      }
      for (Activation a : stack) {
        for (Obj o : a.locals) {
          if (o != null && o.state == Obj.LIVE) {
            scanWords(o, roots::set);
          }
        }
        for (Obj o : a.temps) {
          scanWords(o, roots::set);
        }
      }
    }
    return roots;
  }

  /**
   * Calls {@code sink} with the heap index of every block an aligned word of {@code o} points into.
   */
  void scanWords(Obj o, IntConsumer sink) {
    scanBudget -= o.size() / 8 + 1;
    for (int off = 0; off + 8 <= o.size(); off += 8) {
      if (o.written[off] == 0) {
        continue;
      }
      Obj t = objectAt(readWord(o, off));
      if (t != null && t.kind == Obj.HEAP) {
        long toff = offsetOf(t, readWord(o, off));
        if (toff >= 0 && toff < Math.max(1, t.size())) {
          sink.accept(t.heapIndex);
        }
      }
    }
  }

  PointsTo graph() {
    return new PointsTo() {
      @Override
      public int size() {
        return heap.size();
      }

      @Override
      public boolean live(int block) {
        return heap.get(block).state == Obj.LIVE;
      }

      @Override
      public void targets(int block, IntConsumer sink) {
        scanWords(heap.get(block), sink);
      }
    };
  }

  /** LeakSanitizer at exit: roots are the globals, plus the live stacks when exit() was called. */
  List<Leak> exitLeaks(boolean stacksLive, int at) {
    LeakScan.Result result = LeakScan.scan(graph(), roots(!stacksLive));
    List<Leak> leaks = new ArrayList<>();
    for (Obj o : heap) {
      if (result.leaked(o.heapIndex)) {
        if (!o.leaked) {
          o.leaked = true;
          o.unreachableSince = at;
          event(
              EventKind.LEAK,
              o.owner,
              Optional.empty(),
              Optional.of(o.label),
              leakBytes(o),
              blockType(o));
        }
        leaks.add(new Leak(o.label, leakBytes(o), result.direct().get(o.heapIndex), o.allocatedAt));
      } else if (o.state == Obj.LIVE) {
        o.leaked = false;
      }
    }
    return leaks;
  }

  // ---- the run

  /** Runs the program; returns main's value or exit's argument. */
  int run() {
    for (int i = 0; i < globals.length; i++) {
      Variable v = program.globals().get(i);
      Obj o = newObj(Obj.GLOBAL, v.type.size());
      o.variable = v;
      o.type = v.type;
      o.label = "G/" + v.name;
      java.util.Arrays.fill(o.written, (byte) 1);
      globals[i] = o;
    }
    for (int i = 0; i < globals.length; i++) {
      line = program.globals().get(i).line;
      initialize(globals[i], program.globalInits().get(i));
    }
    long value = invoke(program.main(), new long[0], program.main().line, 0);
    return (int) value;
  }

  // ---- library

  long builtin(Expr.Builtin b) {
    Expr[] args = b.args;
    long[] v = new long[args.length];
    for (int i = args.length - 1; i >= 0; i--) {
      v[i] = args[i].eval(this);
    }
    return Library.call(this, b, v);
  }
}
