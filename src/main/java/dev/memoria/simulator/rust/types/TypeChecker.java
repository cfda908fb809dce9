package dev.memoria.simulator.rust.types;

import dev.memoria.simulator.rust.syntax.Crate;
import dev.memoria.simulator.rust.syntax.Expr;
import dev.memoria.simulator.rust.syntax.Format;
import dev.memoria.simulator.rust.syntax.Item;
import dev.memoria.simulator.rust.syntax.Pat;
import dev.memoria.simulator.rust.syntax.Stmt;
import dev.memoria.simulator.rust.syntax.TypeExpr;
import dev.memoria.simulator.trace.Problem;
import dev.memoria.simulator.trace.Span;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves names and infers and checks the type of every expression of a parsed crate. Type errors
 * rustc would report, and constructs outside the subset, become problems (reported by the engine as
 * {@code unsupported}); ownership, borrowing, mutability and initialisation are left to the checker
 * in {@code rust.check}.
 */
public final class TypeChecker {

  private static final String TYPE_ERROR_TAIL =
      " — the simulator checks only ownership and borrowing";

  private final Crate crate;
  private final List<Problem> problems = new ArrayList<>();
  private final Set<Span> reported = new HashSet<>();
  private final Inference inf = new Inference();

  private final Type[] types;
  private final PendingCoercion[] coercions;
  private final BindingBuilder[] bindings;
  private final Object[] resolutions;
  private final Pick[] methods;
  private final FieldPick[] fields;
  private final Type[] indexElements;
  private final int[] indexDerefs;
  private final ForPick[] forPicks;
  private final ClosurePick[] closures;
  private final FnInfo[] fnInfos;

  private final Map<String, StructInfo> structs = new LinkedHashMap<>();
  private final Map<String, FnInfo> freeFns = new LinkedHashMap<>();
  private final Set<String> imports = new HashSet<>();
  private final List<Obligation> obligations = new ArrayList<>();
  private final List<Expr.Int> intLiterals = new ArrayList<>();
  private final Set<Integer> negatedLiterals = new HashSet<>();

  private TypeChecker(Crate crate) {
    this.crate = crate;
    int n = crate.nodeCount();
    types = new Type[n];
    coercions = new PendingCoercion[n];
    bindings = new BindingBuilder[n];
    resolutions = new Object[n];
    methods = new Pick[n];
    fields = new FieldPick[n];
    indexElements = new Type[n];
    indexDerefs = new int[n];
    forPicks = new ForPick[n];
    closures = new ClosurePick[n];
    fnInfos = new FnInfo[n];
  }

  /** Checks a crate; the result carries the problems found. */
  public static TypedProgram check(Crate crate) {
    TypeChecker checker = new TypeChecker(crate);
    checker.collectItems();
    checker.checkBodies();
    return checker.finish();
  }

  // ------------------------------------------------------------------ internal records

  private static final class BindingBuilder {
    final int id;
    final String name;
    final boolean mutable;
    final Span span;
    final Binding.BindingKind kind;
    final int closureLevel;
    Type type;
    Binding built;

    BindingBuilder(
        int id,
        String name,
        boolean mutable,
        Type type,
        Span span,
        Binding.BindingKind kind,
        int closureLevel) {
      this.id = id;
      this.name = name;
      this.mutable = mutable;
      this.type = type;
      this.span = span;
      this.kind = kind;
      this.closureLevel = closureLevel;
    }
  }

  private static final class StructInfo {
    final Item.Struct decl;
    final List<String> fieldNames = new ArrayList<>();
    final List<Type> fieldTypes = new ArrayList<>();
    final Map<String, FnInfo> methods = new LinkedHashMap<>();
    boolean copy;
    boolean clone;
    boolean debug;
    FnInfo drop;
    StructDef built;

    StructInfo(Item.Struct decl) {
      this.decl = decl;
    }
  }

  private static final class FnInfo {
    final Item.Fn decl;
    final String owner;
    final Item.SelfKind receiver;
    final Type selfType;
    final List<Type> params;
    final Type ret;
    final boolean isDrop;
    // The lifetimes in scope: the impl block's, then the function's own.
    List<String> lifetimes = List.of();
    FnDef built;

    FnInfo(
        Item.Fn decl,
        String owner,
        Item.SelfKind receiver,
        Type selfType,
        List<Type> params,
        Type ret,
        boolean isDrop) {
      this.decl = decl;
      this.owner = owner;
      this.receiver = receiver;
      this.selfType = selfType;
      this.params = params;
      this.ret = ret;
      this.isDrop = isDrop;
    }
  }

  private record PendingCoercion(int derefs, boolean mutable, Type target) {}

  private record Pick(
      FnInfo user,
      BuiltinMethod builtin,
      Type selfType,
      Item.SelfKind receiver,
      int derefs,
      MethodResolution.Autoref autoref) {}

  private record FieldPick(String struct, int index, int derefs) {}

  private record ForPick(ForLoop.Kind kind, Type element, BindingBuilder binding) {}

  private record ClosurePick(Expr.Closure node, Type result, int outerLevel) {}

  private record Candidate(
      FnInfo user, BuiltinMethod builtin, Item.SelfKind receiver, List<Type> params, Type ret) {}

  private enum ObligationKind {
    DISPLAY,
    DEBUG,
    CLONE,
    NUMERIC,
    INTEGER,
    INT_OR_BOOL,
    SIGNED_OR_FLOAT,
    COMPARABLE,
    CAST,
    KNOWN
  }

  private record Obligation(ObligationKind kind, Type type, Type other, Span span) {}

  // ------------------------------------------------------------------ problems

  private void typeError(Span at, String message) {
    if (reported.add(at)) {
      problems.add(new Problem(at, "type error: " + message + TYPE_ERROR_TAIL));
    }
  }

  private void unsupported(Span at, String construct) {
    if (reported.add(at)) {
      problems.add(new Problem(at, construct + " is not supported by the simulator"));
    }
  }

  // ------------------------------------------------------------------ items

  private void collectItems() {
    for (Item item : crate.items()) {
      if (item instanceof Item.Struct s) {
        if (structs.containsKey(s.name())) {
          typeError(s.nameSpan(), "the name `" + s.name() + "` is defined multiple times");
        } else {
          structs.put(s.name(), new StructInfo(s));
        }
      } else if (item instanceof Item.Use u) {
        collectUse(u);
      }
    }
    for (StructInfo info : structs.values()) {
      List<String> derives = info.decl.derives();
      info.copy = derives.contains("Copy");
      info.clone = derives.contains("Clone");
      info.debug = derives.contains("Debug");
      checkDistinct(info.decl.lifetimes(), info.decl.nameSpan());
      for (Item.Field f : info.decl.fields()) {
        if (info.fieldNames.contains(f.name())) {
          typeError(f.nameSpan(), "field `" + f.name() + "` is already declared");
        }
        info.fieldNames.add(f.name());
        Type t = resolveType(f.type(), null, info.decl.lifetimes(), true);
        requireSized(t, f.type().span());
        info.fieldTypes.add(t);
      }
    }
    checkRecursiveStructs();
    for (Item item : crate.items()) {
      if (item instanceof Item.Fn fn) {
        FnInfo info = signature(fn, null, List.of());
        if (freeFns.containsKey(fn.name())) {
          typeError(fn.nameSpan(), "the name `" + fn.name() + "` is defined multiple times");
        } else {
          freeFns.put(fn.name(), info);
        }
      } else if (item instanceof Item.Impl impl) {
        collectImpl(impl);
      }
    }
    for (StructInfo info : structs.values()) {
      checkDerives(info);
    }
    FnInfo main = freeFns.get("main");
    if (main == null) {
      typeError(
          crate.span().line() > 0 ? Span.at(1, 1) : crate.span(), "`main` function not found");
    } else if (!main.params.isEmpty() || !(main.ret instanceof Type.Unit)) {
      unsupported(main.decl.nameSpan(), "a `main` with parameters or a return value");
    }
  }

  private static final Set<String> IMPORTABLE =
      Set.of(
          "std::thread",
          "std::mem",
          "std::mem::drop",
          "std::thread::spawn",
          "std::string::String",
          "std::vec::Vec",
          "std::boxed::Box",
          "std::thread::JoinHandle");

  private void collectUse(Item.Use u) {
    String path = String.join("::", u.path());
    if (IMPORTABLE.contains(path)) {
      imports.add(path);
    } else {
      unsupported(u.span(), "`use " + path + "`");
    }
  }

  private void checkRecursiveStructs() {
    for (StructInfo info : structs.values()) {
      if (containsByValue(info, info.decl.name(), new HashSet<>())) {
        typeError(
            info.decl.nameSpan(), "recursive type `" + info.decl.name() + "` has infinite size");
      }
    }
  }

  private boolean containsByValue(StructInfo info, String target, Set<String> seen) {
    if (!seen.add(info.decl.name())) {
      return false;
    }
    for (Type t : info.fieldTypes) {
      Type inner = t;
      while (inner instanceof Type.OptionType o) {
        inner = o.inner();
      }
      if (inner instanceof Type.Struct s) {
        if (s.name().equals(target)) {
          return true;
        }
        StructInfo next = structs.get(s.name());
        if (next != null && containsByValue(next, target, seen)) {
          return true;
        }
      }
    }
    return false;
  }

  private void checkDerives(StructInfo info) {
    Span at = info.decl.nameSpan();
    if (info.copy && !info.clone) {
      typeError(at, "the trait bound `" + info.decl.name() + ": Clone` is not satisfied");
    }
    if (info.copy && info.drop != null) {
      typeError(
          at,
          "the trait `Copy` cannot be implemented for `"
              + info.decl.name()
              + "` because it implements `Drop`");
    }
    for (int i = 0; i < info.fieldTypes.size(); i++) {
      Type t = info.fieldTypes.get(i);
      Span fieldSpan = info.decl.fields().get(i).span();
      if (info.copy && !Traits.isCopy(t, this::structDefLike)) {
        typeError(fieldSpan, "the trait `Copy` cannot be implemented for this type");
      }
      if (info.clone && !Traits.isClone(t, this::structDefLike)) {
        typeError(fieldSpan, "the trait bound `" + t.display() + ": Clone` is not satisfied");
      }
      if (info.debug && !Traits.isDebug(t, this::structDefLike)) {
        typeError(fieldSpan, "`" + t.display() + "` doesn't implement `Debug`");
      }
    }
  }

  /** A provisional StructDef view (flags only) for trait checks before the real ones exist. */
  private StructDef structDefLike(String name) {
    StructInfo info = structs.get(name);
    if (info == null) {
      return null;
    }
    if (info.built != null) {
      return info.built;
    }
    List<StructDef.FieldDef> fs = new ArrayList<>();
    for (int i = 0; i < info.fieldNames.size(); i++) {
      fs.add(
          new StructDef.FieldDef(info.fieldNames.get(i), inf.zonk(info.fieldTypes.get(i)), i, 0));
    }
    return new StructDef(
        info.decl,
        name,
        fs,
        info.copy,
        info.clone || info.copy,
        info.debug,
        Optional.empty(),
        List.of());
  }

  private void collectImpl(Item.Impl impl) {
    String owner = null;
    if (impl.selfType() instanceof TypeExpr.Path p
        && p.segments().size() == 1
        && p.args().isEmpty()
        && structs.containsKey(p.name())) {
      owner = p.name();
    } else if (!(impl.selfType() instanceof TypeExpr.Error)) {
      typeError(
          impl.selfType().span(),
          "cannot define inherent `impl` for a type outside of the crate where the type is"
              + " defined");
      return;
    }
    if (owner == null) {
      return;
    }
    StructInfo info = structs.get(owner);
    checkDistinct(impl.lifetimes(), impl.selfType().span());
    TypeExpr.Path selfPath = (TypeExpr.Path) impl.selfType();
    selfPath.lifetimes().forEach(l -> checkLifetime(l, impl.lifetimes(), selfPath.span()));
    if (selfPath.lifetimes().size() > info.decl.lifetimes().size()) {
      typeError(
          selfPath.span(),
          "struct takes "
              + info.decl.lifetimes().size()
              + " lifetime arguments but "
              + selfPath.lifetimes().size()
              + " were supplied");
      return;
    }
    if (selfPath.lifetimes().size() < info.decl.lifetimes().size()) {
      // rustc's E0726 (an elided lifetime in an impl header) is outside the subset's codes.
      unsupported(
          selfPath.span(),
          "an `impl` for `"
              + owner
              + "` that does not name each of its lifetime parameters (write `impl<'a> "
              + owner
              + "<'a>`)");
      return;
    }
    if (impl.trait().isPresent()) {
      if (info.drop != null) {
        typeError(impl.span(), "conflicting implementations of trait `Drop` for `" + owner + "`");
        return;
      }
      if (impl.fns().size() != 1 || !impl.fns().get(0).name().equals("drop")) {
        typeError(impl.span(), "`impl Drop` must have exactly the method `drop`");
        return;
      }
      Item.Fn fn = impl.fns().get(0);
      FnInfo drop = signature(fn, owner, impl.lifetimes());
      if (drop.receiver != Item.SelfKind.REF_MUT
          || !drop.params.isEmpty()
          || !(drop.ret instanceof Type.Unit)) {
        typeError(fn.span(), "method `drop` has an incompatible type for trait");
        return;
      }
      info.drop = new FnInfo(fn, owner, drop.receiver, drop.selfType, drop.params, drop.ret, true);
      info.drop.lifetimes = drop.lifetimes;
      fnInfos[fn.id()] = info.drop;
      return;
    }
    for (Item.Fn fn : impl.fns()) {
      FnInfo method = signature(fn, owner, impl.lifetimes());
      if (info.methods.containsKey(fn.name())) {
        typeError(fn.nameSpan(), "duplicate definitions with name `" + fn.name() + "`");
      } else {
        info.methods.put(fn.name(), method);
      }
    }
  }

  private FnInfo signature(Item.Fn fn, String owner, List<String> implLifetimes) {
    List<String> lifetimes = new ArrayList<>(implLifetimes);
    lifetimes.addAll(fn.lifetimes());
    checkDistinct(lifetimes, fn.nameSpan());
    List<Type> params = new ArrayList<>();
    for (Item.Param p : fn.params()) {
      Type t = resolveType(p.type(), owner, lifetimes, true);
      requireSized(t, p.type().span());
      params.add(t);
    }
    Type ret = fn.returnType().map(t -> resolveType(t, owner, lifetimes, true)).orElse(Types.UNIT);
    fn.returnType().ifPresent(t -> requireSized(ret, t.span()));
    Item.SelfKind receiver = fn.self().map(Item.SelfParam::kind).orElse(null);
    Type selfType = null;
    if (receiver != null && owner != null) {
      Type s = new Type.Struct(owner);
      selfType =
          switch (receiver) {
            case VALUE, MUT_VALUE -> s;
            case REF -> new Type.Ref(false, s);
            case REF_MUT -> new Type.Ref(true, s);
          };
      Optional<String> lifetime = fn.self().get().lifetime();
      if (lifetime.isPresent()) {
        checkLifetime(lifetime.get(), lifetimes, fn.self().get().span());
      }
    }
    FnInfo info = new FnInfo(fn, owner, receiver, selfType, params, ret, false);
    info.lifetimes = List.copyOf(lifetimes);
    fnInfos[fn.id()] = info;
    return info;
  }

  private void checkDistinct(List<String> lifetimes, Span at) {
    Set<String> seen = new HashSet<>();
    for (String l : lifetimes) {
      if (!seen.add(l)) {
        typeError(at, "the name `" + l + "` is already used for a generic parameter");
      }
    }
  }

  private void requireSized(Type t, Span at) {
    if (t instanceof Type.Str) {
      typeError(at, "the size for values of type `str` cannot be known at compilation time");
    }
  }

  private void checkLifetime(String lifetime, List<String> declared, Span at) {
    if (!lifetime.equals("'static") && !lifetime.equals("'_") && !declared.contains(lifetime)) {
      typeError(at, "use of undeclared lifetime name `" + lifetime + "`");
    }
  }

  // ------------------------------------------------------------------ types as written

  private static final Set<String> OTHER_NUMBERS = Set.of("i128", "u128", "f32");

  private Type resolveType(TypeExpr t, String selfStruct, List<String> lifetimes, boolean inSig) {
    if (t instanceof TypeExpr.Unit) {
      return Types.UNIT;
    }
    if (t instanceof TypeExpr.Error) {
      return inf.fresh(false);
    }
    if (t instanceof TypeExpr.Ref r) {
      r.lifetime().ifPresent(l -> checkLifetime(l, lifetimes, r.span()));
      return new Type.Ref(r.mutable(), resolveType(r.inner(), selfStruct, lifetimes, inSig));
    }
    TypeExpr.Path p = (TypeExpr.Path) t;
    p.lifetimes().forEach(l -> checkLifetime(l, lifetimes, p.span()));
    if (!p.lifetimes().isEmpty()) {
      StructInfo target = p.segments().size() == 1 ? structs.get(p.name()) : null;
      int wanted = target == null ? 0 : target.decl.lifetimes().size();
      if (p.lifetimes().size() != wanted) {
        typeError(
            p.span(),
            "`"
                + p.name()
                + "` takes "
                + wanted
                + " lifetime arguments but "
                + p.lifetimes().size()
                + " were supplied");
        return inf.fresh(false);
      }
    }
    String path = String.join("::", p.segments());
    String name = p.name();
    List<TypeExpr> args = p.args();
    if (p.segments().size() > 1) {
      String canonical =
          switch (path) {
            case "std::string::String" -> "String";
            case "std::vec::Vec" -> "Vec";
            case "std::boxed::Box" -> "Box";
            case "std::option::Option" -> "Option";
            case "std::thread::JoinHandle" -> "JoinHandle";
            case "thread::JoinHandle" -> imports.contains("std::thread") ? "JoinHandle" : null;
            default -> null;
          };
      if (canonical == null) {
        unsupported(p.span(), "the type `" + path + "`");
        return inf.fresh(false);
      }
      name = canonical;
    } else if (name.equals("JoinHandle") && !imports.contains("std::thread::JoinHandle")) {
      typeError(p.span(), "cannot find type `JoinHandle` in this scope");
      return inf.fresh(false);
    }
    switch (name) {
      case "Vec", "Box", "Option", "JoinHandle" -> {
        if (args.size() != 1) {
          typeError(
              p.span(),
              "`" + name + "` takes 1 generic argument but " + args.size() + " were supplied");
          return inf.fresh(false);
        }
        Type inner = resolveType(args.get(0), selfStruct, lifetimes, inSig);
        requireSized(inner, args.get(0).span());
        return switch (name) {
          case "Vec" -> new Type.VecType(inner);
          case "Box" -> new Type.BoxType(inner);
          case "Option" -> new Type.OptionType(inner);
          default -> new Type.JoinHandle(inner);
        };
      }
      default -> {}
    }
    if (!args.isEmpty()) {
      typeError(p.span(), "type `" + name + "` takes no generic arguments");
    }
    IntKind kind = IntKind.named(name).orElse(null);
    if (kind != null) {
      return new Type.Int(kind);
    }
    if (OTHER_NUMBERS.contains(name)) {
      unsupported(
          p.span(),
          "the type `" + name + "` (the subset has the integer types up to 64 bits, and f64)");
      return inf.fresh(false);
    }
    return switch (name) {
      case "f64" -> Types.FLOAT;
      case "bool" -> Types.BOOL;
      case "char" -> Types.CHAR;
      case "str" -> Types.STR;
      case "String" -> Types.STRING;
      case "Self" -> {
        if (selfStruct == null) {
          typeError(p.span(), "`Self` is only available in impls");
          yield inf.fresh(false);
        }
        yield new Type.Struct(selfStruct);
      }
      default -> {
        if (structs.containsKey(name)) {
          yield new Type.Struct(name);
        }
        if (Set.of("HashMap", "Rc", "Arc", "RefCell", "Mutex", "Cell", "Result", "HashSet")
            .contains(name)) {
          unsupported(p.span(), "the type `" + name + "`");
        } else {
          typeError(p.span(), "cannot find type `" + name + "` in this scope");
        }
        yield inf.fresh(false);
      }
    };
  }

  // ------------------------------------------------------------------ bodies

  private void checkBodies() {
    for (Item item : crate.items()) {
      if (item instanceof Item.Fn fn && fnInfos[fn.id()] != null) {
        new Body(fnInfos[fn.id()]).check();
      } else if (item instanceof Item.Impl impl) {
        for (Item.Fn fn : impl.fns()) {
          if (fnInfos[fn.id()] != null) {
            new Body(fnInfos[fn.id()]).check();
          }
        }
      }
    }
    inf.defaultIntegers();
  }

  private final class LoopContext {
    final boolean isLoop;
    final Type breakType;
    boolean hasBreak;

    LoopContext(boolean isLoop, Type breakType) {
      this.isLoop = isLoop;
      this.breakType = breakType;
    }
  }

  private final class ClosureContext {
    final Type result;
    final Deque<LoopContext> loops = new ArrayDeque<>();

    ClosureContext(Type result) {
      this.result = result;
    }
  }

  /** Checks one function body. */
  private final class Body implements Expr.Visitor<Type> {
    private final FnInfo fn;
    private final Deque<Map<String, BindingBuilder>> scopes = new ArrayDeque<>();
    private Deque<LoopContext> loops = new ArrayDeque<>();
    private final Deque<ClosureContext> closureStack = new ArrayDeque<>();

    Body(FnInfo fn) {
      this.fn = fn;
    }

    void check() {
      scopes.push(new HashMap<>());
      Item.Fn decl = fn.decl;
      decl.self()
          .ifPresent(
              s ->
                  declare(
                      s.id(),
                      "self",
                      s.kind() == Item.SelfKind.MUT_VALUE,
                      fn.selfType != null ? fn.selfType : inf.fresh(false),
                      s.span(),
                      Binding.BindingKind.SELF));
      for (int i = 0; i < decl.params().size(); i++) {
        Item.Param p = decl.params().get(i);
        if (p.pat() instanceof Pat.Ident id) {
          declare(
              id.id(),
              id.name(),
              id.mutable(),
              fn.params.get(i),
              id.span(),
              Binding.BindingKind.PARAM);
        }
      }
      checkCoerce(decl.body(), fn.ret);
      scopes.pop();
    }

    private BindingBuilder declare(
        int id, String name, boolean mutable, Type type, Span span, Binding.BindingKind kind) {
      BindingBuilder b =
          new BindingBuilder(id, name, mutable, type, span, kind, closureStack.size());
      bindings[id] = b;
      scopes.peek().put(name, b);
      return b;
    }

    private BindingBuilder lookup(String name) {
      for (Map<String, BindingBuilder> scope : scopes) {
        BindingBuilder b = scope.get(name);
        if (b != null) {
          return b;
        }
      }
      return null;
    }

    private Type record(Expr e, Type t) {
      types[e.id()] = t;
      return t;
    }

    Type synth(Expr e) {
      return record(e, e.accept(this));
    }

    /** Checks {@code e} where a value of type {@code expected} is wanted (a coercion site). */
    Type checkCoerce(Expr e, Type expected) {
      if (e instanceof Expr.Paren p) {
        checkCoerce(p.inner(), expected);
        return record(e, types[p.inner().id()]);
      }
      if (e instanceof Expr.Block b) {
        return record(e, block(b, expected));
      }
      if (e instanceof Expr.If i && i.otherwise().isPresent()) {
        checkCoerce(i.condition(), Types.BOOL);
        Type a = checkCoerce(i.then(), expected);
        Type b = checkCoerce(i.otherwise().get(), expected);
        boolean diverges = a instanceof Type.Never && b instanceof Type.Never;
        return record(e, diverges ? Types.NEVER : expected);
      }
      Type actual = synth(e);
      coerce(e, actual, expected);
      return actual;
    }

    private void coerce(Expr e, Type actual, Type expected) {
      Type a = inf.resolve(actual);
      Type x = inf.resolve(expected);
      if (a instanceof Type.Never) {
        return;
      }
      if (a instanceof Type.Ref ra && x instanceof Type.Ref rx && (ra.mutable() || !rx.mutable())) {
        Type inner = ra.inner();
        boolean throughShared = !ra.mutable();
        for (int derefs = 1; derefs <= 8; derefs++) {
          int snap = inf.snapshot();
          if (!(rx.mutable() && throughShared && derefs > 1) && inf.unify(rx.inner(), inner)) {
            if (derefs > 1 || ra.mutable()) {
              coercions[e.id()] = new PendingCoercion(derefs, rx.mutable(), expected);
            }
            return;
          }
          inf.rollback(snap);
          Type r = inf.resolve(inner);
          if (r instanceof Type.Ref next) {
            throughShared |= !next.mutable();
            inner = next.inner();
          } else if (r instanceof Type.BoxType box) {
            inner = box.inner();
          } else if (r instanceof Type.StringType) {
            inner = Types.STR;
          } else {
            break;
          }
        }
      }
      if (!inf.unify(x, a)) {
        mismatch(e.span(), expected, actual);
      }
    }

    private void mismatch(Span at, Type expected, Type actual) {
      typeError(
          at,
          "mismatched types: expected `"
              + inf.zonk(expected).display()
              + "`, found `"
              + inf.zonk(actual).display()
              + "`");
    }

    private void unifyOrError(Span at, Type expected, Type actual) {
      if (!inf.unify(expected, actual)) {
        mismatch(at, expected, actual);
      }
    }

    private Type block(Expr.Block b, Type expected) {
      scopes.push(new HashMap<>());
      boolean diverges = false;
      for (Stmt s : b.stmts()) {
        if (s instanceof Stmt.Let let) {
          diverges |= let(let);
        } else {
          Stmt.Eval eval = (Stmt.Eval) s;
          Type t = eval.semicolon() ? synth(eval.expr()) : checkCoerce(eval.expr(), Types.UNIT);
          diverges |= inf.resolve(t) instanceof Type.Never;
        }
      }
      Type result;
      if (b.tail().isPresent()) {
        Expr tail = b.tail().get();
        result = expected != null ? checkCoerce(tail, expected) : synth(tail);
        if (expected != null && !(inf.resolve(result) instanceof Type.Never)) {
          result = expected;
        }
      } else if (diverges) {
        result = Types.NEVER;
      } else {
        result = Types.UNIT;
        if (expected != null && !inf.unify(expected, Types.UNIT)) {
          mismatch(b.span(), expected, Types.UNIT);
        }
      }
      scopes.pop();
      types[b.id()] = result;
      return result;
    }

    /** Returns whether the initialiser diverges. */
    private boolean let(Stmt.Let let) {
      Type declared =
          let.type().map(t -> resolveType(t, fn.owner, fn.lifetimes, false)).orElse(null);
      if (declared != null) {
        requireSized(declared, let.type().get().span());
      }
      Type t;
      boolean diverges = false;
      if (let.init().isPresent()) {
        Type init =
            declared != null ? checkCoerce(let.init().get(), declared) : synth(let.init().get());
        diverges = inf.resolve(init) instanceof Type.Never;
        t = declared != null ? declared : init;
        if (declared == null && diverges) {
          t = inf.fresh(false);
        }
      } else {
        t = declared != null ? declared : inf.fresh(false);
      }
      if (let.pat() instanceof Pat.Ident id) {
        declare(id.id(), id.name(), id.mutable(), t, id.span(), Binding.BindingKind.LET);
        obligations.add(new Obligation(ObligationKind.KNOWN, t, null, id.span()));
      }
      return diverges;
    }

    // -------------------------------------------------------------- literals and paths

    @Override
    public Type visitInt(Expr.Int e) {
      intLiterals.add(e);
      if (e.suffix().isEmpty()) {
        return inf.fresh(true);
      }
      String suffix = e.suffix().get();
      IntKind kind = IntKind.named(suffix).orElse(null);
      if (kind != null) {
        return new Type.Int(kind);
      }
      if (suffix.equals("f64")) {
        return Types.FLOAT;
      }
      unsupported(
          e.span(),
          "the type `" + suffix + "` (the subset has the integer types up to 64 bits, and f64)");
      return inf.fresh(false);
    }

    @Override
    public Type visitFloat(Expr.Float e) {
      if (e.suffix().isPresent() && !e.suffix().get().equals("f64")) {
        unsupported(e.span(), "the type `" + e.suffix().get() + "`");
      }
      return Types.FLOAT;
    }

    @Override
    public Type visitBool(Expr.Bool e) {
      return Types.BOOL;
    }

    @Override
    public Type visitChar(Expr.Char e) {
      return Types.CHAR;
    }

    @Override
    public Type visitStr(Expr.Str e) {
      return Types.STR_REF;
    }

    @Override
    public Type visitUnit(Expr.Unit e) {
      return Types.UNIT;
    }

    @Override
    public Type visitPath(Expr.Path e) {
      if (e.segments().size() == 1 && e.segments().get(0).generics().isEmpty()) {
        String name = e.segments().get(0).name();
        BindingBuilder b = lookup(name);
        if (b != null) {
          resolutions[e.id()] = b;
          return b.type;
        }
        if (name.equals("self")) {
          typeError(e.span(), "`self` is only available in methods");
          return inf.fresh(false);
        }
      }
      Object callee = resolveCallee(e, false);
      if (callee == null) {
        return inf.fresh(false);
      }
      unsupported(e.span(), "functions used as values");
      return inf.fresh(false);
    }

    /** Resolves a path in call position: a FnInfo, a BuiltinFn, or null after reporting. */
    private Object resolveCallee(Expr.Path e, boolean reportMissing) {
      List<String> names = e.segments().stream().map(Expr.PathSegment::name).toList();
      String path = String.join("::", names);
      for (int i = 0; i < e.segments().size() - 1; i++) {
        String seg = names.get(i);
        if (!e.segments().get(i).generics().isEmpty() && !seg.equals("Vec") && !seg.equals("Box")) {
          typeError(e.span(), "unexpected generic arguments on `" + seg + "`");
        }
      }
      if (names.size() == 1) {
        String name = names.get(0);
        if (!e.segments().get(0).generics().isEmpty()) {
          if (name.equals("drop")) {
            return BuiltinFn.DROP;
          }
          unsupported(e.span(), "generic arguments on function calls");
          return null;
        }
        FnInfo f = freeFns.get(name);
        if (f != null) {
          return f;
        }
        if (name.equals("drop")) {
          return BuiltinFn.DROP;
        }
        if (name.equals("spawn") && imports.contains("std::thread::spawn")) {
          return BuiltinFn.THREAD_SPAWN;
        }
        if (Set.of("Some", "None", "Ok", "Err").contains(name)) {
          unsupported(e.span(), "`" + name + "` values");
          return null;
        }
        typeError(e.span(), "cannot find value `" + name + "` in this scope");
        return null;
      }
      if (names.size() == 2) {
        String owner = names.get(0);
        String member = names.get(1);
        if (owner.equals("Self")) {
          if (fn.owner == null) {
            typeError(e.span(), "`Self` is only available in impls");
            return null;
          }
          owner = fn.owner;
        }
        StructInfo s = structs.get(owner);
        if (s != null) {
          FnInfo m = s.methods.get(member);
          if (m == null) {
            typeError(
                e.span(),
                "no function or associated item named `"
                    + member
                    + "` found for struct `"
                    + owner
                    + "`");
            return null;
          }
          return m;
        }
        BuiltinFn builtin =
            switch (path) {
              case "String::from" -> BuiltinFn.STRING_FROM;
              case "String::new" -> BuiltinFn.STRING_NEW;
              case "String::with_capacity" -> BuiltinFn.STRING_WITH_CAPACITY;
              case "Vec::new" -> BuiltinFn.VEC_NEW;
              case "Vec::with_capacity" -> BuiltinFn.VEC_WITH_CAPACITY;
              case "Box::new" -> BuiltinFn.BOX_NEW;
              case "mem::drop" -> imports.contains("std::mem") ? BuiltinFn.DROP : null;
              case "thread::spawn" ->
                  imports.contains("std::thread") ? BuiltinFn.THREAD_SPAWN : null;
              default -> null;
            };
        if (builtin != null) {
          return builtin;
        }
        if (path.equals("mem::drop") || path.equals("thread::spawn")) {
          typeError(
              e.span(), "failed to resolve: use of undeclared crate or module `" + owner + "`");
          return null;
        }
      }
      if (path.equals("std::mem::drop")) {
        return BuiltinFn.DROP;
      }
      if (path.equals("std::thread::spawn")) {
        return BuiltinFn.THREAD_SPAWN;
      }
      unsupported(e.span(), "the function `" + path + "`");
      return null;
    }

    // -------------------------------------------------------------- calls

    @Override
    public Type visitCall(Expr.Call e) {
      Expr calleeExpr = e.callee();
      while (calleeExpr instanceof Expr.Paren p) {
        calleeExpr = p.inner();
      }
      if (!(calleeExpr instanceof Expr.Path path)) {
        synth(calleeExpr);
        unsupported(e.callee().span(), "calling anything but a function by name");
        e.args().forEach(this::synth);
        return inf.fresh(false);
      }
      if (path.segments().size() == 1 && lookup(path.segments().get(0).name()) != null) {
        synth(path);
        unsupported(e.callee().span(), "calling a local variable (closures)");
        e.args().forEach(this::synth);
        return inf.fresh(false);
      }
      Object callee = resolveCallee(path, true);
      if (callee == null) {
        e.args().forEach(this::synth);
        return inf.fresh(false);
      }
      resolutions[path.id()] = callee;
      types[path.id()] = Types.UNIT;
      if (callee instanceof FnInfo f) {
        List<Type> params = new ArrayList<>();
        if (f.receiver != null) {
          params.add(f.selfType);
        }
        params.addAll(f.params);
        if (f.isDrop) {
          typeError(e.span(), "explicit use of destructor method");
        }
        argsAgainst(e, e.args(), params);
        return f.ret;
      }
      return builtinCall(e, path, (BuiltinFn) callee);
    }

    private void argsAgainst(Expr call, List<Expr> args, List<Type> params) {
      if (args.size() != params.size()) {
        typeError(
            call.span(),
            "this function takes "
                + params.size()
                + " argument"
                + (params.size() == 1 ? "" : "s")
                + " but "
                + args.size()
                + " were supplied");
        args.forEach(this::synth);
        return;
      }
      for (int i = 0; i < args.size(); i++) {
        checkCoerce(args.get(i), params.get(i));
      }
    }

    private Type turbofish(Expr.Path path, int segment) {
      List<TypeExpr> generics = path.segments().get(segment).generics();
      if (generics.isEmpty()) {
        return inf.fresh(false);
      }
      if (generics.size() != 1) {
        typeError(path.span(), "wrong number of generic arguments");
        return inf.fresh(false);
      }
      return resolveType(generics.get(0), fn.owner, fn.lifetimes, false);
    }

    private Type builtinCall(Expr.Call e, Expr.Path path, BuiltinFn builtin) {
      List<Expr> args = e.args();
      switch (builtin) {
        case STRING_FROM -> {
          if (!arity(e, 1)) {
            return Types.STRING;
          }
          Type t = synth(args.get(0));
          if (!(inf.resolve(t) instanceof Type.StringType)) {
            coerce(args.get(0), t, Types.STR_REF);
          }
          return Types.STRING;
        }
        case STRING_NEW -> {
          arity(e, 0);
          return Types.STRING;
        }
        case STRING_WITH_CAPACITY -> {
          if (arity(e, 1)) {
            checkCoerce(args.get(0), Types.USIZE);
          }
          return Types.STRING;
        }
        case VEC_NEW, VEC_WITH_CAPACITY -> {
          Type element = turbofish(path, 0);
          if (builtin == BuiltinFn.VEC_NEW) {
            arity(e, 0);
          } else if (arity(e, 1)) {
            checkCoerce(args.get(0), Types.USIZE);
          }
          return new Type.VecType(element);
        }
        case BOX_NEW -> {
          Type inner = turbofish(path, 0);
          if (arity(e, 1)) {
            checkCoerce(args.get(0), inner);
          }
          return new Type.BoxType(inner);
        }
        case DROP -> {
          if (arity(e, 1)) {
            Type t = synth(args.get(0));
            if (!path.segments().get(path.segments().size() - 1).generics().isEmpty()) {
              unifyOrError(args.get(0).span(), turbofish(path, path.segments().size() - 1), t);
            }
          }
          return Types.UNIT;
        }
        case THREAD_SPAWN -> {
          if (!arity(e, 1)) {
            return new Type.JoinHandle(inf.fresh(false));
          }
          Expr arg = args.get(0);
          if (!(arg instanceof Expr.Closure closure)) {
            synth(arg);
            unsupported(arg.span(), "passing anything but a closure to `thread::spawn`");
            return new Type.JoinHandle(inf.fresh(false));
          }
          Type result = closure(closure);
          return new Type.JoinHandle(result);
        }
      }
      throw new IllegalStateException(builtin.toString());
    }

    private boolean arity(Expr.Call e, int n) {
      if (e.args().size() != n) {
        typeError(
            e.span(),
            "this function takes "
                + n
                + " argument"
                + (n == 1 ? "" : "s")
                + " but "
                + e.args().size()
                + " were supplied");
        e.args().forEach(this::synth);
        return false;
      }
      return true;
    }

    private Type closure(Expr.Closure c) {
      if (!c.params().isEmpty()) {
        typeError(c.span(), "the closure passed to `thread::spawn` takes no arguments");
      }
      Type result = inf.fresh(false);
      ClosureContext ctx = new ClosureContext(result);
      Deque<LoopContext> saved = loops;
      loops = ctx.loops;
      int outerLevel = closureStack.size();
      closureStack.push(ctx);
      scopes.push(new HashMap<>());
      Type body = synth(c.body());
      coerce(c.body(), body, result);
      scopes.pop();
      closureStack.pop();
      loops = saved;
      closures[c.id()] = new ClosurePick(c, result, outerLevel);
      Type t = new Type.Closure(c.id(), result);
      types[c.id()] = t;
      return result;
    }

    @Override
    public Type visitClosure(Expr.Closure e) {
      unsupported(e.span(), "closures outside `thread::spawn`");
      return inf.fresh(false);
    }

    @Override
    public Type visitMethodCall(Expr.MethodCall e) {
      Type receiver = synth(e.receiver());
      if (!e.generics().isEmpty()) {
        unsupported(e.methodSpan(), "generic arguments on method calls");
      }
      Pick pick = probe(receiver, e.method(), e.methodSpan());
      if (pick == null) {
        e.args().forEach(this::synth);
        return inf.fresh(false);
      }
      methods[e.id()] = pick;
      Candidate c = candidate(inf.resolve(pick.selfType), e.method());
      if (pick.user != null && pick.user.isDrop) {
        typeError(e.methodSpan(), "explicit use of destructor method");
      }
      argsAgainst(e, e.args(), c.params);
      if (pick.builtin == BuiltinMethod.CLONE) {
        obligations.add(new Obligation(ObligationKind.CLONE, pick.selfType, null, e.methodSpan()));
      } else if (pick.builtin == BuiltinMethod.TO_STRING) {
        obligations.add(
            new Obligation(ObligationKind.DISPLAY, pick.selfType, null, e.methodSpan()));
      }
      return c.ret;
    }

    /** rustc's method probe: autoderef steps, each by value, then {@code &}, then {@code &mut}. */
    private Pick probe(Type receiver, String name, Span at) {
      Type u = inf.resolve(receiver);
      for (int derefs = 0; derefs < 8; derefs++) {
        if (u instanceof Type.Var v && !v.integer()) {
          typeError(at, "type annotations needed before calling `" + name + "`");
          return null;
        }
        Candidate c = candidate(u, name);
        if (c != null && c.receiver == Item.SelfKind.VALUE) {
          return pick(c, u, derefs, MethodResolution.Autoref.NONE);
        }
        if (u instanceof Type.Ref r) {
          Candidate inner = candidate(inf.resolve(r.inner()), name);
          if (inner != null
              && (inner.receiver == (r.mutable() ? Item.SelfKind.REF_MUT : Item.SelfKind.REF))) {
            return pick(inner, inf.resolve(r.inner()), derefs, MethodResolution.Autoref.NONE);
          }
        }
        if (c != null && c.receiver == Item.SelfKind.REF) {
          return pick(c, u, derefs, MethodResolution.Autoref.SHARED);
        }
        if (c != null && c.receiver == Item.SelfKind.REF_MUT) {
          return pick(c, u, derefs, MethodResolution.Autoref.MUT);
        }
        Type next = derefStep(u);
        if (next == null) {
          break;
        }
        u = inf.resolve(next);
      }
      Type base = inf.resolve(receiver);
      while (base instanceof Type.Ref r) {
        base = inf.resolve(r.inner());
      }
      if (base instanceof Type.Struct) {
        typeError(
            at, "no method named `" + name + "` found for `" + inf.zonk(receiver).display() + "`");
      } else {
        // The standard library may well have it: outside the subset rather than wrong.
        unsupported(at, "the method `" + name + "` on `" + inf.zonk(receiver).display() + "`");
      }
      return null;
    }

    private Pick pick(Candidate c, Type selfType, int derefs, MethodResolution.Autoref autoref) {
      return new Pick(c.user, c.builtin, selfType, c.receiver, derefs, autoref);
    }

    // -------------------------------------------------------------- places

    @Override
    public Type visitField(Expr.Field e) {
      Type base = synth(e.base());
      Type u = inf.resolve(base);
      for (int derefs = 0; derefs < 8; derefs++) {
        if (u instanceof Type.Struct s && structs.containsKey(s.name())) {
          StructInfo info = structs.get(s.name());
          int index = info.fieldNames.indexOf(e.name());
          if (index >= 0) {
            fields[e.id()] = new FieldPick(s.name(), index, derefs);
            return info.fieldTypes.get(index);
          }
          break;
        }
        if (u instanceof Type.Var) {
          typeError(
              e.span(), "type annotations needed before reading the field `" + e.name() + "`");
          return inf.fresh(false);
        }
        Type next = derefStep(u);
        if (next == null) {
          break;
        }
        u = inf.resolve(next);
      }
      typeError(
          e.nameSpan(), "no field `" + e.name() + "` on type `" + inf.zonk(base).display() + "`");
      return inf.fresh(false);
    }

    @Override
    public Type visitIndex(Expr.Index e) {
      Type base = synth(e.base());
      if (e.index() instanceof Expr.Range) {
        unsupported(e.span(), "slicing (`v[a..b]`)");
        return inf.fresh(false);
      }
      checkCoerce(e.index(), Types.USIZE);
      Type u = inf.resolve(base);
      for (int derefs = 0; derefs < 8; derefs++) {
        if (u instanceof Type.VecType v) {
          indexElements[e.id()] = v.element();
          indexDerefs[e.id()] = derefs;
          return v.element();
        }
        if (u instanceof Type.StringType || u instanceof Type.Str) {
          typeError(e.span(), "the type `str` cannot be indexed by `usize`");
          return inf.fresh(false);
        }
        Type next =
            u instanceof Type.Ref r ? r.inner() : u instanceof Type.BoxType b ? b.inner() : null;
        if (next == null) {
          break;
        }
        u = inf.resolve(next);
      }
      typeError(e.span(), "cannot index into a value of type `" + inf.zonk(base).display() + "`");
      return inf.fresh(false);
    }

    @Override
    public Type visitUnary(Expr.Unary e) {
      Type t = synth(e.operand());
      switch (e.op()) {
        case NEG -> {
          if (e.operand() instanceof Expr.Int lit) {
            negatedLiterals.add(lit.id());
          }
          obligations.add(new Obligation(ObligationKind.SIGNED_OR_FLOAT, t, null, e.span()));
          return t;
        }
        case NOT -> {
          obligations.add(new Obligation(ObligationKind.INT_OR_BOOL, t, null, e.span()));
          return t;
        }
        default -> {
          Type r = inf.resolve(t);
          if (r instanceof Type.Ref ref) {
            return ref.inner();
          }
          if (r instanceof Type.BoxType box) {
            return box.inner();
          }
          if (r instanceof Type.StringType) {
            unsupported(e.span(), "dereferencing a `String`");
            return inf.fresh(false);
          }
          if (r instanceof Type.Var) {
            typeError(e.span(), "type annotations needed before dereferencing");
            return inf.fresh(false);
          }
          typeError(e.span(), "type `" + inf.zonk(t).display() + "` cannot be dereferenced");
          return inf.fresh(false);
        }
      }
    }

    @Override
    public Type visitBorrow(Expr.Borrow e) {
      return new Type.Ref(e.mutable(), synth(e.operand()));
    }

    // -------------------------------------------------------------- operators

    /** Arithmetic accepts {@code &i32} operands as Rust's operator impls for references do. */
    private Type stripRef(Type t) {
      Type r = inf.resolve(t);
      if (r instanceof Type.Ref ref && !ref.mutable()) {
        Type inner = inf.resolve(ref.inner());
        if (inner instanceof Type.Int
            || inner instanceof Type.Float
            || inner instanceof Type.Var v && v.integer()
            || inner instanceof Type.Bool) {
          return inner;
        }
      }
      return t;
    }

    @Override
    public Type visitBinary(Expr.Binary e) {
      Type l = synth(e.left());
      Type r = synth(e.right());
      Expr.BinaryOp op = e.op();
      if (op.isLazy()) {
        coerce(e.left(), l, Types.BOOL);
        coerce(e.right(), r, Types.BOOL);
        return Types.BOOL;
      }
      if (op.isComparison()) {
        unifyOrError(e.right().span(), l, r);
        obligations.add(new Obligation(ObligationKind.COMPARABLE, l, null, e.span()));
        return Types.BOOL;
      }
      Type ls = stripRef(l);
      Type rs = stripRef(r);
      Type lr = inf.resolve(ls);
      if (lr instanceof Type.StringType
          || lr instanceof Type.Ref ref && inf.resolve(ref.inner()) instanceof Type.Str) {
        unsupported(e.span(), "`" + op.symbol() + "` on strings (concatenation)");
        return inf.fresh(false);
      }
      if (op == Expr.BinaryOp.SHL || op == Expr.BinaryOp.SHR) {
        obligations.add(new Obligation(ObligationKind.INTEGER, ls, null, e.left().span()));
        obligations.add(new Obligation(ObligationKind.INTEGER, rs, null, e.right().span()));
        return ls;
      }
      unifyOrError(e.right().span(), ls, rs);
      boolean bitwise =
          op == Expr.BinaryOp.BIT_AND || op == Expr.BinaryOp.BIT_OR || op == Expr.BinaryOp.BIT_XOR;
      obligations.add(
          new Obligation(
              bitwise ? ObligationKind.INT_OR_BOOL : ObligationKind.NUMERIC, ls, null, e.span()));
      return ls;
    }

    @Override
    public Type visitAssign(Expr.Assign e) {
      if (!isPlace(e.target())) {
        synth(e.target());
        typeError(e.target().span(), "invalid left-hand side of assignment");
        synth(e.value());
        return Types.UNIT;
      }
      Type target = synth(e.target());
      if (e.op().isEmpty()) {
        checkCoerce(e.value(), target);
        return Types.UNIT;
      }
      Expr.BinaryOp op = e.op().get();
      Type value = stripRef(synth(e.value()));
      if (inf.resolve(target) instanceof Type.StringType) {
        unsupported(e.span(), "`" + op.symbol() + "=` on strings");
        return Types.UNIT;
      }
      if (op == Expr.BinaryOp.SHL || op == Expr.BinaryOp.SHR) {
        obligations.add(new Obligation(ObligationKind.INTEGER, target, null, e.target().span()));
        obligations.add(new Obligation(ObligationKind.INTEGER, value, null, e.value().span()));
        return Types.UNIT;
      }
      unifyOrError(e.value().span(), target, value);
      boolean bitwise =
          op == Expr.BinaryOp.BIT_AND || op == Expr.BinaryOp.BIT_OR || op == Expr.BinaryOp.BIT_XOR;
      obligations.add(
          new Obligation(
              bitwise ? ObligationKind.INT_OR_BOOL : ObligationKind.NUMERIC,
              target,
              null,
              e.span()));
      return Types.UNIT;
    }

    private boolean isPlace(Expr e) {
      if (e instanceof Expr.Paren p) {
        return isPlace(p.inner());
      }
      return e instanceof Expr.Path
          || e instanceof Expr.Field
          || e instanceof Expr.Index
          || e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.DEREF;
    }

    @Override
    public Type visitCast(Expr.Cast e) {
      Type from = synth(e.operand());
      Type to = resolveType(e.type(), fn.owner, fn.lifetimes, false);
      obligations.add(new Obligation(ObligationKind.CAST, from, to, e.span()));
      return to;
    }

    @Override
    public Type visitRange(Expr.Range e) {
      unsupported(e.span(), "ranges outside the head of a `for` loop");
      e.start().ifPresent(this::synth);
      e.end().ifPresent(this::synth);
      return inf.fresh(false);
    }

    private Type range(Expr.Range e) {
      if (e.start().isEmpty() || e.end().isEmpty()) {
        unsupported(e.span(), "open ranges");
        e.start().ifPresent(this::synth);
        e.end().ifPresent(this::synth);
        return inf.fresh(false);
      }
      Type a = synth(e.start().get());
      Type b = synth(e.end().get());
      unifyOrError(e.end().get().span(), a, b);
      obligations.add(new Obligation(ObligationKind.INTEGER, a, null, e.span()));
      Type t = new Type.RangeType(a, e.inclusive());
      types[e.id()] = t;
      return t;
    }

    @Override
    public Type visitParen(Expr.Paren e) {
      return synth(e.inner());
    }

    // -------------------------------------------------------------- control flow

    @Override
    public Type visitBlock(Expr.Block e) {
      return block(e, null);
    }

    @Override
    public Type visitIf(Expr.If e) {
      checkCoerce(e.condition(), Types.BOOL);
      if (e.otherwise().isEmpty()) {
        checkCoerce(e.then(), Types.UNIT);
        return Types.UNIT;
      }
      Type a = synth(e.then());
      Type b = synth(e.otherwise().get());
      Type ra = inf.resolve(a);
      Type rb = inf.resolve(b);
      if (ra instanceof Type.Never) {
        return b;
      }
      if (rb instanceof Type.Never) {
        return a;
      }
      if (!inf.unify(a, b)) {
        typeError(
            e.otherwise().get().span(),
            "`if` and `else` have incompatible types: `"
                + inf.zonk(a).display()
                + "` and `"
                + inf.zonk(b).display()
                + "`");
      }
      return a;
    }

    @Override
    public Type visitWhile(Expr.While e) {
      checkCoerce(e.condition(), Types.BOOL);
      loops.push(new LoopContext(false, Types.UNIT));
      checkCoerce(e.body(), Types.UNIT);
      loops.pop();
      return Types.UNIT;
    }

    @Override
    public Type visitLoop(Expr.Loop e) {
      LoopContext ctx = new LoopContext(true, inf.fresh(false));
      loops.push(ctx);
      checkCoerce(e.body(), Types.UNIT);
      loops.pop();
      return ctx.hasBreak ? ctx.breakType : Types.NEVER;
    }

    @Override
    public Type visitFor(Expr.For e) {
      ForLoop.Kind kind;
      Type element;
      if (e.iterable() instanceof Expr.Range r) {
        Type t = range(r);
        kind = r.inclusive() ? ForLoop.Kind.RANGE_INCLUSIVE : ForLoop.Kind.RANGE;
        element = t instanceof Type.RangeType rt ? rt.element() : inf.fresh(false);
      } else {
        Type t = inf.resolve(synth(e.iterable()));
        if (t instanceof Type.VecType v) {
          kind = ForLoop.Kind.VEC_INTO_ITER;
          element = v.element();
        } else if (t instanceof Type.Ref ref
            && inf.resolve(ref.inner()) instanceof Type.VecType v) {
          kind = ref.mutable() ? ForLoop.Kind.VEC_REF_MUT : ForLoop.Kind.VEC_REF;
          element = new Type.Ref(ref.mutable(), v.element());
        } else if (t instanceof Type.Iter it) {
          kind = ForLoop.Kind.ITER;
          element = new Type.Ref(false, it.element());
        } else if (t instanceof Type.RangeType rt) {
          kind = rt.inclusive() ? ForLoop.Kind.RANGE_INCLUSIVE : ForLoop.Kind.RANGE;
          element = rt.element();
        } else {
          if (t instanceof Type.Var) {
            typeError(e.iterable().span(), "type annotations needed");
          } else {
            unsupported(e.iterable().span(), "iterating over `" + inf.zonk(t).display() + "`");
          }
          kind = null;
          element = inf.fresh(false);
        }
      }
      scopes.push(new HashMap<>());
      BindingBuilder binding = null;
      if (e.pat() instanceof Pat.Ident id) {
        binding =
            declare(id.id(), id.name(), id.mutable(), element, id.span(), Binding.BindingKind.FOR);
      }
      if (kind != null) {
        forPicks[e.id()] = new ForPick(kind, element, binding);
      }
      loops.push(new LoopContext(false, Types.UNIT));
      checkCoerce(e.body(), Types.UNIT);
      loops.pop();
      scopes.pop();
      return Types.UNIT;
    }

    @Override
    public Type visitBreak(Expr.Break e) {
      LoopContext ctx = loops.peek();
      if (ctx == null) {
        typeError(e.span(), "`break` outside of a loop");
        e.value().ifPresent(this::synth);
        return Types.NEVER;
      }
      if (e.value().isPresent()) {
        if (!ctx.isLoop) {
          typeError(e.span(), "`break` with value from a `while` or `for` loop");
          synth(e.value().get());
        } else {
          checkCoerce(e.value().get(), ctx.breakType);
        }
      } else if (ctx.isLoop && !inf.unify(ctx.breakType, Types.UNIT)) {
        mismatch(e.span(), ctx.breakType, Types.UNIT);
      }
      ctx.hasBreak = true;
      return Types.NEVER;
    }

    @Override
    public Type visitContinue(Expr.Continue e) {
      if (loops.isEmpty()) {
        typeError(e.span(), "`continue` outside of a loop");
      }
      return Types.NEVER;
    }

    @Override
    public Type visitReturn(Expr.Return e) {
      Type expected = closureStack.isEmpty() ? fn.ret : closureStack.peek().result;
      if (e.value().isPresent()) {
        checkCoerce(e.value().get(), expected);
      } else if (!inf.unify(expected, Types.UNIT)) {
        mismatch(e.span(), expected, Types.UNIT);
      }
      return Types.NEVER;
    }

    // -------------------------------------------------------------- structs and macros

    @Override
    public Type visitStructLit(Expr.StructLit e) {
      Expr.Path path = e.path();
      String name = path.segments().size() == 1 ? path.segments().get(0).name() : null;
      if ("Self".equals(name)) {
        name = fn.owner;
      }
      StructInfo info = name == null ? null : structs.get(name);
      if (info == null) {
        typeError(
            path.span(),
            "cannot find struct `" + path.segments().get(0).name() + "` in this scope");
        e.fields().forEach(f -> synth(f.value()));
        return inf.fresh(false);
      }
      resolutions[path.id()] = info;
      types[path.id()] = new Type.Struct(name);
      Set<String> given = new HashSet<>();
      for (Expr.FieldInit f : e.fields()) {
        int index = info.fieldNames.indexOf(f.name());
        if (index < 0) {
          typeError(f.nameSpan(), "struct `" + name + "` has no field named `" + f.name() + "`");
          synth(f.value());
          continue;
        }
        if (!given.add(f.name())) {
          typeError(f.nameSpan(), "field `" + f.name() + "` specified more than once");
        }
        checkCoerce(f.value(), info.fieldTypes.get(index));
      }
      List<String> missing = new ArrayList<>();
      for (String field : info.fieldNames) {
        if (!given.contains(field)) {
          missing.add("`" + field + "`");
        }
      }
      if (!missing.isEmpty()) {
        typeError(
            path.span(),
            "missing fields " + String.join(", ", missing) + " in initializer of `" + name + "`");
      }
      return new Type.Struct(name);
    }

    private void format(Format f) {
      for (Expr arg : f.args()) {
        synth(arg);
      }
      for (Format.Piece piece : f.pieces()) {
        if (piece instanceof Format.Placeholder p && p.arg() < f.args().size()) {
          Expr arg = f.args().get(p.arg());
          ObligationKind kind =
              p.style() == Format.Style.DISPLAY ? ObligationKind.DISPLAY : ObligationKind.DEBUG;
          obligations.add(new Obligation(kind, types[arg.id()], null, arg.span()));
        }
      }
    }

    @Override
    public Type visitFormatMacro(Expr.FormatMacro e) {
      e.format().ifPresent(this::format);
      return switch (e.kind()) {
        case FORMAT -> Types.STRING;
        case PANIC -> Types.NEVER;
        default -> Types.UNIT;
      };
    }

    @Override
    public Type visitVecMacro(Expr.VecMacro e) {
      Type element = inf.fresh(false);
      for (Expr el : e.elements()) {
        checkCoerce(el, element);
      }
      return new Type.VecType(element);
    }

    @Override
    public Type visitVecRepeatMacro(Expr.VecRepeatMacro e) {
      Type element = synth(e.element());
      checkCoerce(e.count(), Types.USIZE);
      obligations.add(new Obligation(ObligationKind.CLONE, element, null, e.element().span()));
      return new Type.VecType(element);
    }

    @Override
    public Type visitAssertMacro(Expr.AssertMacro e) {
      if (e.kind() == Expr.MacroKind.ASSERT) {
        checkCoerce(e.operands().get(0), Types.BOOL);
      } else {
        Type a = synth(e.operands().get(0));
        Type b = synth(e.operands().get(1));
        unifyOrError(e.operands().get(1).span(), a, b);
        obligations.add(new Obligation(ObligationKind.COMPARABLE, a, null, e.span()));
        obligations.add(new Obligation(ObligationKind.DEBUG, a, null, e.span()));
      }
      e.message().ifPresent(this::format);
      return Types.UNIT;
    }

    @Override
    public Type visitError(Expr.Error e) {
      return inf.fresh(false);
    }
  }

  /** One autoderef step: through references, {@code Box}, and {@code String} to {@code str}. */
  private Type derefStep(Type t) {
    if (t instanceof Type.Ref r) {
      return r.inner();
    }
    if (t instanceof Type.BoxType b) {
      return b.inner();
    }
    if (t instanceof Type.StringType) {
      return Types.STR;
    }
    return null;
  }

  /** The method {@code name} defined on exactly the type {@code s}, or null. */
  private Candidate candidate(Type s, String name) {
    s = inf.resolve(s);
    if (s instanceof Type.Struct st) {
      StructInfo info = structs.get(st.name());
      if (info == null) {
        return null;
      }
      FnInfo m = info.methods.get(name);
      if (m != null) {
        if (m.receiver == null) {
          return null;
        }
        Item.SelfKind kind =
            m.receiver == Item.SelfKind.MUT_VALUE ? Item.SelfKind.VALUE : m.receiver;
        return new Candidate(m, null, kind, m.params, m.ret);
      }
      if (info.drop != null && name.equals("drop")) {
        return new Candidate(info.drop, null, Item.SelfKind.REF_MUT, List.of(), Types.UNIT);
      }
      if (name.equals("clone") && (info.clone || info.copy)) {
        return builtin(BuiltinMethod.CLONE, List.of(), s);
      }
      return null;
    }
    if (s instanceof Type.StringType) {
      return switch (name) {
        case "len" -> builtin(BuiltinMethod.STRING_LEN, List.of(), Types.USIZE);
        case "capacity" -> builtin(BuiltinMethod.STRING_CAPACITY, List.of(), Types.USIZE);
        case "push_str" ->
            builtin(BuiltinMethod.STRING_PUSH_STR, List.of(Types.STR_REF), Types.UNIT);
        case "push" -> builtin(BuiltinMethod.STRING_PUSH, List.of(Types.CHAR), Types.UNIT);
        case "as_str" -> builtin(BuiltinMethod.STRING_AS_STR, List.of(), Types.STR_REF);
        case "clone" -> builtin(BuiltinMethod.CLONE, List.of(), Types.STRING);
        case "to_string" -> builtin(BuiltinMethod.TO_STRING, List.of(), Types.STRING);
        default -> null;
      };
    }
    if (s instanceof Type.Str) {
      return switch (name) {
        case "len" -> builtin(BuiltinMethod.STR_LEN, List.of(), Types.USIZE);
        case "to_string" -> builtin(BuiltinMethod.TO_STRING, List.of(), Types.STRING);
        default -> null;
      };
    }
    if (s instanceof Type.VecType v) {
      return switch (name) {
        case "len" -> builtin(BuiltinMethod.VEC_LEN, List.of(), Types.USIZE);
        case "capacity" -> builtin(BuiltinMethod.VEC_CAPACITY, List.of(), Types.USIZE);
        case "push" -> builtin(BuiltinMethod.VEC_PUSH, List.of(v.element()), Types.UNIT);
        case "pop" -> builtin(BuiltinMethod.VEC_POP, List.of(), new Type.OptionType(v.element()));
        case "iter" -> builtin(BuiltinMethod.VEC_ITER, List.of(), new Type.Iter(v.element()));
        case "clone" -> builtin(BuiltinMethod.CLONE, List.of(), s);
        default -> null;
      };
    }
    if (s instanceof Type.BoxType) {
      return name.equals("clone") ? builtin(BuiltinMethod.CLONE, List.of(), s) : null;
    }
    if (s instanceof Type.Int
        || s instanceof Type.Var v && v.integer()
        || s instanceof Type.Float
        || s instanceof Type.Bool
        || s instanceof Type.Char) {
      return switch (name) {
        case "clone" -> builtin(BuiltinMethod.CLONE, List.of(), s);
        case "to_string" -> builtin(BuiltinMethod.TO_STRING, List.of(), Types.STRING);
        default -> null;
      };
    }
    if (s instanceof Type.Ref r && !r.mutable()) {
      return name.equals("clone") ? builtin(BuiltinMethod.CLONE, List.of(), s) : null;
    }
    if (s instanceof Type.JoinHandle j) {
      return name.equals("join")
          ? builtin(BuiltinMethod.JOIN, List.of(), new Type.JoinResult(j.result()))
          : null;
    }
    if (s instanceof Type.JoinResult j) {
      return name.equals("unwrap")
          ? builtin(BuiltinMethod.RESULT_UNWRAP, List.of(), j.value())
          : null;
    }
    if (s instanceof Type.OptionType o) {
      if (name.equals("unwrap")) {
        return builtin(BuiltinMethod.OPTION_UNWRAP, List.of(), o.inner());
      }
      return name.equals("clone") ? builtin(BuiltinMethod.CLONE, List.of(), s) : null;
    }
    if (s instanceof Type.Iter) {
      return name.equals("clone") ? builtin(BuiltinMethod.CLONE, List.of(), s) : null;
    }
    return null;
  }

  private static Candidate builtin(BuiltinMethod m, List<Type> params, Type ret) {
    return new Candidate(null, m, m.receiver(), params, ret);
  }

  // ------------------------------------------------------------------ finishing

  private TypedProgram finish() {
    checkObligations();
    checkLiterals();
    Map<String, StructDef> structDefs = new LinkedHashMap<>();
    for (StructInfo info : structs.values()) {
      info.built = structDefLike(info.decl.name());
    }
    // Fn defs need struct names only; struct defs need fn defs for methods and drop.
    for (FnInfo f : allFns()) {
      f.built =
          new FnDef(
              f.decl,
              Optional.ofNullable(f.owner),
              Optional.ofNullable(f.receiver),
              Optional.ofNullable(f.selfType).map(inf::zonk),
              f.params.stream().map(inf::zonk).toList(),
              inf.zonk(f.ret),
              f.isDrop);
    }
    for (StructInfo info : structs.values()) {
      List<StructDef.FieldDef> fs = new ArrayList<>();
      for (int i = 0; i < info.fieldNames.size(); i++) {
        Type t = inf.zonk(info.fieldTypes.get(i));
        fs.add(new StructDef.FieldDef(info.fieldNames.get(i), t, i, 0));
      }
      info.built =
          new StructDef(
              info.decl,
              info.decl.name(),
              fs,
              info.copy,
              info.clone || info.copy,
              info.debug,
              Optional.ofNullable(info.drop).map(d -> d.built),
              info.methods.values().stream().map(m -> m.built).toList());
    }
    // Sizes need every struct known; fill them in a second pass.
    for (StructInfo info : structs.values()) {
      List<StructDef.FieldDef> fs = new ArrayList<>();
      for (StructDef.FieldDef f : info.built.fields()) {
        fs.add(
            new StructDef.FieldDef(
                f.name(), f.type(), f.index(), Traits.sizeOf(f.type(), n -> structs.get(n).built)));
      }
      info.built =
          new StructDef(
              info.decl,
              info.decl.name(),
              fs,
              info.built.copy(),
              info.built.cloneable(),
              info.built.debug(),
              info.built.drop(),
              info.built.methods());
    }
    // Field sizes of nested structs need the nested struct's sizes: iterate to a fixpoint.
    for (int round = 0; round < structs.size(); round++) {
      boolean changed = false;
      for (StructInfo info : structs.values()) {
        List<StructDef.FieldDef> fs = new ArrayList<>();
        for (StructDef.FieldDef f : info.built.fields()) {
          int size = Traits.sizeOf(f.type(), n -> structs.get(n).built);
          changed |= size != f.size();
          fs.add(new StructDef.FieldDef(f.name(), f.type(), f.index(), size));
        }
        info.built =
            new StructDef(
                info.decl,
                info.decl.name(),
                fs,
                info.built.copy(),
                info.built.cloneable(),
                info.built.debug(),
                info.built.drop(),
                info.built.methods());
      }
      if (!changed) {
        break;
      }
    }
    for (StructInfo info : structs.values()) {
      structDefs.put(info.decl.name(), info.built);
    }
    int n = crate.nodeCount();
    Type[] finalTypes = new Type[n];
    Coercion[] finalCoercions = new Coercion[n];
    Binding[] finalBindings = new Binding[n];
    Resolution[] finalResolutions = new Resolution[n];
    MethodResolution[] finalMethods = new MethodResolution[n];
    FieldAccess[] finalFields = new FieldAccess[n];
    IndexAccess[] finalIndexes = new IndexAccess[n];
    ForLoop[] finalLoops = new ForLoop[n];
    ClosureInfo[] finalClosures = new ClosureInfo[n];
    FnDef[] finalFns = new FnDef[n];
    for (int i = 0; i < n; i++) {
      if (bindings[i] != null) {
        BindingBuilder b = bindings[i];
        Type t = inf.zonk(b.type);
        b.built = new Binding(b.id, b.name, b.mutable, t, b.span, b.kind);
        finalBindings[i] = b.built;
      }
    }
    for (int i = 0; i < n; i++) {
      if (types[i] != null) {
        finalTypes[i] = inf.zonk(types[i]);
      }
      if (coercions[i] != null) {
        PendingCoercion c = coercions[i];
        finalCoercions[i] = new Coercion(c.derefs, c.mutable, inf.zonk(c.target));
      }
      Object r = resolutions[i];
      if (r instanceof BindingBuilder b) {
        finalResolutions[i] = new Resolution.Local(b.built);
      } else if (r instanceof FnInfo f) {
        finalResolutions[i] = new Resolution.Function(f.built);
      } else if (r instanceof BuiltinFn b) {
        finalResolutions[i] = new Resolution.Builtin(b);
      } else if (r instanceof StructInfo s) {
        finalResolutions[i] = new Resolution.StructName(s.built);
      }
      if (methods[i] != null) {
        Pick p = methods[i];
        finalMethods[i] =
            new MethodResolution(
                Optional.ofNullable(p.user).map(f -> f.built),
                Optional.ofNullable(p.builtin),
                inf.zonk(p.selfType),
                p.receiver,
                p.derefs,
                p.autoref);
      }
      if (fields[i] != null) {
        FieldPick f = fields[i];
        StructDef def = structDefs.get(f.struct);
        finalFields[i] = new FieldAccess(def, def.fields().get(f.index), f.derefs);
      }
      if (indexElements[i] != null) {
        finalIndexes[i] = new IndexAccess(inf.zonk(indexElements[i]), indexDerefs[i]);
      }
      if (forPicks[i] != null) {
        ForPick f = forPicks[i];
        finalLoops[i] =
            new ForLoop(
                f.kind, inf.zonk(f.element), Optional.ofNullable(f.binding).map(b -> b.built));
      }
      if (fnInfos[i] != null) {
        finalFns[i] = fnInfos[i].built;
      }
    }
    for (int i = 0; i < n; i++) {
      if (closures[i] != null) {
        ClosurePick c = closures[i];
        List<ClosureInfo.Capture> captures =
            new CaptureAnalysis(
                    c.node,
                    finalResolutions,
                    finalTypes,
                    finalCoercions,
                    finalMethods,
                    finalFields,
                    structDefs)
                .captures();
        finalClosures[i] = new ClosureInfo(c.node, captures, inf.zonk(c.result));
      }
    }
    problems.sort(
        Comparator.comparingInt((Problem p) -> p.at().line())
            .thenComparingInt(p -> p.at().column()));
    return new TypedProgram(
        crate,
        problems,
        finalTypes,
        finalCoercions,
        finalBindings,
        finalResolutions,
        finalMethods,
        finalFields,
        finalIndexes,
        finalLoops,
        finalClosures,
        finalFns,
        structDefs);
  }

  private List<FnInfo> allFns() {
    List<FnInfo> all = new ArrayList<>();
    for (FnInfo f : fnInfos) {
      if (f != null) {
        all.add(f);
      }
    }
    return all;
  }

  private void checkObligations() {
    for (Obligation o : obligations) {
      if (o.kind != ObligationKind.KNOWN) {
        check(o);
      }
    }
    // An unknown binding type is most often the echo of an earlier problem; say it only alone.
    if (problems.isEmpty()) {
      for (Obligation o : obligations) {
        if (o.kind == ObligationKind.KNOWN) {
          check(o);
        }
      }
    }
  }

  private void check(Obligation o) {
    Type t = inf.zonk(o.type);
    if (o.kind != ObligationKind.KNOWN
        && o.kind != ObligationKind.CAST
        && t instanceof Type.Var v
        && !v.integer()) {
      // Unknown because of an earlier problem, most often; say it only alone.
      if (problems.isEmpty()) {
        typeError(o.span, "type annotations needed");
      }
      return;
    }
    switch (o.kind) {
      case KNOWN -> {
        if (inf.hasUnknown(t)) {
          typeError(o.span, "type annotations needed for `" + t.display() + "`");
        }
      }
      case DISPLAY -> {
        if (!Traits.isDisplay(t)) {
          typeError(o.span, "`" + t.display() + "` doesn't implement `std::fmt::Display`");
        }
      }
      case DEBUG -> {
        if (!Traits.isDebug(t, this::structDefLike)) {
          typeError(o.span, "`" + t.display() + "` doesn't implement `Debug`");
        }
      }
      case CLONE -> {
        if (!Traits.isClone(t, this::structDefLike)) {
          typeError(o.span, "the trait bound `" + t.display() + ": Clone` is not satisfied");
        }
      }
      case NUMERIC -> {
        if (!(t instanceof Type.Int || t instanceof Type.Float)) {
          typeError(o.span, "cannot apply an arithmetic operator to `" + t.display() + "`");
        }
      }
      case INTEGER -> {
        if (!(t instanceof Type.Int)) {
          typeError(o.span, "expected an integer, found `" + t.display() + "`");
        }
      }
      case INT_OR_BOOL -> {
        if (!(t instanceof Type.Int || t instanceof Type.Bool)) {
          typeError(o.span, "cannot apply the operator to `" + t.display() + "`");
        }
      }
      case SIGNED_OR_FLOAT -> {
        if (!(t instanceof Type.Int i && i.kind().signed() || t instanceof Type.Float)) {
          typeError(o.span, "cannot apply unary operator `-` to type `" + t.display() + "`");
        }
      }
      case COMPARABLE -> {
        Type base = t;
        while (base instanceof Type.Ref r && !r.mutable()) {
          base = r.inner();
        }
        if (base instanceof Type.StringType || base instanceof Type.Str) {
          unsupported(o.span, "comparing strings");
        } else if (!(base instanceof Type.Int
            || base instanceof Type.Float
            || base instanceof Type.Bool
            || base instanceof Type.Char)) {
          typeError(o.span, "binary operation cannot be applied to type `" + t.display() + "`");
        }
      }
      case CAST -> {
        Type to = inf.zonk(o.other);
        boolean fromNumber = t instanceof Type.Int || t instanceof Type.Float;
        boolean ok =
            (fromNumber && (to instanceof Type.Int || to instanceof Type.Float))
                || ((t instanceof Type.Char || t instanceof Type.Bool) && to instanceof Type.Int)
                || (t instanceof Type.Int i && i.kind() == IntKind.U8 && to instanceof Type.Char)
                || t.equals(to);
        if (!ok) {
          typeError(o.span, "non-primitive cast: `" + t.display() + "` as `" + to.display() + "`");
        }
      }
    }
  }

  private void checkLiterals() {
    for (Expr.Int lit : intLiterals) {
      Type t = inf.zonk(types[lit.id()] == null ? Types.I32 : types[lit.id()]);
      if (t instanceof Type.Int i) {
        BigInteger max = i.kind().max();
        if (negatedLiterals.contains(lit.id()) && i.kind().signed()) {
          max = max.add(BigInteger.ONE);
        }
        if (lit.value().compareTo(max) > 0) {
          typeError(lit.span(), "literal out of range for `" + i.kind().rustName() + "`");
        }
      }
    }
  }
}
