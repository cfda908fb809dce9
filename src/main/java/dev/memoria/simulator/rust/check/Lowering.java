package dev.memoria.simulator.rust.check;

import dev.memoria.simulator.rust.check.Body.Aggregate;
import dev.memoria.simulator.rust.check.Body.Assign;
import dev.memoria.simulator.rust.check.Body.Call;
import dev.memoria.simulator.rust.check.Body.Const;
import dev.memoria.simulator.rust.check.Body.Copy;
import dev.memoria.simulator.rust.check.Body.Flow;
import dev.memoria.simulator.rust.check.Body.LocalKind;
import dev.memoria.simulator.rust.check.Body.Move;
import dev.memoria.simulator.rust.check.Body.MoveCause;
import dev.memoria.simulator.rust.check.Body.Operand;
import dev.memoria.simulator.rust.check.Body.Read;
import dev.memoria.simulator.rust.check.Body.Ref;
import dev.memoria.simulator.rust.check.Body.Rvalue;
import dev.memoria.simulator.rust.check.Body.StorageDead;
import dev.memoria.simulator.rust.check.Body.Use;
import dev.memoria.simulator.rust.syntax.Expr;
import dev.memoria.simulator.rust.syntax.Item;
import dev.memoria.simulator.rust.syntax.Pat;
import dev.memoria.simulator.rust.syntax.Stmt;
import dev.memoria.simulator.rust.syntax.TypeExpr;
import dev.memoria.simulator.rust.types.FnDef;
import dev.memoria.simulator.rust.types.Type;
import dev.memoria.simulator.rust.types.TypedProgram;
import dev.memoria.simulator.trace.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lowers one function of the syntax tree to a {@link Body}, in MIR's evaluation order: operands
 * left to right, auto-refs of method receivers as two-phase borrows, temporaries dropped at the end
 * of their statement (or of the block, when a {@code let} extends them), locals at the end of their
 * block in reverse order.
 */
final class Lowering {

  private final TypeTable types;
  private final TypedProgram typed;
  private final CheckTypes checkTypes;
  private final Body body;
  private final Item.Fn fn;
  private final Optional<String> selfType;
  private int current;
  private final Deque<Map<String, Integer>> scopes = new ArrayDeque<>();
  private final Deque<List<Integer>> scopeLocals = new ArrayDeque<>();
  // Temporaries whose storage ends when the current statement ends.
  private List<Integer> statementTemps = new ArrayList<>();
  private final Deque<LoopFrame> loops = new ArrayDeque<>();
  private int returnLocal;
  // Locals whose `Drop` code may use the references they hold, with that type's name.
  private final Map<Integer, String> dropUsers = new HashMap<>();
  private int loopIndex = -1;

  private record LoopFrame(int head, int exit, int index, int scopeDepth) {}

  /** A lowered expression: how to read it and its type. */
  private record Value(Operand operand, CheckType type) {}

  /** A lowered place expression and its type. */
  private record PlaceValue(Place place, CheckType type) {}

  private Lowering(
      TypeTable types,
      TypedProgram typed,
      CheckTypes checkTypes,
      Item.Fn fn,
      Optional<String> selfType) {
    this.types = types;
    this.typed = typed;
    this.checkTypes = checkTypes;
    this.fn = fn;
    this.selfType = selfType;
    this.body = new Body(fn.name());
  }

  static Body lower(
      TypeTable types,
      TypedProgram typed,
      CheckTypes checkTypes,
      Item.Fn fn,
      Optional<String> selfType) {
    Lowering lowering = new Lowering(types, typed, checkTypes, fn, selfType);
    lowering.lowerFn();
    return lowering.body;
  }

  // ---------------------------------------------------------------- graph building

  private int emit(Body.Stmt stmt) {
    int node = body.addNode(stmt);
    body.nodes.get(node).loop = loopIndex;
    if (current >= 0) {
      body.edge(current, node);
    }
    current = node;
    return node;
  }

  private int temp(CheckType type, Span span) {
    int local = body.addLocal("", LocalKind.TEMP, true, span, type);
    statementTemps.add(local);
    return local;
  }

  private static Span endOf(Span span) {
    return new Span(
        span.endLine(), Math.max(1, span.endColumn() - 1), span.endLine(), span.endColumn());
  }

  private static Span startOf(Span span, int length) {
    return new Span(span.line(), span.column(), span.line(), span.column() + length);
  }

  private void lowerFn() {
    current = -1;
    emit(new Body.Nop());
    scopes.push(new HashMap<>());
    scopeLocals.push(new ArrayList<>());
    FnDef def = typed.fnOf(fn);
    returnLocal = body.addLocal("", LocalKind.RETURN, true, fn.nameSpan(), type(def.returnType()));
    if (fn.self().isPresent() && def.selfType().isPresent()) {
      Item.SelfParam self = fn.self().get();
      bind(
          "self",
          LocalKind.ARG,
          self.kind() == Item.SelfKind.MUT_VALUE,
          self.span(),
          type(def.selfType().get()));
    }
    for (int i = 0; i < fn.params().size(); i++) {
      Item.Param param = fn.params().get(i);
      CheckType type = type(def.params().get(i));
      if (param.pat() instanceof Pat.Ident ident) {
        int local = bind(ident.name(), LocalKind.ARG, ident.mutable(), ident.span(), type);
        noteDropUser(local, def.params().get(i));
        if (param.type() instanceof TypeExpr.Ref) {
          body.argRefSpans.put(local, startOf(param.type().span(), 1));
        }
      }
    }
    Expr.Block block = fn.body();
    Optional<Value> tail = lowerBlockBody(block, true);
    if (tail.isPresent() && current >= 0) {
      Expr tailExpr = block.tail().get();
      emit(
          new Assign(
              Place.of(returnLocal), new Use(tail.get().operand()), tailExpr.span(), false, false));
    }
    closeScope(endOf(block.span()));
    emit(new Body.Return(endOf(block.span())));
  }

  private int bind(String name, LocalKind kind, boolean mutable, Span span, CheckType type) {
    int local = body.addLocal(name, kind, mutable, span, type);
    scopes.peek().put(name, local);
    scopeLocals.peek().add(local);
    return local;
  }

  private Optional<Integer> lookup(String name) {
    for (Map<String, Integer> scope : scopes) {
      Integer local = scope.get(name);
      if (local != null) {
        return Optional.of(local);
      }
    }
    return Optional.empty();
  }

  private void closeScope(Span end) {
    scopes.pop();
    List<Integer> locals = scopeLocals.pop();
    for (int i = locals.size() - 1; i >= 0; i--) {
      if (current >= 0) {
        endStorage(locals.get(i), end);
      }
    }
  }

  private void endStorage(int local, Span at) {
    String dropType = dropUsers.get(local);
    if (dropType != null) {
      emit(new Body.DropUse(local, dropType, at));
    }
    emit(new StorageDead(local, at));
  }

  /** Notes a binding whose type runs {@code Drop} code that may see its references. */
  private void noteDropUser(int local, Type type) {
    if (checkTypes.of(type).hasRefs()) {
      typed.dropCodeOf(type).ifPresent(name -> dropUsers.put(local, name));
    }
  }

  /** Storage-dead for every scope local up to a depth, for break, continue and return. */
  private void unwindTo(int depth, Span at) {
    int level = 0;
    for (List<Integer> locals : scopeLocals) {
      if (scopeLocals.size() - level <= depth) {
        break;
      }
      for (int i = locals.size() - 1; i >= 0; i--) {
        endStorage(locals.get(i), at);
      }
      level++;
    }
  }

  private void endStatement(Span end) {
    List<Integer> temps = statementTemps;
    statementTemps = new ArrayList<>();
    for (int i = temps.size() - 1; i >= 0; i--) {
      if (current >= 0 && body.locals.get(temps.get(i)).kind() == LocalKind.TEMP) {
        emit(new StorageDead(temps.get(i), end));
      }
    }
  }

  // ---------------------------------------------------------------- blocks and statements

  /** Lowers a block's statements in a new scope left open; returns the tail's value. */
  private Optional<Value> lowerBlockBody(Expr.Block block, boolean fnBody) {
    if (!fnBody) {
      scopes.push(new HashMap<>());
      scopeLocals.push(new ArrayList<>());
    }
    for (Stmt stmt : block.stmts()) {
      if (current < 0) {
        // Unreachable code after return/break: keep lowering into a detached node.
        current = -1;
        emit(new Body.Nop());
      }
      lowerStmt(stmt);
    }
    if (block.tail().isPresent()) {
      if (current < 0) {
        emit(new Body.Nop());
      }
      Value value = lowerOperandKeep(block.tail().get());
      return Optional.of(value);
    }
    return Optional.empty();
  }

  private Value lowerOperandKeep(Expr expr) {
    Value value = lowerOperand(expr);
    // Temporaries of a tail expression live until the end of the enclosing block.
    scopeLocals.peek().addAll(statementTemps);
    statementTemps = new ArrayList<>();
    return value;
  }

  private void lowerStmt(Stmt stmt) {
    if (stmt instanceof Stmt.Let let) {
      lowerLet(let);
    } else if (stmt instanceof Stmt.Eval eval) {
      lowerEffect(eval.expr());
      endStatement(endOf(eval.span()));
    }
  }

  private CheckType type(Type type) {
    return checkTypes.of(type);
  }

  /** The expression's own type, as the type checker inferred it. */
  private CheckType exprType(Expr expr) {
    return checkTypes.of(typed.typeOf(unparen(expr)));
  }

  private void lowerLet(Stmt.Let let) {
    if (let.init().isEmpty()) {
      if (let.pat() instanceof Pat.Ident ident) {
        Type bound = typed.bindingOf(ident).type();
        int local = bind(ident.name(), LocalKind.USER, ident.mutable(), ident.span(), type(bound));
        noteDropUser(local, bound);
      }
      return;
    }
    Expr init = let.init().get();
    boolean extend = isExtendedBorrow(init);
    Rvalue value;
    CheckType type;
    if (extend) {
      Expr operand = unparen(((Expr.Borrow) unparen(init)).operand());
      Value inner = lowerOperand(operand);
      int holder = temp(inner.type(), operand.span());
      emit(new Assign(Place.of(holder), new Use(inner.operand()), operand.span(), false, false));
      // The temporary lives as long as the binding: it dies with the block.
      statementTemps.remove(Integer.valueOf(holder));
      scopeLocals.peek().add(holder);
      boolean mutable = ((Expr.Borrow) unparen(init)).mutable();
      value = new Ref(Place.of(holder), mutable, false, init.span());
      type = CheckType.ref(inner.type(), mutable);
    } else {
      Typed typed = lowerRvalue(init);
      value = typed.value();
      type = typed.type();
    }
    if (let.pat() instanceof Pat.Ident ident) {
      type = type(typed.bindingOf(ident).type());
      int local = body.addLocal(ident.name(), LocalKind.USER, ident.mutable(), ident.span(), type);
      noteDropUser(local, typed.bindingOf(ident).type());
      emit(new Assign(Place.of(local), value, ident.span(), true, false));
      endStatement(endOf(let.span()));
      scopes.peek().put(ident.name(), local);
      scopeLocals.peek().add(local);
    } else {
      int holder = temp(type, init.span());
      emit(new Assign(Place.of(holder), value, init.span(), false, false));
      endStatement(endOf(let.span()));
    }
  }

  private static boolean isExtendedBorrow(Expr init) {
    Expr inner = unparen(init);
    if (!(inner instanceof Expr.Borrow borrow)) {
      return false;
    }
    Expr operand = unparen(borrow.operand());
    return !isPlaceExpr(operand);
  }

  private static Expr unparen(Expr expr) {
    while (expr instanceof Expr.Paren paren) {
      expr = paren.inner();
    }
    return expr;
  }

  private static boolean isPlaceExpr(Expr expr) {
    expr = unparen(expr);
    return (expr instanceof Expr.Path path && path.segments().size() == 1)
        || expr instanceof Expr.Field
        || expr instanceof Expr.Index
        || (expr instanceof Expr.Unary unary && unary.op() == Expr.UnaryOp.DEREF);
  }

  /** Lowers an expression evaluated for its effect only. */
  private void lowerEffect(Expr expr) {
    expr = unparen(expr);
    if (expr instanceof Expr.Assign assign) {
      lowerAssign(assign);
    } else if (expr instanceof Expr.If
        || expr instanceof Expr.While
        || expr instanceof Expr.Loop
        || expr instanceof Expr.For
        || expr instanceof Expr.Block
        || expr instanceof Expr.Return
        || expr instanceof Expr.Break
        || expr instanceof Expr.Continue) {
      lowerOperand(expr);
    } else {
      Typed typed = lowerRvalue(expr);
      int holder = temp(typed.type(), expr.span());
      emit(new Assign(Place.of(holder), typed.value(), expr.span(), false, false));
    }
  }

  private void lowerAssign(Expr.Assign assign) {
    Value value = lowerOperand(assign.value());
    PlaceValue target = lowerPlace(assign.target(), true);
    emit(
        new Assign(
            target.place(),
            new Use(value.operand()),
            assign.span(),
            false,
            assign.op().isPresent()));
  }

  // ---------------------------------------------------------------- expressions

  /** An rvalue with its type. */
  private record Typed(Rvalue value, CheckType type) {}

  /** Lowers an expression to an rvalue, typed as the type checker typed it. */
  private Typed lowerRvalue(Expr expr) {
    if (expr instanceof Expr.Borrow borrow) {
      Expr operand = unparen(borrow.operand());
      PlaceValue place;
      if (isPlaceExpr(operand)) {
        place = lowerPlace(operand, borrow.mutable());
      } else {
        Value inner = lowerOperand(operand);
        int holder = temp(inner.type(), operand.span());
        emit(new Assign(Place.of(holder), new Use(inner.operand()), operand.span(), false, false));
        place = new PlaceValue(Place.of(holder), inner.type());
      }
      return new Typed(
          new Ref(place.place(), borrow.mutable(), false, borrow.span()), exprType(borrow));
    }
    if (expr instanceof Expr.Call call) {
      return lowerCall(call);
    }
    if (expr instanceof Expr.MethodCall call) {
      return lowerMethodCall(call);
    }
    if (expr instanceof Expr.StructLit lit) {
      List<Operand> operands = new ArrayList<>();
      for (Expr.FieldInit init : lit.fields()) {
        operands.add(lowerOperand(init.value()).operand());
      }
      return new Typed(new Aggregate(operands), exprType(lit));
    }
    if (expr instanceof Expr.VecMacro vec) {
      List<Operand> operands = new ArrayList<>();
      for (Expr e : vec.elements()) {
        operands.add(lowerOperand(e).operand());
      }
      return new Typed(new Aggregate(operands), exprType(vec));
    }
    if (expr instanceof Expr.VecRepeatMacro vec) {
      Value element = lowerOperand(vec.element());
      Value count = lowerOperand(vec.count());
      return new Typed(new Aggregate(List.of(element.operand(), count.operand())), exprType(vec));
    }
    if (expr instanceof Expr.FormatMacro macro) {
      List<Operand> args = new ArrayList<>();
      if (macro.format().isPresent()) {
        for (Expr arg : macro.format().get().args()) {
          args.add(borrowForFormat(arg));
        }
      }
      return new Typed(new Call(args, List.of(), macro.span(), macro.span()), exprType(macro));
    }
    if (expr instanceof Expr.AssertMacro macro) {
      List<Operand> args = new ArrayList<>();
      for (Expr operand : macro.operands()) {
        args.add(
            macro.kind() == Expr.MacroKind.ASSERT
                ? lowerOperand(operand).operand()
                : borrowForFormat(operand));
      }
      if (macro.message().isPresent()) {
        for (Expr arg : macro.message().get().args()) {
          args.add(borrowForFormat(arg));
        }
      }
      return new Typed(new Call(args, List.of(), macro.span(), macro.span()), exprType(macro));
    }
    if (expr instanceof Expr.Binary binary) {
      Value left = lowerOperand(binary.left());
      Value right = lowerOperand(binary.right());
      return new Typed(
          new Call(
              List.of(left.operand(), right.operand()), List.of(), binary.span(), binary.span()),
          exprType(binary));
    }
    if (expr instanceof Expr.Unary unary && unary.op() != Expr.UnaryOp.DEREF) {
      Value operand = lowerOperand(unary.operand());
      return new Typed(
          new Call(List.of(operand.operand()), List.of(), unary.span(), unary.span()),
          exprType(unary));
    }
    if (expr instanceof Expr.Cast cast) {
      Value operand = lowerOperand(cast.operand());
      return new Typed(
          new Call(List.of(operand.operand()), List.of(), cast.span(), cast.span()),
          exprType(cast));
    }
    if (expr instanceof Expr.Range range) {
      List<Operand> operands = new ArrayList<>();
      for (Optional<Expr> bound : List.of(range.start(), range.end())) {
        if (bound.isPresent()) {
          operands.add(lowerOperand(bound.get()).operand());
        }
      }
      return new Typed(new Aggregate(operands), exprType(range));
    }
    if (expr instanceof Expr.Closure closure) {
      return lowerClosure(closure, false);
    }
    Value value = lowerOperand(expr);
    return new Typed(new Use(value.operand()), value.type());
  }

  /** Format macros take a shared reference to each argument. */
  private Operand borrowForFormat(Expr arg) {
    Expr inner = unparen(arg);
    if (inner instanceof Expr.Path path
        && path.segments().size() == 1
        && path.span().line() == path.span().endLine()
        && path.span().endColumn() - path.span().column()
            == path.segments().get(0).name().length() + 2) {
      // An inline `{name}`: rustc points at the name inside the braces.
      Span span = path.span();
      inner =
          new Expr.Path(
              path.id(),
              new Span(span.line(), span.column() + 1, span.line(), span.endColumn() - 1),
              path.segments());
      arg = inner;
    }
    PlaceValue place;
    if (isPlaceExpr(inner)) {
      place = lowerPlace(inner, false);
    } else {
      Value value = lowerOperand(inner);
      int holder = temp(value.type(), inner.span());
      emit(new Assign(Place.of(holder), new Use(value.operand()), inner.span(), false, false));
      place = new PlaceValue(Place.of(holder), value.type());
    }
    int ref = temp(CheckType.ref(place.type(), false), arg.span());
    emit(
        new Assign(
            Place.of(ref),
            new Ref(place.place(), false, false, arg.span()),
            arg.span(),
            false,
            false));
    return new Copy(Place.of(ref), arg.span());
  }

  /** Lowers an expression to an operand, storing it in a temporary when it is not a place. */
  private Value lowerOperand(Expr expr) {
    expr = unparen(expr);
    if (isPlaceExpr(expr)) {
      PlaceValue place = lowerPlace(expr, false);
      return new Value(read(place, expr.span(), MoveCause.PLAIN, expr.span()), place.type());
    }
    if (expr instanceof Expr.Int i) {
      return new Value(new Const(), exprType(expr));
    }
    if (expr instanceof Expr.Float) {
      return new Value(new Const(), exprType(expr));
    }
    if (expr instanceof Expr.Bool) {
      return new Value(new Const(), exprType(expr));
    }
    if (expr instanceof Expr.Char) {
      return new Value(new Const(), exprType(expr));
    }
    if (expr instanceof Expr.Str) {
      return new Value(new Const(), exprType(expr));
    }
    if (expr instanceof Expr.Unit) {
      return new Value(new Const(), exprType(expr));
    }
    if (expr instanceof Expr.Path path) {
      return new Value(new Const(), exprType(expr));
    }
    if (expr instanceof Expr.Block block) {
      Optional<Value> tail = lowerBlockBody(block, false);
      Optional<Integer> holder = Optional.empty();
      CheckType type = exprType(block);
      if (tail.isPresent() && current >= 0) {
        int local = body.addLocal("", LocalKind.TEMP, true, block.span(), type);
        emit(
            new Assign(
                Place.of(local),
                new Use(tail.get().operand()),
                block.tail().get().span(),
                false,
                false));
        holder = Optional.of(local);
      }
      closeScope(endOf(block.span()));
      if (holder.isPresent()) {
        statementTemps.add(holder.get());
        return new Value(move(Place.of(holder.get()), type, block.span()), type);
      }
      return new Value(new Const(), exprType(expr));
    }
    if (expr instanceof Expr.If cond) {
      return lowerIf(cond);
    }
    if (expr instanceof Expr.While loop) {
      lowerWhile(loop);
      return new Value(new Const(), exprType(expr));
    }
    if (expr instanceof Expr.Loop loop) {
      lowerLoop(loop);
      return new Value(new Const(), exprType(expr));
    }
    if (expr instanceof Expr.For loop) {
      lowerFor(loop);
      return new Value(new Const(), exprType(expr));
    }
    if (expr instanceof Expr.Return ret) {
      if (ret.value().isPresent()) {
        Value value = lowerOperand(ret.value().get());
        emit(
            new Assign(
                Place.of(returnLocal),
                new Use(value.operand()),
                ret.value().get().span(),
                false,
                false));
      }
      endStatement(ret.span());
      unwindTo(0, ret.span());
      emit(new Body.Return(ret.span()));
      current = -1;
      return new Value(new Const(), exprType(expr));
    }
    if (expr instanceof Expr.Break brk) {
      if (brk.value().isPresent()) {
        lowerOperand(brk.value().get());
      }
      if (!loops.isEmpty()) {
        LoopFrame frame = loops.peek();
        unwindTo(frame.scopeDepth(), brk.span());
        body.edge(current, frame.exit());
      }
      current = -1;
      return new Value(new Const(), exprType(expr));
    }
    if (expr instanceof Expr.Continue cont) {
      if (!loops.isEmpty()) {
        LoopFrame frame = loops.peek();
        unwindTo(frame.scopeDepth(), cont.span());
        body.backEdge(current, frame.head());
      }
      current = -1;
      return new Value(new Const(), exprType(expr));
    }
    if (expr instanceof Expr.Assign assign) {
      lowerAssign(assign);
      return new Value(new Const(), exprType(expr));
    }
    Typed typed = lowerRvalue(expr);
    int holder = temp(typed.type(), expr.span());
    emit(new Assign(Place.of(holder), typed.value(), expr.span(), false, false));
    return new Value(move(Place.of(holder), typed.type(), expr.span()), typed.type());
  }

  private Operand read(PlaceValue place, Span span, MoveCause cause, Span causeSpan) {
    if (place.type().copy()) {
      return new Copy(place.place(), span);
    }
    return new Move(place.place(), span, cause, causeSpan);
  }

  private static Operand move(Place place, CheckType type, Span span) {
    return type.copy() ? new Copy(place, span) : new Move(place, span, MoveCause.PLAIN, span);
  }

  /** Lowers a place expression; {@code mutable} when it is written or mutably borrowed. */
  private PlaceValue lowerPlace(Expr expr, boolean mutable) {
    expr = unparen(expr);
    if (expr instanceof Expr.Path path && path.segments().size() == 1) {
      String name = path.segments().get(0).name();
      Optional<Integer> local = lookup(name);
      if (local.isPresent()) {
        return new PlaceValue(Place.of(local.get()), body.locals.get(local.get()).type());
      }
      int holder = temp(CheckType.owned(name), expr.span());
      return new PlaceValue(Place.of(holder), CheckType.scalar(name));
    }
    if (expr instanceof Expr.Field field) {
      PlaceValue base = autoDeref(lowerPlace(field.base(), mutable));
      CheckType type = base.type().field(field.name()).orElse(CheckType.owned("_"));
      return new PlaceValue(base.place().project(Place.Elem.field(field.name())), type);
    }
    if (expr instanceof Expr.Unary unary && unary.op() == Expr.UnaryOp.DEREF) {
      PlaceValue base = lowerPlace(unary.operand(), mutable);
      CheckType inner = base.type().inner().orElse(CheckType.owned("_"));
      return new PlaceValue(base.place().project(Place.Elem.DEREF), inner);
    }
    if (expr instanceof Expr.Index index) {
      PlaceValue base = autoDeref(lowerPlace(index.base(), mutable));
      Value position = lowerOperand(index.index());
      CheckType element = base.type().inner().orElse(CheckType.owned("_"));
      Span baseSpan = unparen(index.base()).span();
      int ref = temp(CheckType.ref(base.type(), mutable), baseSpan);
      emit(
          new Assign(
              Place.of(ref),
              new Ref(base.place(), mutable, false, baseSpan),
              baseSpan,
              false,
              false));
      int result =
          body.addLocal(
              base.type().display(),
              LocalKind.INDEX,
              true,
              index.span(),
              CheckType.ref(element, mutable));
      statementTemps.add(result);
      emit(
          new Assign(
              Place.of(result),
              new Call(
                  List.of(new Copy(Place.of(ref), baseSpan), position.operand()),
                  List.of(new Flow(0, -1)),
                  index.span(),
                  index.span()),
              index.span(),
              false,
              false));
      return new PlaceValue(Place.of(result).project(Place.Elem.DEREF), element);
    }
    Value value = lowerOperand(expr);
    int holder = temp(value.type(), expr.span());
    emit(new Assign(Place.of(holder), new Use(value.operand()), expr.span(), false, false));
    return new PlaceValue(Place.of(holder), value.type());
  }

  /** Follows references and boxes, as field access and indexing do. */
  private static PlaceValue autoDeref(PlaceValue place) {
    while (place.type().isReference() || place.type().kind() == CheckType.Kind.BOX) {
      CheckType inner = place.type().inner().orElse(CheckType.owned("_"));
      place = new PlaceValue(place.place().project(Place.Elem.DEREF), inner);
    }
    return place;
  }

  // ---------------------------------------------------------------- calls

  private Typed lowerCall(Expr.Call call) {
    Expr callee = unparen(call.callee());
    List<String> path = new ArrayList<>();
    if (callee instanceof Expr.Path p) {
      for (Expr.PathSegment segment : p.segments()) {
        path.add(segment.name());
      }
    }
    String last = path.isEmpty() ? "" : path.get(path.size() - 1);
    if (last.equals("spawn")
        && call.args().size() == 1
        && unparen(call.args().get(0)) instanceof Expr.Closure closure) {
      Typed value = lowerClosure(closure, true);
      int holder = temp(value.type(), closure.span());
      emit(new Assign(Place.of(holder), value.value(), closure.span(), false, false));
      return new Typed(
          new Call(
              List.of(move(Place.of(holder), value.type(), closure.span())),
              List.of(),
              call.span(),
              callee.span()),
          exprType(call));
    }
    List<Operand> args = new ArrayList<>();
    Optional<TypeTable.Signature> sig = types.function(path, selfType);
    for (Expr arg : call.args()) {
      Expr inner = unparen(arg);
      if (sig.isPresent()
          && isPlaceExpr(inner)
          && peekType(inner).kind() == CheckType.Kind.MUT_REF) {
        // A `&mut` argument to a `&mut` parameter is reborrowed (`&mut *r`), not moved.
        PlaceValue place = lowerPlace(inner, true);
        int ref = temp(place.type(), inner.span());
        emit(
            new Assign(
                Place.of(ref),
                new Ref(place.place().project(Place.Elem.DEREF), true, false, inner.span()),
                inner.span(),
                false,
                false));
        args.add(new Move(Place.of(ref), inner.span(), MoveCause.PLAIN, inner.span()));
        continue;
      }
      Value value = lowerOperand(arg);
      args.add(value.operand());
    }
    List<Flow> flows = new ArrayList<>();
    if (sig.isPresent()) {
      for (int from : sig.get().resultFrom()) {
        flows.add(new Flow(from, -1));
      }
    }
    return new Typed(new Call(args, flows, call.span(), callee.span()), exprType(call));
  }

  private Typed lowerMethodCall(Expr.MethodCall call) {
    String method = call.method();
    Expr receiverExpr = unparen(call.receiver());
    Span callSpan =
        new Span(
            call.methodSpan().line(),
            call.methodSpan().column(),
            call.span().endLine(),
            call.span().endColumn());
    // Find the method's receiver mode and result from the receiver's type.
    CheckType receiverType = peekType(receiverExpr);
    CheckType owner = receiverType;
    while (owner.isReference() || owner.kind() == CheckType.Kind.BOX) {
      if (types.method(owner.display(), method).isPresent()
          || TypeTable.builtinMethod(owner, method).isPresent()) {
        break;
      }
      owner = owner.inner().orElse(CheckType.owned("_"));
    }
    Optional<TypeTable.Signature> user = types.method(owner.display(), method);
    TypeTable.Receiver mode;
    CheckType result = exprType(call);
    List<Integer> resultFrom;
    if (user.isPresent()) {
      mode = user.get().receiver();
      resultFrom = user.get().resultFrom();
    } else {
      TypeTable.Builtin builtin =
          TypeTable.builtinMethod(owner, method)
              .orElse(new TypeTable.Builtin(TypeTable.Receiver.REF, false));
      mode = builtin.receiver();
      resultFrom = builtin.borrowsReceiver() ? List.of(0) : List.of();
    }
    Operand receiver;
    if (mode == TypeTable.Receiver.VALUE) {
      if (isPlaceExpr(receiverExpr)) {
        PlaceValue place = lowerPlace(receiverExpr, false);
        while (!place.type().copy() && place.type().isReference() && !owner.isReference()) {
          place =
              new PlaceValue(place.place().project(Place.Elem.DEREF), place.type().inner().get());
        }
        receiver = read(place, receiverExpr.span(), MoveCause.METHOD_SELF, callSpan);
      } else {
        receiver = lowerOperand(receiverExpr).operand();
      }
    } else {
      boolean mutable = mode == TypeTable.Receiver.REF_MUT;
      PlaceValue place;
      if (isPlaceExpr(receiverExpr)) {
        place = lowerPlace(receiverExpr, mutable);
      } else {
        Value value = lowerOperand(receiverExpr);
        int holder = temp(value.type(), receiverExpr.span());
        emit(
            new Assign(
                Place.of(holder), new Use(value.operand()), receiverExpr.span(), false, false));
        place = new PlaceValue(Place.of(holder), value.type());
      }
      while (place.type().isReference()
          || (place.type().kind() == CheckType.Kind.BOX
              && !owner.display().equals(place.type().display()))) {
        if (place.type().display().equals(owner.display())) {
          break;
        }
        place =
            new PlaceValue(
                place.place().project(Place.Elem.DEREF),
                place.type().inner().orElse(CheckType.owned("_")));
      }
      int ref = temp(CheckType.ref(place.type(), mutable), receiverExpr.span());
      emit(
          new Assign(
              Place.of(ref),
              new Ref(place.place(), mutable, mutable, receiverExpr.span()),
              receiverExpr.span(),
              false,
              false));
      receiver = new Move(Place.of(ref), receiverExpr.span(), MoveCause.PLAIN, receiverExpr.span());
      if (!mutable) {
        receiver = new Copy(Place.of(ref), receiverExpr.span());
      }
    }
    List<Operand> args = new ArrayList<>();
    args.add(receiver);
    List<Flow> flows = new ArrayList<>();
    for (int from : resultFrom) {
      flows.add(new Flow(from, -1));
    }
    if (user.isPresent() && user.get().resultFromSelf()) {
      flows.add(new Flow(0, -1, receiverRoot(receiver).local()));
    }
    for (Expr arg : call.args()) {
      Value value = lowerOperand(arg);
      args.add(value.operand());
      boolean stores =
          owner.kind() == CheckType.Kind.VEC
              && (method.equals("push") || method.equals("insert"))
              && owner.inner().map(e -> e.hasRefs() || e.display().equals("_")).orElse(true);
      if (value.type().hasRefs() && stores) {
        // Storing a reference into the receiver (`v.push(&x)`): it lives as long as the receiver.
        Place into = receiverRoot(receiver);
        flows.add(new Flow(args.size() - 1, into.local()));
      }
    }
    return new Typed(new Call(args, flows, call.span(), call.methodSpan()), result);
  }

  private Place receiverRoot(Operand receiver) {
    Place place = receiver.place().orElse(Place.of(returnLocal));
    for (int n = body.nodes.size() - 1; n >= 0; n--) {
      if (body.nodes.get(n).stmt instanceof Assign assign
          && assign.dest().equals(Place.of(place.local()))
          && assign.value() instanceof Ref ref) {
        return ref.at();
      }
    }
    return place;
  }

  /** The type of an expression without lowering it (for method lookup on the receiver). */
  private CheckType peekType(Expr expr) {
    return exprType(expr);
  }

  // ---------------------------------------------------------------- closures

  private Typed lowerClosure(Expr.Closure closure, boolean spawned) {
    Span head = closureHead(closure);
    Map<Integer, CaptureUse> captures = new LinkedHashMap<>();
    List<String> bound = new ArrayList<>();
    for (Pat param : closure.params()) {
      if (param instanceof Pat.Ident ident) {
        bound.add(ident.name());
      }
    }
    collectCaptures(closure.body(), bound, captures, false);
    List<Operand> operands = new ArrayList<>();
    for (Map.Entry<Integer, CaptureUse> entry : captures.entrySet()) {
      int local = entry.getKey();
      CaptureUse use = entry.getValue();
      CheckType type = body.locals.get(local).type();
      boolean byMove = closure.isMove() || (use.moved() && !type.copy());
      if (byMove) {
        operands.add(
            type.copy()
                ? new Copy(Place.of(local), use.span())
                : new Move(Place.of(local), use.span(), MoveCause.CLOSURE, head));
      } else if (spawned) {
        emit(new Body.Closure(head, local, use.span()));
        return new Typed(new Aggregate(List.of()), closureType());
      } else {
        int ref = temp(CheckType.ref(type, use.mutated()), head);
        emit(
            new Assign(
                Place.of(ref),
                new Ref(Place.of(local), use.mutated(), false, head),
                head,
                false,
                false));
        operands.add(new Move(Place.of(ref), head, MoveCause.PLAIN, head));
      }
    }
    return new Typed(new Aggregate(operands), closureType());
  }

  private static CheckType closureType() {
    return new CheckType(
        "{closure}", CheckType.Kind.CLOSURE, false, true, Optional.empty(), List.of());
  }

  private static Span closureHead(Expr.Closure closure) {
    Span span = closure.span();
    Expr body = closure.body();
    int length = 2;
    if (closure.isMove()) {
      length += 5;
    }
    if (body.span().line() == span.line()) {
      int upTo = body.span().column() - span.column();
      // `|x| body`: the head runs to the closing bar, before the body.
      length = Math.max(length, upTo - 1);
    }
    return new Span(span.line(), span.column(), span.line(), span.column() + length);
  }

  record CaptureUse(Span span, boolean moved, boolean mutated) {}

  /** Finds the enclosing locals a closure body uses, and whether it moves or mutates them. */
  private void collectCaptures(
      Expr expr, List<String> bound, Map<Integer, CaptureUse> captures, boolean valueContext) {
    CaptureWalker walker = new CaptureWalker(this, bound, captures);
    walker.walk(expr, true);
  }

  Optional<Integer> lookupOuter(String name) {
    return lookup(name);
  }

  CheckType localType(int local) {
    return body.locals.get(local).type();
  }

  TypeTable types() {
    return types;
  }

  // ---------------------------------------------------------------- control flow

  private Value lowerIf(Expr.If cond) {
    Value test = lowerOperand(cond.condition());
    emit(new Read(test.operand()));
    endStatementKeepingValue();
    int branch = current;
    int firstThen = body.nodes.size();
    Optional<Value> then = lowerBlockBody(cond.then(), false);
    CheckType type = then.map(Value::type).orElse(TypeTable.UNIT);
    int result = body.addLocal("", LocalKind.TEMP, true, cond.span(), type);
    if (then.isPresent() && current >= 0) {
      emit(
          new Assign(
              Place.of(result),
              new Use(then.get().operand()),
              cond.then().tail().get().span(),
              false,
              false));
    }
    closeScope(endOf(cond.then().span()));
    int thenEnd = current;
    current = branch;
    int elseEnd = current;
    if (cond.otherwise().isPresent()) {
      Expr other = unparen(cond.otherwise().get());
      Value value = lowerOperand(other);
      if (current >= 0
          && !(value.operand() instanceof Const && value.type().display().equals("()"))) {
        emit(new Assign(Place.of(result), new Use(value.operand()), other.span(), false, false));
      }
      elseEnd = current;
    } else {
      Span after = cond.then().span();
      body.openIfs.add(
          new Body.OpenIf(
              unparen(cond.condition()).span(),
              Span.at(after.endLine(), after.endColumn()),
              firstThen,
              body.nodes.size()));
    }
    current = -1;
    emit(new Body.Nop());
    int join = current;
    body.nodes.get(join).pred.clear();
    if (thenEnd >= 0) {
      body.edge(thenEnd, join);
    }
    if (elseEnd >= 0) {
      body.edge(elseEnd, join);
    }
    if (thenEnd < 0 && elseEnd < 0) {
      current = -1;
    }
    if (type.display().equals("()")) {
      return new Value(new Const(), type);
    }
    statementTemps.add(result);
    return new Value(move(Place.of(result), type, cond.span()), type);
  }

  private void endStatementKeepingValue() {
    // Condition temporaries die before the branch is taken.
    endStatement(Span.at(1, 1));
  }

  private int enterLoop(Span headSpan) {
    body.loopHeads.add(headSpan);
    int index = body.loopHeads.size() - 1;
    return index;
  }

  private void lowerWhile(Expr.While loop) {
    Span headSpan =
        new Span(
            loop.span().line(),
            loop.span().column(),
            loop.condition().span().endLine(),
            loop.condition().span().endColumn());
    int index = enterLoop(headSpan);
    int outer = loopIndex;
    loopIndex = index;
    int head = emit(new Body.Nop());
    Value test = lowerOperand(loop.condition());
    emit(new Read(test.operand()));
    endStatement(headSpan);
    int branch = current;
    int exit = body.addNode(new Body.Nop());
    body.nodes.get(exit).loop = outer;
    loops.push(new LoopFrame(head, exit, index, scopeLocals.size()));
    lowerBlockBody(loop.body(), false);
    closeScope(endOf(loop.body().span()));
    if (current >= 0) {
      body.backEdge(current, head);
    }
    loops.pop();
    body.edge(branch, exit);
    loopIndex = outer;
    current = exit;
  }

  private void lowerLoop(Expr.Loop loop) {
    Span headSpan = startOf(loop.span(), 4);
    int index = enterLoop(headSpan);
    int outer = loopIndex;
    loopIndex = index;
    int head = emit(new Body.Nop());
    int exit = body.addNode(new Body.Nop());
    body.nodes.get(exit).loop = outer;
    loops.push(new LoopFrame(head, exit, index, scopeLocals.size()));
    lowerBlockBody(loop.body(), false);
    closeScope(endOf(loop.body().span()));
    if (current >= 0) {
      body.backEdge(current, head);
    }
    loops.pop();
    loopIndex = outer;
    current = exit;
  }

  private void lowerFor(Expr.For loop) {
    Expr iterable = unparen(loop.iterable());
    Span headSpan =
        new Span(
            loop.span().line(),
            loop.span().column(),
            iterable.span().endLine(),
            iterable.span().endColumn());
    Operand iter;
    CheckType element = type(typed.forOf(loop).element());
    if (iterable instanceof Expr.Range) {
      Typed range = lowerRvalue(iterable);
      int holder = temp(range.type(), iterable.span());
      emit(new Assign(Place.of(holder), range.value(), iterable.span(), false, false));
      iter = new Copy(Place.of(holder), iterable.span());
    } else if (isPlaceExpr(iterable)) {
      PlaceValue place = lowerPlace(iterable, false);
      MoveCause cause = place.type().isReference() ? MoveCause.PLAIN : MoveCause.INTO_ITER;
      iter = read(place, iterable.span(), cause, iterable.span());
    } else {
      iter = lowerOperand(iterable).operand();
    }
    CheckType iterType =
        new CheckType("{iter}", CheckType.Kind.OTHER, false, true, Optional.of(element), List.of());
    int iterLocal = body.addLocal("", LocalKind.TEMP, true, iterable.span(), iterType);
    emit(new Assign(Place.of(iterLocal), new Use(iter), iterable.span(), false, false));
    endStatement(headSpan);
    int index = enterLoop(headSpan);
    int outer = loopIndex;
    loopIndex = index;
    int head = emit(new Body.Nop());
    int exit = body.addNode(new Body.Nop());
    body.nodes.get(exit).loop = outer;
    loops.push(new LoopFrame(head, exit, index, scopeLocals.size()));
    scopes.push(new HashMap<>());
    scopeLocals.push(new ArrayList<>());
    int next =
        body.addLocal("", LocalKind.TEMP, true, iterable.span(), CheckType.ref(iterType, true));
    emit(
        new Assign(
            Place.of(next),
            new Ref(Place.of(iterLocal), true, false, iterable.span()),
            iterable.span(),
            false,
            false));
    Rvalue item =
        new Call(
            List.of(new Move(Place.of(next), iterable.span(), MoveCause.PLAIN, iterable.span())),
            List.of(new Flow(0, -1)),
            iterable.span(),
            iterable.span());
    if (loop.pat() instanceof Pat.Ident ident) {
      int local = bind(ident.name(), LocalKind.USER, ident.mutable(), ident.span(), element);
      emit(new Assign(Place.of(local), item, ident.span(), true, false));
    } else {
      int holder = body.addLocal("", LocalKind.TEMP, true, loop.pat().span(), element);
      emit(new Assign(Place.of(holder), item, loop.pat().span(), false, false));
    }
    emit(new StorageDead(next, loop.pat().span()));
    lowerBlockBody(loop.body(), false);
    closeScope(endOf(loop.body().span()));
    closeScope(endOf(loop.body().span()));
    if (current >= 0) {
      body.backEdge(current, head);
    }
    // The exit edge goes after the body's, so searches forward try the next iteration first.
    body.edge(head, exit);
    loops.pop();
    loopIndex = outer;
    current = exit;
    emit(new StorageDead(iterLocal, endOf(loop.span())));
  }
}
