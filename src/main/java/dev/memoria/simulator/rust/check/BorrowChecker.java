package dev.memoria.simulator.rust.check;

import dev.memoria.simulator.rust.check.Body.Aggregate;
import dev.memoria.simulator.rust.check.Body.Assign;
import dev.memoria.simulator.rust.check.Body.Call;
import dev.memoria.simulator.rust.check.Body.Closure;
import dev.memoria.simulator.rust.check.Body.Copy;
import dev.memoria.simulator.rust.check.Body.Flow;
import dev.memoria.simulator.rust.check.Body.LocalKind;
import dev.memoria.simulator.rust.check.Body.Move;
import dev.memoria.simulator.rust.check.Body.Operand;
import dev.memoria.simulator.rust.check.Body.Read;
import dev.memoria.simulator.rust.check.Body.Ref;
import dev.memoria.simulator.rust.check.Body.StorageDead;
import dev.memoria.simulator.rust.check.Body.Use;
import dev.memoria.simulator.trace.CompileError;
import dev.memoria.simulator.trace.Span;
import dev.memoria.simulator.trace.SpanLabel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one {@link Body} as rustc's MIR borrow checker does: initialisation and moves (E0381,
 * E0382, E0507), mutability (E0384, E0594, E0596) and loans with non-lexical lifetimes (E0499,
 * E0502, E0503, E0505, E0506, E0597, E0716, E0515, E0373).
 *
 * <p>Regions are approximated as NLL does without universal-region subtleties: a loan lives at
 * every point where some local its reference flowed into is live, and is in scope at the points
 * reachable from the borrow through such points.
 */
final class BorrowChecker {

  private final Body body;
  private final int size;
  private final List<CompileError> errors = new ArrayList<>();
  private final Set<String> reported = new HashSet<>();

  // Move paths: places made only of fields and box derefs, the units moves and inits act on.
  private final List<Place> paths = new ArrayList<>();
  private final Map<Place, Integer> pathIndex = new HashMap<>();
  private final List<Integer> parents = new ArrayList<>();
  private final Map<Place, Integer> pathCache = new java.util.IdentityHashMap<>();
  // For each path, itself and the paths under it (filled once registration is done).
  private int[][] trees;
  private BitSet[] maybeUninit;
  private BitSet[] maybeInit;
  private BitSet[] liveIn;
  private final List<Loan> loans = new ArrayList<>();
  // The locals each node reads, and for each loan the node that activates it (two-phase).
  private BitSet[] uses;
  private int[] activation;
  // E0596 "not declared as mutable" errors per local, merged as rustc merges them.
  private final Map<Integer, List<Span>> immutableBorrows = new LinkedHashMap<>();

  /** A borrow: where it was made, of what, and the points where it is in scope. */
  private record Loan(
      int index,
      int node,
      Place place,
      boolean mutable,
      boolean twoPhase,
      Span span,
      int dest,
      BitSet reach,
      boolean returned,
      BitSet region,
      BitSet inScope) {}

  private enum AccessKind {
    READ,
    BORROW_SHARED,
    RESERVE,
    BORROW_MUT,
    ACTIVATE,
    WRITE,
    WRITE_SHALLOW,
    MOVE,
    STORAGE_DEAD
  }

  private record Access(AccessKind kind, Place place, Span span, Optional<Loan> activated) {}

  private BorrowChecker(Body body) {
    this.body = body;
    this.size = body.nodes.size();
  }

  /** Checks a body; the errors are sorted by primary span, as rustc emits one body's errors. */
  static List<CompileError> check(Body body) {
    BorrowChecker checker = new BorrowChecker(body);
    checker.run();
    List<CompileError> sorted = new ArrayList<>(checker.errors);
    sorted.sort(Comparator.comparing(CompileError::primary, BorrowChecker::compareSpans));
    return sorted;
  }

  static int compareSpans(Span a, Span b) {
    if (a.line() != b.line()) {
      return Integer.compare(a.line(), b.line());
    }
    if (a.column() != b.column()) {
      return Integer.compare(a.column(), b.column());
    }
    if (a.endLine() != b.endLine()) {
      return Integer.compare(a.endLine(), b.endLine());
    }
    return Integer.compare(a.endColumn(), b.endColumn());
  }

  private void run() {
    registerPaths();
    maybeUninit = initFlow(true);
    maybeInit = initFlow(false);
    checkMovesAndInits();
    checkMutability();
    liveIn = liveness();
    buildLoans();
    activation = new int[loans.size()];
    for (Loan loan : loans) {
      activation[loan.index()] = size;
      for (int m = loan.node() + 1; m < size; m++) {
        if (uses[m].get(loan.dest())) {
          activation[loan.index()] = m;
          break;
        }
      }
    }
    checkConflicts();
    for (int i = 0; i < size; i++) {
      if (body.nodes.get(i).stmt instanceof Closure closure) {
        String name = body.locals.get(closure.captured()).name();
        add(
            "E0373",
            "closure may outlive the current function, but it borrows `"
                + name
                + "`, which is owned by the current function",
            closure.head(),
            "may outlive borrowed value `" + name + "`",
            List.of(new SpanLabel(closure.useSpan(), "`" + name + "` is borrowed here")));
      }
    }
    reportImmutableBorrows();
  }

  // ---------------------------------------------------------------- statements' parts

  private static List<Operand> operands(Body.Stmt stmt) {
    if (stmt instanceof Assign assign) {
      return operands(assign.value());
    }
    if (stmt instanceof Read read) {
      return List.of(read.operand());
    }
    return List.of();
  }

  private static List<Operand> operands(Body.Rvalue value) {
    if (value instanceof Use use) {
      return List.of(use.operand());
    }
    if (value instanceof Call call) {
      return call.args();
    }
    if (value instanceof Aggregate aggregate) {
      return aggregate.operands();
    }
    return List.of();
  }

  /** Whether a move operand moves out of a place that rustc forbids moving out of (E0507). */
  private boolean movesOutOfBorrow(Place place) {
    CheckType type = body.locals.get(place.local()).type();
    for (Place.Elem elem : place.elems()) {
      if (elem.kind() == Place.Elem.Kind.INDEX) {
        return true;
      }
      if (elem.kind() == Place.Elem.Kind.DEREF && type.isReference()) {
        return true;
      }
      type = step(type, elem);
    }
    return false;
  }

  private static CheckType step(CheckType type, Place.Elem elem) {
    return switch (elem.kind()) {
      case FIELD -> type.field(elem.name()).orElse(CheckType.owned("_"));
      case DEREF, INDEX -> type.inner().orElse(CheckType.owned("_"));
    };
  }

  // ---------------------------------------------------------------- move paths

  private void registerPaths() {
    for (Body.Local local : body.locals) {
      pathOf(Place.of(local.index()));
    }
    for (Body.Node node : body.nodes) {
      for (Operand operand : operands(node.stmt)) {
        operand.place().ifPresent(this::pathOf);
      }
      if (node.stmt instanceof Assign assign) {
        pathOf(assign.dest());
        if (assign.value() instanceof Ref ref) {
          pathOf(ref.at());
        }
      }
    }
  }

  /** The move path of the longest prefix of a place made of fields and box derefs. */
  private int pathOf(Place place) {
    Integer cached = pathCache.get(place);
    if (cached != null) {
      return cached;
    }
    int path = findPath(place);
    pathCache.put(place, path);
    return path;
  }

  private int findPath(Place place) {
    CheckType type = body.locals.get(place.local()).type();
    int length = 0;
    for (Place.Elem elem : place.elems()) {
      boolean movable =
          elem.kind() == Place.Elem.Kind.FIELD
              || (elem.kind() == Place.Elem.Kind.DEREF && type.kind() == CheckType.Kind.BOX);
      if (!movable) {
        break;
      }
      type = step(type, elem);
      length++;
    }
    Place prefix = place.prefix(length);
    Integer known = pathIndex.get(prefix);
    if (known != null) {
      return known;
    }
    for (int i = 0; i < length; i++) {
      pathIndexOf(place.prefix(i));
    }
    return pathIndexOf(prefix);
  }

  private int pathIndexOf(Place prefix) {
    Integer known = pathIndex.get(prefix);
    if (known != null) {
      return known;
    }
    int parent =
        prefix.elems().isEmpty() ? -1 : pathIndex.get(prefix.prefix(prefix.elems().size() - 1));
    paths.add(prefix);
    parents.add(parent);
    pathIndex.put(prefix, paths.size() - 1);
    trees = null;
    return paths.size() - 1;
  }

  /** Whether path {@code a} is {@code b} or one of its prefixes. */
  private boolean isPrefix(int a, int b) {
    for (int p = b; p >= 0; p = parents.get(p)) {
      if (p == a) {
        return true;
      }
    }
    return false;
  }

  private boolean isPurePath(Place place) {
    return paths.get(pathOf(place)).equals(place);
  }

  // ---------------------------------------------------------------- initialisation

  /** Forward may-analysis: the paths maybe uninitialised ({@code uninit}) or maybe initialised. */
  private BitSet[] initFlow(boolean uninit) {
    BitSet[] in = new BitSet[size];
    BitSet entry = new BitSet();
    for (int p = 0; p < paths.size(); p++) {
      boolean arg = body.locals.get(paths.get(p).local()).kind() == LocalKind.ARG;
      if (arg != uninit) {
        entry.set(p);
      }
    }
    if (size == 0) {
      return in;
    }
    in[0] = entry;
    ArrayDeque<Integer> work = new ArrayDeque<>();
    work.add(0);
    BitSet queued = new BitSet();
    queued.set(0);
    while (!work.isEmpty()) {
      int n = work.poll();
      queued.clear(n);
      BitSet out = (BitSet) in[n].clone();
      transferInit(n, out, uninit);
      for (int s : body.nodes.get(n).succ) {
        if (in[s] == null) {
          in[s] = (BitSet) out.clone();
        } else {
          BitSet before = (BitSet) in[s].clone();
          in[s].or(out);
          if (before.equals(in[s])) {
            continue;
          }
        }
        if (!queued.get(s)) {
          queued.set(s);
          work.add(s);
        }
      }
    }
    for (int i = 0; i < size; i++) {
      if (in[i] == null) {
        in[i] = new BitSet();
      }
    }
    return in;
  }

  private void transferInit(int n, BitSet state, boolean uninit) {
    Body.Stmt stmt = body.nodes.get(n).stmt;
    for (Operand operand : operands(stmt)) {
      if (operand instanceof Move move && !movesOutOfBorrow(move.at())) {
        setTree(state, pathOf(move.at()), uninit);
      }
    }
    if (stmt instanceof Assign assign && isPurePath(assign.dest())) {
      setTree(state, pathOf(assign.dest()), !uninit);
    }
    if (stmt instanceof StorageDead dead) {
      setTree(state, pathOf(Place.of(dead.local())), uninit);
    }
  }

  private void setTree(BitSet state, int path, boolean value) {
    if (trees == null) {
      List<List<Integer>> lists = new ArrayList<>();
      for (int p = 0; p < paths.size(); p++) {
        lists.add(new ArrayList<>());
      }
      for (int p = 0; p < paths.size(); p++) {
        for (int q = p; q >= 0; q = parents.get(q)) {
          lists.get(q).add(p);
        }
      }
      trees = new int[paths.size()][];
      for (int p = 0; p < paths.size(); p++) {
        trees[p] = lists.get(p).stream().mapToInt(Integer::intValue).toArray();
      }
    }
    if (path >= trees.length) {
      trees = null;
      setTree(state, path, value);
      return;
    }
    for (int p : trees[path]) {
      state.set(p, value);
    }
  }

  private void checkMovesAndInits() {
    for (int n = 0; n < size; n++) {
      Body.Stmt stmt = body.nodes.get(n).stmt;
      BitSet state = (BitSet) maybeUninit[n].clone();
      for (Operand operand : operands(stmt)) {
        if (operand instanceof Copy copy) {
          checkInit(n, copy.at(), copy.span(), false, state);
        } else if (operand instanceof Move move) {
          if (movesOutOfBorrow(move.at())) {
            reportMoveOutOfBorrow(move);
          } else {
            checkInit(n, move.at(), move.span(), false, state);
            setTree(state, pathOf(move.at()), true);
          }
        }
      }
      if (stmt instanceof Assign assign) {
        if (assign.value() instanceof Ref ref) {
          checkInit(n, ref.at(), ref.span(), true, state);
        }
        if (assign.compound() || !isPurePath(assign.dest())) {
          // A compound assignment reads the place; a write through a deref reads the pointer.
          checkInit(n, assign.dest(), assign.span(), false, state);
        }
      }
    }
  }

  private void checkInit(int node, Place place, Span span, boolean borrow, BitSet state) {
    int path = pathOf(place);
    boolean whole = paths.get(path).equals(place);
    boolean missing = false;
    boolean partial = false;
    for (int p = path; p >= 0; p = parents.get(p)) {
      missing |= state.get(p);
    }
    if (whole && !missing) {
      setTree(new BitSet(), path, false);
      for (int p : trees[path]) {
        partial |= p != path && state.get(p);
      }
    }
    if (!missing && !partial) {
      return;
    }
    List<MoveSite> moves = findMoves(node, path);
    if (moves.isEmpty()) {
      reportUninit(node, place, span);
    } else {
      reportMoved(node, place, span, borrow, moves, partial && !missing);
    }
  }

  /** A move found walking back from a use; {@code looped} when the walk crossed a back edge. */
  private record MoveSite(int node, Move move, boolean looped) {}

  /** Walks back from a use to the nearest moves of the path (rustc's {@code get_moved_indexes}). */
  private List<MoveSite> findMoves(int use, int path) {
    List<MoveSite> found = new ArrayList<>();
    BitSet seen = new BitSet();
    ArrayDeque<int[]> stack = new ArrayDeque<>();
    for (int p : body.nodes.get(use).pred) {
      stack.push(new int[] {p, body.isBackEdge(p, use) ? 1 : 0});
    }
    while (!stack.isEmpty()) {
      int[] top = stack.pop();
      int n = top[0];
      if (seen.get(n)) {
        continue;
      }
      seen.set(n);
      Body.Stmt stmt = body.nodes.get(n).stmt;
      Optional<Move> move = Optional.empty();
      for (Operand operand : operands(stmt)) {
        if (operand instanceof Move m && !movesOutOfBorrow(m.at())) {
          int moved = pathOf(m.at());
          if (isPrefix(moved, path) || isPrefix(path, moved)) {
            move = Optional.of(m);
          }
        }
      }
      if (move.isPresent()) {
        found.add(new MoveSite(n, move.get(), top[1] == 1));
        continue;
      }
      if (stmt instanceof Assign assign
          && isPurePath(assign.dest())
          && isPrefix(pathOf(assign.dest()), path)) {
        continue;
      }
      if (stmt instanceof StorageDead dead && dead.local() == paths.get(path).local()) {
        continue;
      }
      for (int p : body.nodes.get(n).pred) {
        stack.push(new int[] {p, top[1] == 1 || body.isBackEdge(p, n) ? 1 : 0});
      }
    }
    found.sort(Comparator.comparingInt(MoveSite::node));
    return found;
  }

  private void reportUninit(int node, Place place, Span span) {
    Body.Local local = body.locals.get(place.local());
    String name = describe(Place.of(place.local()));
    if (!reported.add("E0381:" + place.local())) {
      return;
    }
    boolean possibly =
        !maybeInit[node].isEmpty() && maybeInit[node].get(pathOf(Place.of(local.index())));
    if (possibly) {
      List<SpanLabel> labels = new ArrayList<>();
      for (Body.OpenIf open : body.openIfs) {
        boolean assigns = false;
        for (int m = open.firstNode(); m < open.endNode(); m++) {
          if (body.nodes.get(m).stmt instanceof Assign assign
              && assign.dest().equals(Place.of(local.index()))) {
            assigns = true;
          }
        }
        if (assigns) {
          labels.add(
              new SpanLabel(
                  open.condition(),
                  "if this `if` condition is `false`, `" + name + "` is not initialized"));
          labels.add(
              new SpanLabel(
                  open.afterThen(),
                  "an `else` arm might be missing here, initializing `" + name + "`"));
        }
      }
      labels.add(new SpanLabel(local.declSpan(), "binding declared here but left uninitialized"));
      add(
          "E0381",
          "used binding `" + name + "` is possibly-uninitialized",
          span,
          "`" + name + "` used here but it is possibly-uninitialized",
          labels);
    } else {
      add(
          "E0381",
          "used binding `" + name + "` isn't initialized",
          span,
          "`" + name + "` used here but it isn't initialized",
          List.of(new SpanLabel(local.declSpan(), "binding declared here but left uninitialized")));
    }
  }

  private void reportMoved(
      int node, Place place, Span span, boolean borrow, List<MoveSite> moves, boolean partial) {
    StringBuilder key = new StringBuilder("E0382");
    for (MoveSite site : moves) {
      key.append(':').append(site.node());
    }
    if (!reported.add(key.toString())) {
      return;
    }
    // rustc names the moved path when the use reaches into it (`e.part` after `e` moved).
    if (!partial && !moves.isEmpty()) {
      Place moved = moves.get(0).move().at();
      if (moved.local() == place.local()
          && moved.elems().size() < place.elems().size()
          && place.elems().subList(0, moved.elems().size()).equals(moved.elems())) {
        place = moved;
      }
    }
    String name = describe(place);
    String verb = borrow ? "borrow" : "use";
    String message =
        verb + " of " + (partial ? "partially moved" : "moved") + " value: `" + name + "`";
    List<SpanLabel> labels = new ArrayList<>();
    String primaryLabel =
        "value "
            + (borrow ? "borrowed" : "used")
            + " here after "
            + (partial ? "partial " : "")
            + "move";
    for (MoveSite site : moves) {
      Move move = site.move();
      String again = site.looped() ? ", in previous iteration of loop" : "";
      if (site.node() == node && move.span().equals(span)) {
        primaryLabel = "value moved here, in previous iteration of loop";
        int loop = body.nodes.get(node).loop;
        if (loop >= 0) {
          labels.add(new SpanLabel(body.loopHeads.get(loop), "inside of this loop"));
        }
        continue;
      }
      String movedName = describe(move.at());
      switch (move.cause()) {
        case METHOD_SELF ->
            labels.add(
                new SpanLabel(
                    move.causeSpan(), "`" + movedName + "` moved due to this method call" + again));
        case INTO_ITER ->
            labels.add(
                new SpanLabel(
                    move.span(),
                    "`"
                        + movedName
                        + "` moved due to this implicit call to `.into_iter()`"
                        + again));
        case CLOSURE -> {
          labels.add(new SpanLabel(move.causeSpan(), "value moved into closure here" + again));
          labels.add(new SpanLabel(move.span(), "variable moved due to use in closure"));
        }
        case PLAIN ->
            labels.add(
                new SpanLabel(
                    move.span(), "value " + (partial ? "partially " : "") + "moved here" + again));
      }
    }
    Body.Local local = body.locals.get(place.local());
    if (!partial && place.isLocal() && !isTemp(local)) {
      labels.add(
          new SpanLabel(
              local.declSpan(),
              "move occurs because `"
                  + name
                  + "` has type `"
                  + local.type().display()
                  + "`, which does not implement the `Copy` trait"));
    }
    add("E0382", message, span, primaryLabel, labels);
  }

  private void reportMoveOutOfBorrow(Move move) {
    Place place = move.at();
    CheckType type = body.typeOf(place);
    if (body.locals.get(place.local()).kind() == LocalKind.INDEX) {
      add(
          "E0507",
          "cannot move out of index of `" + body.locals.get(place.local()).name() + "`",
          move.span(),
          "move occurs because value has type `"
              + type.display()
              + "`, which does not implement the `Copy` trait",
          List.of());
      return;
    }
    CheckType reference = body.locals.get(place.local()).type();
    for (Place.Elem elem : place.elems()) {
      if (elem.kind() == Place.Elem.Kind.DEREF && reference.isReference()) {
        break;
      }
      reference = step(reference, elem);
    }
    String name = describe(place);
    String which =
        reference.kind() == CheckType.Kind.MUT_REF ? "a mutable reference" : "a shared reference";
    String label =
        "move occurs because `"
            + name
            + "` has type `"
            + type.display()
            + "`, which does not implement the `Copy` trait";
    add(
        "E0507",
        "cannot move out of `" + name + "` which is behind " + which,
        move.span(),
        label,
        List.of());
  }

  // ---------------------------------------------------------------- mutability

  private void checkMutability() {
    for (int n = 0; n < size; n++) {
      Body.Stmt stmt = body.nodes.get(n).stmt;
      if (!(stmt instanceof Assign assign)) {
        continue;
      }
      if (assign.value() instanceof Ref ref && ref.mutable()) {
        checkMutableBorrow(ref);
      }
      Place dest = assign.dest();
      Body.Local local = body.locals.get(dest.local());
      if (dest.isLocal()) {
        if (local.mutable() || isTemp(local) || local.kind() == LocalKind.RETURN) {
          continue;
        }
        if (local.kind() == LocalKind.ARG) {
          add(
              "E0384",
              "cannot assign to immutable argument `" + local.name() + "`",
              assign.span(),
              "cannot assign to immutable argument",
              List.of());
        } else if (!assign.isLet() && maybeInit[n].get(pathOf(dest))) {
          add(
              "E0384",
              "cannot assign twice to immutable variable `" + local.name() + "`",
              assign.span(),
              "cannot assign twice to immutable variable",
              firstAssignment(n, dest.local()));
        }
        continue;
      }
      checkAssignThrough(assign);
    }
  }

  private List<SpanLabel> firstAssignment(int node, int local) {
    BitSet seen = new BitSet();
    ArrayDeque<Integer> stack = new ArrayDeque<>(body.nodes.get(node).pred);
    Optional<Assign> best = Optional.empty();
    while (!stack.isEmpty()) {
      int n = stack.pop();
      if (seen.get(n)) {
        continue;
      }
      seen.set(n);
      if (body.nodes.get(n).stmt instanceof Assign assign
          && assign.dest().equals(Place.of(local))) {
        if (best.isEmpty() || compareSpans(assign.span(), best.get().span()) < 0) {
          best = Optional.of(assign);
        }
        continue;
      }
      stack.addAll(body.nodes.get(n).pred);
    }
    if (best.isEmpty()) {
      return List.of();
    }
    Span span = best.get().isLet() ? body.locals.get(local).declSpan() : best.get().span();
    return List.of(
        new SpanLabel(span, "first assignment to `" + body.locals.get(local).name() + "`"));
  }

  /** The reference a place goes through last, if the place is reached through a reference. */
  private Optional<Place> lastReference(Place place) {
    CheckType type = body.locals.get(place.local()).type();
    Optional<Place> found = Optional.empty();
    for (int i = 0; i < place.elems().size(); i++) {
      Place.Elem elem = place.elems().get(i);
      if (elem.kind() == Place.Elem.Kind.DEREF && type.isReference()) {
        found = Optional.of(place.prefix(i));
      }
      type = step(type, elem);
    }
    return found;
  }

  private void checkMutableBorrow(Ref ref) {
    Place place = ref.at();
    Optional<Place> through = lastReference(place);
    if (through.isPresent()) {
      if (body.typeOf(through.get()).kind() == CheckType.Kind.SHARED_REF) {
        add(
            "E0596",
            "cannot borrow `" + describe(place) + "` as mutable, as it is behind a `&` reference",
            ref.span(),
            "`"
                + describe(through.get())
                + "` is a `&` reference, so it cannot be borrowed as mutable",
            List.of());
      }
      return;
    }
    Body.Local local = body.locals.get(place.local());
    if (local.mutable() || isTemp(local)) {
      return;
    }
    immutableBorrows.computeIfAbsent(local.index(), k -> new ArrayList<>()).add(ref.span());
  }

  private void reportImmutableBorrows() {
    for (Map.Entry<Integer, List<Span>> entry : immutableBorrows.entrySet()) {
      Body.Local local = body.locals.get(entry.getKey());
      String message =
          "cannot borrow `" + local.name() + "` as mutable, as it is not declared as mutable";
      List<Span> uses = entry.getValue();
      if (uses.size() == 1) {
        add("E0596", message, uses.get(0), "cannot borrow as mutable", List.of());
      } else {
        List<SpanLabel> labels = new ArrayList<>();
        for (Span use : uses) {
          labels.add(new SpanLabel(use, "cannot borrow as mutable"));
        }
        add("E0596", message, local.declSpan(), "not mutable", labels);
      }
    }
  }

  private void checkAssignThrough(Assign assign) {
    Place dest = assign.dest();
    Optional<Place> through = lastReference(dest);
    if (through.isPresent()) {
      if (body.typeOf(through.get()).kind() == CheckType.Kind.SHARED_REF) {
        add(
            "E0594",
            "cannot assign to `" + describe(dest) + "`, which is behind a `&` reference",
            assign.span(),
            "`" + describe(through.get()) + "` is a `&` reference, so it cannot be written to",
            List.of());
      }
      return;
    }
    Body.Local local = body.locals.get(dest.local());
    if (!local.mutable() && !isTemp(local)) {
      add(
          "E0594",
          "cannot assign to `"
              + describe(dest)
              + "`, as `"
              + local.name()
              + "` is not declared as mutable",
          assign.span(),
          "cannot assign",
          List.of());
    }
  }

  // ---------------------------------------------------------------- liveness and loans

  private void usedLocals(Body.Stmt stmt, BitSet into) {
    for (Operand operand : operands(stmt)) {
      operand.place().ifPresent(p -> into.set(p.local()));
    }
    if (stmt instanceof Assign assign) {
      if (assign.value() instanceof Ref ref) {
        into.set(ref.at().local());
      }
      if (!assign.dest().isLocal() || assign.compound()) {
        into.set(assign.dest().local());
      }
    }
    if (stmt instanceof Body.Return) {
      for (Body.Local local : body.locals) {
        if (local.kind() == LocalKind.RETURN) {
          into.set(local.index());
        }
      }
    }
  }

  /** Backward liveness of locals: {@code liveIn[n]} holds the locals read at or after n. */
  private BitSet[] liveness() {
    BitSet[] in = new BitSet[size];
    uses = new BitSet[size];
    for (int n = 0; n < size; n++) {
      in[n] = new BitSet();
      uses[n] = new BitSet();
      usedLocals(body.nodes.get(n).stmt, uses[n]);
      if (body.nodes.get(n).stmt instanceof Body.DropUse drop && dropRuns(n, drop)) {
        uses[n].set(drop.local());
      }
    }
    ArrayDeque<Integer> work = new ArrayDeque<>();
    BitSet queued = new BitSet();
    for (int n = size - 1; n >= 0; n--) {
      work.add(n);
      queued.set(n);
    }
    while (!work.isEmpty()) {
      int n = work.poll();
      queued.clear(n);
      BitSet out = new BitSet();
      for (int s : body.nodes.get(n).succ) {
        out.or(in[s]);
      }
      Body.Stmt stmt = body.nodes.get(n).stmt;
      if (stmt instanceof Assign assign && assign.dest().isLocal() && !assign.compound()) {
        out.clear(assign.dest().local());
      }
      out.or(uses[n]);
      if (!out.equals(in[n])) {
        in[n] = out;
        for (int p : body.nodes.get(n).pred) {
          if (!queued.get(p)) {
            queued.set(p);
            work.add(p);
          }
        }
      }
    }
    return in;
  }

  /** Local-to-local flow of references: {@code edges[a]} holds the locals a's loans reach. */
  private List<BitSet> flowEdges() {
    List<BitSet> edges = new ArrayList<>();
    for (int i = 0; i < body.locals.size(); i++) {
      edges.add(new BitSet());
    }
    for (Body.Node node : body.nodes) {
      if (!(node.stmt instanceof Assign assign)) {
        continue;
      }
      int dest = assign.dest().local();
      Body.Rvalue value = assign.value();
      if (value instanceof Ref ref) {
        // A reborrow keeps the loans of the reference it goes through; a borrow of a value that
        // holds references (`&excerpt`) keeps those alive too, as `&'r S<'a>` needs `'a: 'r`.
        if (lastReference(ref.at()).isPresent() || body.typeOf(ref.at()).hasRefs()) {
          edges.get(ref.at().local()).set(dest);
        }
      } else if (value instanceof Call call) {
        for (Flow flow : call.flows()) {
          Optional<Place> from = call.args().get(flow.from()).place();
          int into = flow.into() < 0 ? dest : flow.into();
          if (flow.pointee() >= 0) {
            edges.get(flow.pointee()).set(into);
          } else if (from.isPresent()) {
            edges.get(from.get().local()).set(into);
          }
        }
      } else if (!assign.compound()) {
        // `total += x` with `x: &i32` adds the value behind x: no reference is stored.
        for (Operand operand : operands(value)) {
          Optional<Place> from = operand.place();
          if (from.isPresent() && body.typeOf(from.get()).hasRefs()) {
            edges.get(from.get().local()).set(dest);
          }
        }
      }
    }
    return edges;
  }

  private void buildLoans() {
    List<BitSet> edges = flowEdges();
    for (int n = 0; n < size; n++) {
      if (!(body.nodes.get(n).stmt instanceof Assign assign)
          || !(assign.value() instanceof Ref ref)) {
        continue;
      }
      Optional<Place> through = lastReference(ref.at());
      if (through.isPresent() && body.typeOf(through.get()).kind() == CheckType.Kind.SHARED_REF) {
        continue; // Loans through a shared reference never conflict.
      }
      BitSet reach = new BitSet();
      ArrayDeque<Integer> work = new ArrayDeque<>();
      work.add(assign.dest().local());
      reach.set(assign.dest().local());
      while (!work.isEmpty()) {
        int local = work.poll();
        BitSet next = edges.get(local);
        for (int m = next.nextSetBit(0); m >= 0; m = next.nextSetBit(m + 1)) {
          if (!reach.get(m)) {
            reach.set(m);
            work.add(m);
          }
        }
      }
      boolean escapes = false;
      boolean returned = false;
      for (int m = reach.nextSetBit(0); m >= 0; m = reach.nextSetBit(m + 1)) {
        LocalKind kind = body.locals.get(m).kind();
        escapes |= kind == LocalKind.RETURN || kind == LocalKind.ARG;
        returned |= kind == LocalKind.RETURN;
      }
      BitSet region = new BitSet();
      for (int m = 0; m < size; m++) {
        if (escapes || liveIn[m].intersects(reach)) {
          region.set(m);
        }
      }
      BitSet inScope = new BitSet();
      ArrayDeque<Integer> walk = new ArrayDeque<>(body.nodes.get(n).succ);
      while (!walk.isEmpty()) {
        int m = walk.poll();
        if (inScope.get(m) || !region.get(m)) {
          continue;
        }
        inScope.set(m);
        if (kills(m, ref.at())) {
          continue;
        }
        walk.addAll(body.nodes.get(m).succ);
      }
      loans.add(
          new Loan(
              loans.size(),
              n,
              ref.at(),
              ref.mutable(),
              ref.twoPhase(),
              ref.span(),
              assign.dest().local(),
              reach,
              returned,
              region,
              inScope));
    }
  }

  /** Whether node m ends a loan: its local is overwritten under a deref, or its storage ends. */
  private boolean kills(int m, Place borrowed) {
    Body.Stmt stmt = body.nodes.get(m).stmt;
    if (stmt instanceof Assign assign
        && assign.dest().isLocal()
        && assign.dest().local() == borrowed.local()
        && borrowed.hasDeref()) {
      return true;
    }
    return stmt instanceof StorageDead dead && dead.local() == borrowed.local();
  }

  // ---------------------------------------------------------------- conflicts

  private List<Access> accesses(int n) {
    Body.Stmt stmt = body.nodes.get(n).stmt;
    List<Access> list = new ArrayList<>();
    for (Operand operand : operands(stmt)) {
      if (operand instanceof Copy copy) {
        list.add(new Access(AccessKind.READ, copy.at(), copy.span(), Optional.empty()));
      } else if (operand instanceof Move move && !movesOutOfBorrow(move.at())) {
        list.add(new Access(AccessKind.MOVE, move.at(), move.span(), Optional.empty()));
      }
      Optional<Place> place = operand.place();
      if (place.isPresent() && stmt instanceof Assign assign && assign.value() instanceof Call) {
        for (Loan loan : loans) {
          if (loan.twoPhase() && loan.dest() == place.get().local() && place.get().isLocal()) {
            list.add(
                new Access(AccessKind.ACTIVATE, loan.place(), assign.span(), Optional.of(loan)));
          }
        }
      }
    }
    if (stmt instanceof Assign assign) {
      if (assign.value() instanceof Ref ref) {
        AccessKind kind =
            !ref.mutable()
                ? AccessKind.BORROW_SHARED
                : ref.twoPhase() ? AccessKind.RESERVE : AccessKind.BORROW_MUT;
        list.add(new Access(kind, ref.at(), ref.span(), Optional.empty()));
      }
      Place dest = assign.dest();
      if (!isTemp(body.locals.get(dest.local())) || !dest.isLocal()) {
        list.add(
            new Access(
                dest.isLocal() ? AccessKind.WRITE_SHALLOW : AccessKind.WRITE,
                dest,
                assign.span(),
                Optional.empty()));
      }
    }
    if (stmt instanceof StorageDead dead) {
      list.add(
          new Access(
              AccessKind.STORAGE_DEAD, Place.of(dead.local()), dead.span(), Optional.empty()));
    }
    return list;
  }

  private void checkConflicts() {
    Set<Loan> badReservations = new HashSet<>();
    for (int n = 0; n < size; n++) {
      for (Access access : accesses(n)) {
        if (access.kind() == AccessKind.ACTIVATE
            && badReservations.contains(access.activated().get())) {
          continue; // rustc skips the activation of a reservation it already reported.
        }
        for (Loan loan : loans) {
          if (!loan.inScope().get(n) || loan.node() == n) {
            continue;
          }
          if (access.activated().isPresent() && access.activated().get() == loan) {
            continue;
          }
          if (conflicts(n, loan, access)) {
            report(n, loan, access);
            if (access.kind() == AccessKind.RESERVE) {
              for (Loan reserved : loans) {
                if (reserved.node() == n) {
                  badReservations.add(reserved);
                }
              }
            }
            break;
          }
        }
      }
    }
  }

  /** Whether a two-phase loan is still only reserved at node n (its call not reached). */
  private boolean reserved(Loan loan, int n) {
    return loan.twoPhase() && n <= activation[loan.index()];
  }

  private boolean conflicts(int n, Loan loan, Access access) {
    boolean shallow =
        access.kind() == AccessKind.WRITE_SHALLOW || access.kind() == AccessKind.STORAGE_DEAD;
    if (!placesOverlap(loan.place(), access.place(), shallow)) {
      return false;
    }
    boolean loanMutable = loan.mutable() && !reserved(loan, n);
    return switch (access.kind()) {
      case READ, BORROW_SHARED -> loanMutable;
      case RESERVE -> loan.mutable();
      case BORROW_MUT, ACTIVATE, WRITE, WRITE_SHALLOW, MOVE, STORAGE_DEAD -> true;
    };
  }

  private boolean placesOverlap(Place loan, Place access, boolean shallow) {
    if (loan.local() != access.local()) {
      return false;
    }
    int common = Math.min(loan.elems().size(), access.elems().size());
    CheckType type = body.locals.get(loan.local()).type();
    for (int i = 0; i < common; i++) {
      Place.Elem a = loan.elems().get(i);
      Place.Elem b = access.elems().get(i);
      if (a.kind() == Place.Elem.Kind.FIELD
          && b.kind() == Place.Elem.Kind.FIELD
          && !a.name().equals(b.name())) {
        return false;
      }
      type = step(type, a);
    }
    if (shallow && loan.elems().size() > access.elems().size()) {
      // A shallow access (overwriting or ending a local) does not reach through a reference.
      CheckType at = body.typeOf(access);
      for (int i = access.elems().size(); i < loan.elems().size(); i++) {
        Place.Elem elem = loan.elems().get(i);
        if (elem.kind() == Place.Elem.Kind.DEREF && at.isReference()) {
          return false;
        }
        at = step(at, elem);
      }
    }
    return true;
  }

  /** Where the loan is used later: the first read of a local its reference flowed into. */
  private Optional<SpanLabel> laterUse(int n, Loan loan, String prefix) {
    // rustc's statement-level search reaches the next iteration of a loop before the code after
    // it (which starts with the loop's clean-up); searching inside the loop first mimics that.
    int loop = body.nodes.get(n).loop;
    if (loop >= 0) {
      Optional<SpanLabel> inLoop = laterUse(n, loan, prefix, loop);
      if (inLoop.isPresent()) {
        return inLoop;
      }
    }
    return laterUse(n, loan, prefix, -1);
  }

  private boolean inside(int node, int loop) {
    return loop < 0 || body.nodes.get(node).loop == loop;
  }

  private Optional<SpanLabel> laterUse(int n, Loan loan, String prefix, int loop) {
    BitSet seen = new BitSet();
    ArrayDeque<Integer> queue = new ArrayDeque<>(body.nodes.get(n).succ);
    while (!queue.isEmpty()) {
      int m = queue.poll();
      if (seen.get(m) || !inside(m, loop)) {
        continue;
      }
      seen.set(m);
      Optional<SpanLabel> use = useOf(m, loan, prefix);
      if (use.isPresent()) {
        return use;
      }
      if (loan.region().get(m) || m == n) {
        queue.addAll(body.nodes.get(m).succ);
      }
    }
    return Optional.empty();
  }

  /** Whether the local a drop-use drops may still be initialised there (else nothing runs). */
  private boolean dropRuns(int n, Body.DropUse drop) {
    return maybeInit[n].get(pathOf(Place.of(drop.local())));
  }

  private Optional<SpanLabel> useOf(int m, Loan loan, String prefix) {
    Body.Stmt stmt = body.nodes.get(m).stmt;
    if (stmt instanceof Body.DropUse drop && loan.reach().get(drop.local()) && dropRuns(m, drop)) {
      return Optional.of(
          new SpanLabel(
              drop.span(),
              prefix
                  + " might be used here, when `"
                  + body.locals.get(drop.local()).name()
                  + "` is dropped and runs the `Drop` code for type `"
                  + drop.typeName()
                  + "`"));
    }
    for (Operand operand : operands(stmt)) {
      Optional<Place> place = operand.place();
      if (place.isPresent() && loan.reach().get(place.get().local())) {
        Span span = operand instanceof Copy c ? c.span() : ((Move) operand).span();
        if (stmt instanceof Assign assign
            && assign.value() instanceof Call call
            && isTemp(body.locals.get(place.get().local()))
            && place.get().local() == loan.dest()) {
          return Optional.of(new SpanLabel(call.callee(), prefix + " later used by call"));
        }
        return Optional.of(new SpanLabel(span, prefix + " later used here"));
      }
    }
    if (stmt instanceof Assign assign) {
      if (assign.value() instanceof Ref ref && loan.reach().get(ref.at().local())) {
        return Optional.of(new SpanLabel(ref.span(), prefix + " later used here"));
      }
      if ((!assign.dest().isLocal() || assign.compound())
          && loan.reach().get(assign.dest().local())) {
        return Optional.of(new SpanLabel(assign.span(), prefix + " later used here"));
      }
    }
    return Optional.empty();
  }

  /** The span of the returned expression a loan flows into. */
  private Span returnSpan(Loan loan) {
    Span returned = loan.span();
    for (Body.Node node : body.nodes) {
      if (node.stmt instanceof Assign assign
          && body.locals.get(assign.dest().local()).kind() == LocalKind.RETURN) {
        for (Operand operand : operands(assign.value())) {
          if (operand.place().isPresent() && loan.reach().get(operand.place().get().local())) {
            returned = operand instanceof Copy c ? c.span() : ((Move) operand).span();
          }
        }
      }
    }
    return returned;
  }

  /**
   * Why the loan is still live: its later use, or, for a loan returned to the caller, the lifetime
   * of the parameter it came from.
   */
  private List<SpanLabel> liveBecause(int n, Loan loan, String prefix) {
    Span paramRef = body.argRefSpans.get(loan.place().local());
    if (loan.returned() && paramRef != null) {
      return List.of(
          new SpanLabel(paramRef, "let's call the lifetime of this reference `'1`"),
          new SpanLabel(
              returnSpan(loan),
              "returning this value requires that `"
                  + describe(loan.place())
                  + "` is borrowed for `'1`"));
    }
    return laterUse(n, loan, prefix).map(List::of).orElse(List.of());
  }

  private void report(int n, Loan loan, Access access) {
    String accessName = describe(access.place());
    String loanName = describe(loan.place());
    List<SpanLabel> labels = new ArrayList<>();
    switch (access.kind()) {
      case READ -> {
        labels.add(new SpanLabel(loan.span(), "`" + loanName + "` is borrowed here"));
        labels.addAll(liveBecause(n, loan, "borrow"));
        add(
            "E0503",
            "cannot use `" + accessName + "` because it was mutably borrowed",
            access.span(),
            "use of borrowed `" + loanName + "`",
            labels);
      }
      case BORROW_SHARED -> {
        labels.add(new SpanLabel(loan.span(), "mutable borrow occurs here"));
        labels.addAll(liveBecause(n, loan, "mutable borrow"));
        add(
            "E0502",
            "cannot borrow `"
                + accessName
                + "` as immutable because it is also borrowed as mutable",
            access.span(),
            "immutable borrow occurs here",
            labels);
      }
      case RESERVE, BORROW_MUT, ACTIVATE -> {
        if (loan.mutable()) {
          labels.add(new SpanLabel(loan.span(), "first mutable borrow occurs here"));
          labels.addAll(liveBecause(n, loan, "first borrow"));
          add(
              "E0499",
              "cannot borrow `" + accessName + "` as mutable more than once at a time",
              access.span(),
              "second mutable borrow occurs here",
              labels);
        } else {
          labels.add(new SpanLabel(loan.span(), "immutable borrow occurs here"));
          labels.addAll(liveBecause(n, loan, "immutable borrow"));
          add(
              "E0502",
              "cannot borrow `"
                  + accessName
                  + "` as mutable because it is also borrowed as immutable",
              access.span(),
              "mutable borrow occurs here",
              labels);
        }
      }
      case WRITE, WRITE_SHALLOW -> {
        labels.add(new SpanLabel(loan.span(), "`" + loanName + "` is borrowed here"));
        labels.addAll(liveBecause(n, loan, "borrow"));
        add(
            "E0506",
            "cannot assign to `" + accessName + "` because it is borrowed",
            access.span(),
            "`" + accessName + "` is assigned to here but it was already borrowed",
            labels);
      }
      case MOVE -> {
        labels.add(new SpanLabel(loan.span(), "borrow of `" + loanName + "` occurs here"));
        Body.Local local = body.locals.get(access.place().local());
        if (local.kind() == LocalKind.USER || local.kind() == LocalKind.ARG) {
          labels.add(
              new SpanLabel(local.declSpan(), "binding `" + local.name() + "` declared here"));
        }
        labels.addAll(liveBecause(n, loan, "borrow"));
        add(
            "E0505",
            "cannot move out of `" + accessName + "` because it is borrowed",
            access.span(),
            "move out of `" + accessName + "` occurs here",
            labels);
      }
      case STORAGE_DEAD -> reportDeadWhileBorrowed(n, loan, access);
    }
  }

  private void reportDeadWhileBorrowed(int n, Loan loan, Access access) {
    Body.Local local = body.locals.get(access.place().local());
    if (loan.returned()) {
      reportReturned(loan, local);
      return;
    }
    List<SpanLabel> labels = new ArrayList<>();
    if (isTemp(local)) {
      labels.add(
          new SpanLabel(access.span(), "temporary value is freed at the end of this statement"));
      laterUse(n, loan, "borrow").ifPresent(labels::add);
      add(
          "E0716",
          "temporary value dropped while borrowed",
          local.declSpan(),
          "creates a temporary value which is freed while still in use",
          labels);
      return;
    }
    labels.add(
        new SpanLabel(access.span(), "`" + local.name() + "` dropped here while still borrowed"));
    labels.add(new SpanLabel(local.declSpan(), "binding `" + local.name() + "` declared here"));
    laterUse(n, loan, "borrow").ifPresent(labels::add);
    for (int m = loan.reach().nextSetBit(0); m >= 0; m = loan.reach().nextSetBit(m + 1)) {
      Body.Local holder = body.locals.get(m);
      if (holder.kind() == LocalKind.USER && holder.type().kind() == CheckType.Kind.VEC) {
        labels.add(
            new SpanLabel(holder.declSpan(), "variable `" + holder.name() + "` declared here"));
        break;
      }
    }
    add(
        "E0597",
        "`" + local.name() + "` does not live long enough",
        loan.span(),
        "borrowed value does not live long enough",
        labels);
  }

  private void reportReturned(Loan loan, Body.Local local) {
    Span returned = returnSpan(loan);
    String what =
        local.kind() == LocalKind.ARG
            ? "function parameter `" + local.name() + "`"
            : "local variable `" + local.name() + "`";
    if (isTemp(local)) {
      add(
          "E0515",
          "cannot return reference to temporary value",
          returned,
          "returns a reference to data owned by the current function",
          List.of(new SpanLabel(local.declSpan(), "temporary value created here")));
    } else if (returned.equals(loan.span())) {
      add(
          "E0515",
          "cannot return reference to " + what,
          returned,
          "returns a reference to data owned by the current function",
          List.of());
    } else {
      add(
          "E0515",
          "cannot return value referencing " + what,
          returned,
          "returns a value referencing data owned by the current function",
          List.of(new SpanLabel(loan.span(), "`" + local.name() + "` is borrowed here")));
    }
  }

  // ---------------------------------------------------------------- output

  /** A place as rustc prints it: {@code x}, {@code x.f}, {@code *r}, {@code v[_]}. */
  String describe(Place place) {
    Body.Local local = body.locals.get(place.local());
    StringBuilder text = new StringBuilder(local.name());
    List<Place.Elem> elems = place.elems();
    for (int i = 0; i < elems.size(); i++) {
      Place.Elem elem = elems.get(i);
      switch (elem.kind()) {
        case FIELD -> text.append('.').append(elem.name());
        case INDEX -> text.append("[_]");
        case DEREF -> {
          boolean nextIsField =
              i + 1 < elems.size() && elems.get(i + 1).kind() == Place.Elem.Kind.FIELD;
          if (!nextIsField) {
            text.insert(0, '*');
          }
        }
      }
    }
    return text.toString();
  }

  private static boolean isTemp(Body.Local local) {
    return local.kind() == LocalKind.TEMP || local.kind() == LocalKind.INDEX;
  }

  private void add(
      String code, String message, Span primary, String label, List<SpanLabel> secondary) {
    if (!reported.add(code + "@" + primary)) {
      return;
    }
    errors.add(new CompileError(code, message, primary, label, secondary));
  }
}
