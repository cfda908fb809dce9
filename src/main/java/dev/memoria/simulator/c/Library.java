package dev.memoria.simulator.c;

import dev.memoria.simulator.trace.EventKind;
import dev.memoria.simulator.trace.FaultKind;
import java.util.Arrays;
import java.util.Optional;

/** The C library functions of the subset, with the checks ASan's interceptors make. */
final class Library {

  private Library() {}

  static long call(Machine m, Expr.Builtin b, long[] v) {
    Expr[] a = b.args;
    switch (b.name) {
      case "malloc" -> {
        return alloc(m, b, v[0], false, "malloc");
      }
      case "calloc" -> {
        long n = v[0];
        long size = v[1];
        if (n != 0 && size != 0 && (n < 0 || size < 0 || Long.MAX_VALUE / n < size)) {
          throw m.limit("`" + m.text(b) + "` asks for more memory than the limit maxHeapBytes");
        }
        return alloc(m, b, n * size, true, "calloc");
      }
      case "realloc" -> {
        return realloc(m, b, v[0], v[1]);
      }
      case "free" -> {
        free(m, b, v[0]);
        return 0;
      }
      case "strlen" -> {
        return cstring(m, v[0], a[0], Long.MAX_VALUE).length();
      }
      case "strcpy" -> {
        int n = cstring(m, v[1], a[1], Long.MAX_VALUE).length() + 1;
        transfer(m, b, v[0], v[1], n, "strcpy");
        return v[0];
      }
      case "strncpy" -> {
        long n = v[2];
        String s = cstring(m, v[1], a[1], n);
        long from = Math.min(n, s.length() + 1L);
        if (n > 0) {
          m.checkRange(v[1], from, false, a[1], m.text(a[1]));
          Obj d = m.checkRange(v[0], n, true, a[0], m.text(a[0]));
          overlap(m, b, v[0], n, v[1], from, "strncpy");
          int off = (int) Machine.offsetOf(d, v[0]);
          for (int i = 0; i < n; i++) {
            d.data[off + i] = i < s.length() ? (byte) s.charAt(i) : 0;
            d.written[off + i] = 1;
          }
          m.lossPending = true;
        }
        return v[0];
      }
      case "strcat" -> {
        int dl = cstring(m, v[0], a[0], Long.MAX_VALUE).length();
        int sl = cstring(m, v[1], a[1], Long.MAX_VALUE).length();
        transfer(m, b, v[0] + dl, v[1], sl + 1, "strcat");
        return v[0];
      }
      case "strcmp", "strncmp" -> {
        long limit = b.name.equals("strncmp") ? v[2] : Long.MAX_VALUE;
        return compare(m, v[0], a[0], v[1], a[1], limit);
      }
      case "memcpy" -> {
        if (v[2] > 0) {
          transfer(m, b, v[0], v[1], v[2], "memcpy");
        }
        return v[0];
      }
      case "memset" -> {
        long n = v[2];
        if (n > 0) {
          Obj d = m.checkRange(v[0], n, true, a[0], m.text(a[0]));
          int off = (int) Machine.offsetOf(d, v[0]);
          Arrays.fill(d.data, off, (int) (off + n), (byte) v[1]);
          Arrays.fill(d.written, off, (int) (off + n), (byte) 1);
          m.lossPending = true;
        }
        return v[0];
      }
      case "printf" -> {
        String text = Printf.format(m, b, v);
        emit(m, text);
        return text.length();
      }
      case "eprintf" -> {
        return Printf.format(m, b, v).length();
      }
      case "puts" -> {
        String s = cstring(m, v[0], a[0], Long.MAX_VALUE);
        emit(m, s + "\n");
        return s.length() + 1L;
      }
      case "putchar" -> {
        emit(m, String.valueOf((char) (v[0] & 0xFF)));
        return v[0] & 0xFF;
      }
      case "abs" -> {
        return Math.abs((int) v[0]);
      }
      case "exit" -> throw new Machine.Stop(null, (int) v[0], false, "exit", m.line);
      default -> throw new IllegalStateException(b.name);
    }
  }

  static void emit(Machine m, String text) {
    if (m.out.length() + text.length() > m.limits.maxOutputBytes()) {
      m.out.append(text, 0, Math.max(0, m.limits.maxOutputBytes() - m.out.length()));
      throw m.limit(
          "the program printed more than "
              + m.limits.maxOutputBytes()
              + " bytes (limit maxOutputBytes)");
    }
    m.out.append(text);
  }

  private static long alloc(Machine m, Expr.Builtin b, long n, boolean zero, String how) {
    Obj o = m.allocate(n, how, b);
    if (zero) {
      Arrays.fill(o.written, (byte) 1);
    }
    m.event(EventKind.ALLOC, how, Optional.empty(), Optional.of(o.label), n, "");
    return Machine.address(o, 0);
  }

  private static long realloc(Machine m, Expr.Builtin b, long p, long n) {
    if (p == 0) {
      return alloc(m, b, n, false, "realloc");
    }
    Obj old = heapBlock(m, b, p, "realloc");
    if (n == 0) {
      m.release(old);
      m.event(
          EventKind.FREE,
          m.text(b.args[0]),
          Optional.empty(),
          Optional.of(old.label),
          old.size(),
          Machine.blockType(old));
      return 0;
    }
    Obj o = m.allocate(n, "realloc", b);
    int keep = (int) Math.min(n, old.size());
    m.copyBytes(old, 0, o, 0, keep);
    o.type = old.type;
    m.release(old);
    m.event(
        EventKind.REALLOC,
        "realloc",
        Optional.of(old.label),
        Optional.of(o.label),
        n,
        Machine.blockType(o));
    return Machine.address(o, 0);
  }

  private static void free(Machine m, Expr.Builtin b, long p) {
    if (p == 0) {
      return;
    }
    Obj o = heapBlock(m, b, p, "free");
    m.release(o);
    m.event(
        EventKind.FREE,
        m.text(b.args[0]),
        Optional.empty(),
        Optional.of(o.label),
        o.size(),
        Machine.blockType(o));
  }

  /** The heap block {@code p} starts, or the bad-free / double-free fault ASan reports. */
  private static Obj heapBlock(Machine m, Expr.Builtin b, long p, String how) {
    Obj o = m.objectAt(p);
    Expr arg = b.args[0];
    if (o == null) {
      throw new Unsupported(
          m.line,
          b.column,
          "`" + how + "` of a wild pointer (line " + m.line + ") is not modelled");
    }
    long off = Machine.offsetOf(o, p);
    if (o.kind != Obj.HEAP && o.kind != Obj.STACK && o.kind != Obj.GLOBAL && how.equals("free")) {
      // ASan's free marks the chunk header it expects just before the pointer; a literal's lies
      // in read-only memory, so the write faults before any free check can report bad-free.
      throw m.fault(
          FaultKind.SEGV,
          arg,
          "SEGV caused by a WRITE memory access: free() of a string literal writes to read-only"
              + " memory");
    }
    if (o.kind != Obj.HEAP) {
      String what =
          switch (o.kind) {
            case Obj.STACK -> "the stack variable `" + o.variable.name + "`";
            case Obj.GLOBAL -> "the global variable `" + o.variable.name + "`";
            default -> "a string literal";
          };
      throw m.fault(
          FaultKind.BAD_FREE, arg, "attempting free on address which was not malloc()-ed: " + what);
    }
    if (o.state == Obj.FREED) {
      if (off != 0 || how.equals("realloc")) {
        throw new Unsupported(
            m.line,
            b.column,
            "`" + how + "` of a freed block (line " + m.line + ") is not modelled");
      }
      throw m.fault(
          FaultKind.DOUBLE_FREE,
          arg,
          "attempting double-free on "
              + o.label
              + ": freed at line "
              + o.freedAt
              + ", allocated at line "
              + o.allocatedAt);
    }
    if (off != 0) {
      throw m.fault(
          FaultKind.BAD_FREE,
          arg,
          "attempting free on address which was not malloc()-ed: "
              + o.label
              + "+"
              + off
              + " is "
              + off
              + " bytes inside of a "
              + o.size()
              + "-byte region allocated at line "
              + o.allocatedAt);
    }
    return o;
  }

  /** Copies {@code n} bytes as memcpy/strcpy do: read the source, write the destination. */
  private static void transfer(Machine m, Expr.Builtin b, long dst, long src, long n, String how) {
    Expr[] a = b.args;
    overlap(m, b, dst, n, src, n, how);
    Obj s = m.checkRange(src, n, false, a[1], m.text(a[1]));
    Obj d = m.checkRange(dst, n, true, a[0], m.text(a[0]));
    m.copyBytes(s, (int) Machine.offsetOf(s, src), d, (int) Machine.offsetOf(d, dst), (int) n);
  }

  private static void overlap(
      Machine m, Expr.Builtin b, long dst, long dn, long src, long sn, String how) {
    if (m.objectAt(dst) != null
        && m.objectAt(dst) == m.objectAt(src)
        && dst < src + sn
        && src < dst + dn) {
      throw new Unsupported(
          m.line,
          b.column,
          "`"
              + how
              + "` with overlapping source and destination (line "
              + m.line
              + "): ASan reports "
              + how
              + "-param-overlap, which the simulator does not model");
    }
  }

  /** The C string at {@code p} (at most {@code max} bytes), checked as ASan's interceptors do. */
  static String cstring(Machine m, long p, Expr at, long max) {
    Obj o = m.objectAt(p);
    if (o == null) {
      m.checkRange(p, 1, false, at, m.text(at));
    }
    long off = Machine.offsetOf(o, p);
    StringBuilder s = new StringBuilder();
    for (long i = off; s.length() < max; i++) {
      if (i < 0 || i >= o.size() || o.state != Obj.LIVE) {
        m.checkRange(p, i - off + 1, false, at, m.text(at));
      }
      if (o.written[(int) i] == 0) {
        throw m.garbage(at);
      }
      byte c = o.data[(int) i];
      if (c == 0) {
        break;
      }
      s.append((char) (c & 0xFF));
    }
    return s.toString();
  }

  private static long compare(Machine m, long p, Expr pa, long q, Expr qa, long limit) {
    Obj a = m.objectAt(p);
    Obj b = m.objectAt(q);
    if (a == null) {
      m.checkRange(p, 1, false, pa, m.text(pa));
    }
    if (b == null) {
      m.checkRange(q, 1, false, qa, m.text(qa));
    }
    long ao = Machine.offsetOf(a, p);
    long bo = Machine.offsetOf(b, q);
    for (long i = 0; i < limit; i++) {
      int x = charAt(m, a, ao + i, p, i, pa);
      int y = charAt(m, b, bo + i, q, i, qa);
      if (x != y) {
        return x < y ? -1 : 1;
      }
      if (x == 0) {
        return 0;
      }
    }
    return 0;
  }

  private static int charAt(Machine m, Obj o, long at, long p, long i, Expr e) {
    if (at < 0 || at >= o.size() || o.state != Obj.LIVE) {
      m.checkRange(p, i + 1, false, e, m.text(e));
    }
    if (o.written[(int) at] == 0) {
      throw m.garbage(e);
    }
    return o.data[(int) at] & 0xFF;
  }
}
