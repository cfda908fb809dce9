package dev.memoria.simulator.c;

/**
 * One addressable object of the machine: a heap block, a local, a global, a string literal or a
 * temporary. Every byte has a shadow "written" flag; the object's state plays ASan's poisoning.
 */
final class Obj {
  static final byte HEAP = 0;
  static final byte STACK = 1;
  static final byte GLOBAL = 2;
  static final byte LITERAL = 3;

  static final byte LIVE = 0;
  static final byte FREED = 1;
  static final byte OUT_OF_SCOPE = 2;
  static final byte RETURNED = 3;

  final int id;
  final byte kind;
  final byte[] data;
  final byte[] written;
  byte state;

  /** Heap: H1...; stack: T0/F1/x; global: G/x; literal: S1... once shown (else empty). */
  String label;

  /** The variable (stack, global), or null. */
  Variable variable;

  /** Stack: the activation it belongs to. */
  Machine.Activation frame;

  /** Heap: the element type once a typed pointer took it, else null; other kinds: their type. */
  CType type;

  /** Heap: position in allocation order, for the leak scan. */
  int heapIndex = -1;

  String allocator = "";
  int allocatedAt;
  String allocatedIn = "";
  int freedAt;
  String owner = "";
  boolean leaked;
  int unreachableSince;

  /** The recorded-step count when it died (freed, out of scope, returned), to draw it once. */
  int diedAtStep = -1;

  int outOfScopeAt;

  Obj(int id, byte kind, int size) {
    this.id = id;
    this.kind = kind;
    this.data = new byte[size];
    this.written = new byte[size];
  }

  int size() {
    return data.length;
  }

  boolean allWritten(int off, int n) {
    for (int i = off; i < off + n; i++) {
      if (written[i] == 0) {
        return false;
      }
    }
    return true;
  }

  boolean noneWritten() {
    for (byte b : written) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }
}
