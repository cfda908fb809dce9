package dev.memoria.simulator.rust.check;

import dev.memoria.simulator.trace.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The MIR-like control-flow graph of one function body: locals and one statement per node. Built by
 * {@link Lowering}, read by {@link BorrowChecker}.
 */
final class Body {

  /** What a local holds. */
  enum LocalKind {
    USER,
    ARG,
    TEMP,
    /** A temporary holding the reference {@code Index::index} returns; named by the container. */
    INDEX,
    RETURN
  }

  /**
   * A local: a user binding, a parameter, a temporary or the return place.
   *
   * @param name the binding's name (empty for temporaries)
   * @param declSpan the binding's pattern, or the expression that created the temporary
   */
  record Local(
      int index, String name, LocalKind kind, boolean mutable, Span declSpan, CheckType type) {}

  /** How a value is read. */
  sealed interface Operand permits Copy, Move, Const {
    /** The place read, if any. */
    default Optional<Place> place() {
      return Optional.empty();
    }
  }

  /** Reads a place without moving it (a Copy type, or a shared read). */
  record Copy(Place at, Span span) implements Operand {
    @Override
    public Optional<Place> place() {
      return Optional.of(at);
    }
  }

  /** Why a value moves, for rustc's label on the move. */
  enum MoveCause {
    PLAIN,
    METHOD_SELF,
    INTO_ITER,
    CLOSURE
  }

  /**
   * Moves a place out.
   *
   * @param span the operand
   * @param causeSpan the span rustc labels for the move (the call for a method, the closure head)
   */
  record Move(Place at, Span span, MoveCause cause, Span causeSpan) implements Operand {
    @Override
    public Optional<Place> place() {
      return Optional.of(at);
    }
  }

  /** A value that reads no place. */
  record Const() implements Operand {}

  /** The right-hand side of an assignment. */
  sealed interface Rvalue permits Use, Ref, Call, Aggregate {}

  record Use(Operand operand) implements Rvalue {}

  /**
   * Borrows a place.
   *
   * @param twoPhase an auto-ref for a {@code &mut self} call, activated by the call itself
   */
  record Ref(Place at, boolean mutable, boolean twoPhase, Span span) implements Rvalue {}

  /**
   * Calls a function.
   *
   * @param flows how references in arguments flow into the result or into other arguments
   * @param callee the span of the function or method name, for "borrow later used by call"
   */
  record Call(List<Operand> args, List<Flow> flows, Span span, Span callee) implements Rvalue {
    Call {
      args = List.copyOf(args);
      flows = List.copyOf(flows);
    }
  }

  /**
   * References held by argument {@code from} flow into local {@code into} (-1: the call's
   * destination).
   *
   * @param pointee when not -1, a local whose references flow too: the value a {@code &self}
   *     argument borrows, when the result names a lifetime of the impl
   */
  record Flow(int from, int into, int pointee) {
    Flow(int from, int into) {
      this(from, into, -1);
    }
  }

  /** Builds a struct, tuple, vector or closure from operands. */
  record Aggregate(List<Operand> operands) implements Rvalue {
    Aggregate {
      operands = List.copyOf(operands);
    }
  }

  /** One statement of the graph. */
  sealed interface Stmt permits Assign, StorageDead, DropUse, Read, Return, Nop, Closure {}

  /**
   * Writes a place.
   *
   * @param span the whole assignment, or the binding's pattern for a {@code let}
   * @param isLet whether this is the initialisation written in a {@code let}
   * @param compound whether this is a compound assignment such as {@code x += 1}
   */
  record Assign(Place dest, Rvalue value, Span span, boolean isLet, boolean compound)
      implements Stmt {}

  /** The storage of a local ends: its scope closes (a user binding) or its statement ends. */
  record StorageDead(int local, Span span) implements Stmt {}

  /**
   * The drop of a local at the end of its scope when its {@code Drop} code may use the references
   * it holds (drop check): it keeps those loans live up to here, if the local is still initialised.
   *
   * @param typeName the type whose {@code Drop} code runs, for rustc's label
   */
  record DropUse(int local, String typeName, Span span) implements Stmt {}

  /** Reads an operand for its value (a condition, an operand of arithmetic). */
  record Read(Operand operand) implements Stmt {}

  /** Returns from the function. */
  record Return(Span span) implements Stmt {}

  /** Does nothing (join points, loop heads). */
  record Nop() implements Stmt {}

  /**
   * A closure that borrows captures and must outlive the function (it is given to {@code
   * thread::spawn} without {@code move}).
   */
  record Closure(Span head, int captured, Span useSpan) implements Stmt {}

  /** A node of the graph: one statement and its successors. */
  static final class Node {
    final Stmt stmt;
    final List<Integer> succ = new ArrayList<>();
    final List<Integer> pred = new ArrayList<>();

    /** The innermost loop around this node, or -1. */
    int loop = -1;

    Node(Stmt stmt) {
      this.stmt = stmt;
    }
  }

  final String name;
  final List<Local> locals = new ArrayList<>();
  final List<Node> nodes = new ArrayList<>();

  /** The span of each loop's head ({@code while c}, {@code for x in e}, {@code loop}). */
  final List<Span> loopHeads = new ArrayList<>();

  /** Edges that go back to a loop head, as {@code from * nodes + to}. */
  final java.util.Set<Long> backEdges = new java.util.HashSet<>();

  /**
   * An {@code if} without {@code else}: its condition, the point just after its block, and the
   * nodes of its block, for E0381's "an `else` arm might be missing here".
   */
  record OpenIf(Span condition, Span afterThen, int firstNode, int endNode) {}

  final List<OpenIf> openIfs = new ArrayList<>();

  /** For parameters of reference type: the {@code &} of the written type. */
  final java.util.Map<Integer, Span> argRefSpans = new java.util.HashMap<>();

  Body(String name) {
    this.name = name;
  }

  int addLocal(String name, LocalKind kind, boolean mutable, Span declSpan, CheckType type) {
    int index = locals.size();
    locals.add(new Local(index, name, kind, mutable, declSpan, type));
    return index;
  }

  int addNode(Stmt stmt) {
    nodes.add(new Node(stmt));
    return nodes.size() - 1;
  }

  void edge(int from, int to) {
    nodes.get(from).succ.add(to);
    nodes.get(to).pred.add(from);
  }

  void backEdge(int from, int to) {
    edge(from, to);
    backEdges.add((long) from * Integer.MAX_VALUE + to);
  }

  boolean isBackEdge(int from, int to) {
    return backEdges.contains((long) from * Integer.MAX_VALUE + to);
  }

  /** The type of a place, following its projections. */
  CheckType typeOf(Place place) {
    CheckType type = locals.get(place.local()).type();
    for (Place.Elem elem : place.elems()) {
      type =
          switch (elem.kind()) {
            case FIELD -> type.field(elem.name()).orElse(CheckType.owned("_"));
            case DEREF, INDEX -> type.inner().orElse(CheckType.owned("_"));
          };
    }
    return type;
  }
}
