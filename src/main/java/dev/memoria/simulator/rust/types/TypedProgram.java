package dev.memoria.simulator.rust.types;

import dev.memoria.simulator.rust.syntax.Crate;
import dev.memoria.simulator.rust.syntax.Expr;
import dev.memoria.simulator.rust.syntax.Item;
import dev.memoria.simulator.rust.syntax.Pat;
import dev.memoria.simulator.trace.Problem;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A crate with every name resolved and every expression typed. Lookups are by node; when {@link
 * #ok()} is false (problems were found), lookups for the nodes involved may be missing and throw
 * {@link IllegalStateException}.
 */
public final class TypedProgram {

  private final Crate crate;
  private final List<Problem> problems;
  private final Type[] exprTypes;
  private final Coercion[] coercions;
  private final Binding[] bindings;
  private final Resolution[] resolutions;
  private final MethodResolution[] methods;
  private final FieldAccess[] fields;
  private final IndexAccess[] indexes;
  private final ForLoop[] loops;
  private final ClosureInfo[] closures;
  private final FnDef[] fns;
  private final Map<String, StructDef> structs;

  TypedProgram(
      Crate crate,
      List<Problem> problems,
      Type[] exprTypes,
      Coercion[] coercions,
      Binding[] bindings,
      Resolution[] resolutions,
      MethodResolution[] methods,
      FieldAccess[] fields,
      IndexAccess[] indexes,
      ForLoop[] loops,
      ClosureInfo[] closures,
      FnDef[] fns,
      Map<String, StructDef> structs) {
    this.crate = Objects.requireNonNull(crate);
    this.problems = List.copyOf(problems);
    this.exprTypes = exprTypes;
    this.coercions = coercions;
    this.bindings = bindings;
    this.resolutions = resolutions;
    this.methods = methods;
    this.fields = fields;
    this.indexes = indexes;
    this.loops = loops;
    this.closures = closures;
    this.fns = fns;
    this.structs = Map.copyOf(structs);
  }

  /** The tree that was checked. */
  public Crate crate() {
    return crate;
  }

  /**
   * Type errors and constructs outside the subset, in source order: each is reported as {@code
   * unsupported} (the simulator judges only ownership and borrowing).
   */
  public List<Problem> problems() {
    return problems;
  }

  /** Whether the program type-checked within the subset. */
  public boolean ok() {
    return problems.isEmpty();
  }

  /** The expression's own type, before any {@link #coercionOf coercion}. */
  public Type typeOf(Expr e) {
    return present(exprTypes, e.id(), "type of", e);
  }

  /** The implicit reborrow applied to the expression's value where it is used, if any. */
  public Optional<Coercion> coercionOf(Expr e) {
    return Optional.ofNullable(coercions[e.id()]);
  }

  /** The expression's type after its coercion: the type the place it flows into sees. */
  public Type adjustedTypeOf(Expr e) {
    return coercionOf(e).map(Coercion::target).orElseGet(() -> typeOf(e));
  }

  /** The binding a pattern introduces. */
  public Binding bindingOf(Pat.Ident pattern) {
    return present(bindings, pattern.id(), "binding of", pattern);
  }

  /** The {@code self} binding of a method. */
  public Optional<Binding> selfBindingOf(Item.Fn fn) {
    return fn.self().map(s -> present(bindings, s.id(), "binding of", s));
  }

  /** What a path names: a local, a function, a builtin, a struct. */
  public Resolution resolutionOf(Expr.Path path) {
    return present(resolutions, path.id(), "resolution of", path);
  }

  /** The method a method call calls, with the receiver's adjustments. */
  public MethodResolution methodOf(Expr.MethodCall call) {
    return present(methods, call.id(), "method of", call);
  }

  /** The field a field expression reads. */
  public FieldAccess fieldOf(Expr.Field field) {
    return present(fields, field.id(), "field of", field);
  }

  /** How an index expression reaches its vector. */
  public IndexAccess indexOf(Expr.Index index) {
    return present(indexes, index.id(), "index of", index);
  }

  /** How a {@code for} loop iterates. */
  public ForLoop forOf(Expr.For loop) {
    return present(loops, loop.id(), "loop of", loop);
  }

  /** A closure's captures. */
  public ClosureInfo closureOf(Expr.Closure closure) {
    return present(closures, closure.id(), "closure info of", closure);
  }

  /** A function's resolved signature. */
  public FnDef fnOf(Item.Fn fn) {
    return present(fns, fn.id(), "signature of", fn);
  }

  /** {@code fn main}, if there is one. */
  public Optional<FnDef> mainFn() {
    for (Item item : crate.items()) {
      if (item instanceof Item.Fn f && f.name().equals("main") && fns[f.id()] != null) {
        return Optional.of(fns[f.id()]);
      }
    }
    return Optional.empty();
  }

  /** The struct named {@code name}. */
  public Optional<StructDef> struct(String name) {
    return Optional.ofNullable(structs.get(name));
  }

  /** Whether values of the type are copied rather than moved. */
  public boolean isCopy(Type type) {
    return Traits.isCopy(type, structs::get);
  }

  /** Whether {@code .clone()} is available on values of the type. */
  public boolean isClone(Type type) {
    return Traits.isClone(type, structs::get);
  }

  /**
   * Whether dropping a value of the type does anything (frees memory or runs a {@code Drop} impl),
   * so that it matters when it goes out of scope.
   */
  public boolean needsDrop(Type type) {
    return Traits.needsDrop(type, structs::get);
  }

  /**
   * The struct whose {@code Drop} impl runs when a value of the type is dropped: the type itself, a
   * field's type, a {@code Box}'s or {@code Option}'s content or a {@code Vec}'s element, if any.
   */
  public Optional<String> dropCodeOf(Type type) {
    return dropCodeOf(type, new HashSet<>());
  }

  private Optional<String> dropCodeOf(Type type, Set<String> seen) {
    if (type.owned().isPresent()) {
      return dropCodeOf(type.owned().get(), seen);
    }
    if (type instanceof Type.Struct struct
        && structs.containsKey(struct.name())
        && seen.add(struct.name())) {
      StructDef def = structs.get(struct.name());
      if (def.drop().isPresent()) {
        return Optional.of(struct.name());
      }
      for (StructDef.FieldDef field : def.fields()) {
        Optional<String> inner = dropCodeOf(field.type(), seen);
        if (inner.isPresent()) {
          return inner;
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the type is a struct with an {@code impl Drop}. */
  public boolean hasDropImpl(Type type) {
    return type instanceof Type.Struct s
        && structs.containsKey(s.name())
        && structs.get(s.name()).drop().isPresent();
  }

  /**
   * Size in bytes on x86-64 as rustc lays it out ({@code &str} 16, {@code String} 24, a struct the
   * sum of its fields rounded up to its alignment, since rustc reorders fields to avoid padding).
   */
  public int sizeOf(Type type) {
    return Traits.sizeOf(type, structs::get);
  }

  /** Alignment in bytes on x86-64. */
  public int alignOf(Type type) {
    return Traits.alignOf(type, structs::get);
  }

  private static <T> T present(T[] table, int id, String what, Object node) {
    T value = id >= 0 && id < table.length ? table[id] : null;
    if (value == null) {
      throw new IllegalStateException("no " + what + " " + node);
    }
    return value;
  }
}
