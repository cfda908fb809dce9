package dev.memoria.simulator.rust.check;

import dev.memoria.simulator.rust.syntax.Crate;
import dev.memoria.simulator.rust.syntax.Item;
import dev.memoria.simulator.rust.syntax.TypeExpr;
import dev.memoria.simulator.rust.types.FnDef;
import dev.memoria.simulator.rust.types.TypedProgram;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the program's functions and the std methods of the subset take their arguments and what their
 * results borrow from, for the checks; the types themselves come from the type checker.
 */
final class TypeTable {

  static final CheckType UNIT = CheckType.scalar("()");

  /** How a method takes its receiver. */
  enum Receiver {
    VALUE,
    REF,
    REF_MUT
  }

  /**
   * A function's or method's signature as the checks use it.
   *
   * @param resultFrom the arguments (the receiver is 0 for methods) whose references the result may
   *     hold, by the written lifetimes or the elision rules
   * @param resultFromSelf whether the result holds the references of the value behind {@code &self}
   *     (it names a lifetime of the impl, as {@code fn part(&self) -> &'a str} does)
   */
  record Signature(Receiver receiver, List<Integer> resultFrom, boolean resultFromSelf) {
    Signature {
      resultFrom = List.copyOf(resultFrom);
    }
  }

  /** A std method of the subset. */
  record Builtin(Receiver receiver, boolean borrowsReceiver) {}

  private final TypedProgram typed;
  private final CheckTypes checkTypes;
  private final Map<String, Item.Fn> functions = new HashMap<>();
  private final Map<String, Item.Fn> methods = new HashMap<>();
  private final Map<Item.Fn, List<String>> implLifetimes = new HashMap<>();
  private final Map<String, Integer> structLifetimes = new HashMap<>();

  TypeTable(TypedProgram typed, CheckTypes checkTypes) {
    this.typed = typed;
    this.checkTypes = checkTypes;
    Crate crate = typed.crate();
    for (Item item : crate.items()) {
      if (item instanceof Item.Struct struct) {
        structLifetimes.put(struct.name(), struct.lifetimes().size());
      } else if (item instanceof Item.Fn fn) {
        functions.put(fn.name(), fn);
      }
    }
    for (Item item : crate.items()) {
      if (item instanceof Item.Impl impl && impl.selfType() instanceof TypeExpr.Path path) {
        for (Item.Fn fn : impl.fns()) {
          methods.put(path.name() + "::" + fn.name(), fn);
          implLifetimes.put(fn, path.lifetimes());
        }
      }
    }
  }

  /** A function of the program called by path: {@code f}, {@code Type::new}, {@code Self::new}. */
  Optional<Signature> function(List<String> path, Optional<String> selfType) {
    if (path.size() == 1) {
      return Optional.ofNullable(functions.get(path.get(0))).map(this::signature);
    }
    if (path.size() == 2) {
      String owner = path.get(0).equals("Self") ? selfType.orElse("Self") : path.get(0);
      Item.Fn fn = methods.get(owner + "::" + path.get(1));
      if (fn != null) {
        return Optional.of(signature(fn));
      }
    }
    return Optional.empty();
  }

  /** A method of the program, by the receiver's type name. */
  Optional<Signature> method(String owner, String name) {
    // A struct that takes lifetimes prints as `Excerpt<'_>`; its methods are under its name.
    int generic = owner.indexOf('<');
    Item.Fn fn = methods.get((generic < 0 ? owner : owner.substring(0, generic)) + "::" + name);
    if (fn == null || fn.self().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(signature(fn));
  }

  private Signature signature(Item.Fn fn) {
    FnDef def = typed.fnOf(fn);
    CheckType result = checkTypes.of(def.returnType());
    Receiver receiver = Receiver.VALUE;
    List<TypeExpr> params = new ArrayList<>();
    if (fn.self().isPresent()) {
      receiver =
          switch (fn.self().get().kind()) {
            case VALUE, MUT_VALUE -> Receiver.VALUE;
            case REF -> Receiver.REF;
            case REF_MUT -> Receiver.REF_MUT;
          };
    }
    for (Item.Param param : fn.params()) {
      params.add(param.type());
    }
    List<Integer> from = new ArrayList<>();
    boolean fromSelf = false;
    List<String> selfLifetimes = implLifetimes.getOrDefault(fn, List.of());
    if (result.hasRefs() && fn.returnType().isPresent()) {
      List<String> wanted = new ArrayList<>();
      lifetimes(fn.returnType().get(), structLifetimes, selfLifetimes, wanted);
      int offset = fn.self().isPresent() ? 1 : 0;
      if (!wanted.isEmpty() && !wanted.contains("")) {
        if (fn.self().isPresent()
            && fn.self().get().lifetime().isPresent()
            && wanted.contains(fn.self().get().lifetime().get())) {
          from.add(0);
        }
        if (fn.self().isPresent() && selfLifetimes.stream().anyMatch(wanted::contains)) {
          if (receiver == Receiver.VALUE) {
            from.add(0);
          } else {
            fromSelf = true;
          }
        }
        for (int i = 0; i < params.size(); i++) {
          List<String> have = new ArrayList<>();
          lifetimes(params.get(i), structLifetimes, selfLifetimes, have);
          for (String lifetime : have) {
            if (wanted.contains(lifetime)) {
              from.add(i + offset);
              break;
            }
          }
        }
      } else if (receiver != Receiver.VALUE) {
        from.add(0);
      } else {
        for (int i = 0; i < params.size(); i++) {
          if (checkTypes.of(def.params().get(i)).hasRefs()) {
            from.add(i + offset);
          }
        }
      }
    }
    return new Signature(receiver, from, fromSelf);
  }

  /**
   * The lifetimes in a type, "" for each elided one (also {@code '_}): those of references and
   * those a struct with lifetime parameters takes ({@code structLifetimes} counts them by name;
   * {@code Self} stands for a struct with {@code selfLifetimes}).
   */
  static void lifetimes(
      TypeExpr type,
      Map<String, Integer> structLifetimes,
      List<String> selfLifetimes,
      List<String> into) {
    if (type instanceof TypeExpr.Ref ref) {
      into.add(ref.lifetime().filter(l -> !l.equals("'_")).orElse(""));
      lifetimes(ref.inner(), structLifetimes, selfLifetimes, into);
    } else if (type instanceof TypeExpr.Path path) {
      if (path.segments().size() == 1 && path.name().equals("Self")) {
        into.addAll(selfLifetimes);
      } else if (!path.lifetimes().isEmpty()) {
        path.lifetimes().forEach(l -> into.add(l.equals("'_") ? "" : l));
      } else if (path.segments().size() == 1) {
        for (int i = structLifetimes.getOrDefault(path.name(), 0); i > 0; i--) {
          into.add("");
        }
      }
      for (TypeExpr arg : path.args()) {
        lifetimes(arg, structLifetimes, selfLifetimes, into);
      }
    }
  }

  /** A std method of the subset on a receiver type (after auto-deref to that type). */
  static Optional<Builtin> builtinMethod(CheckType owner, String method) {
    String name = owner.display();
    if (name.equals("String") || name.equals("str")) {
      return switch (method) {
        case "push_str", "push", "clear", "insert", "insert_str", "truncate", "pop" ->
            builtin(Receiver.REF_MUT, false);
        case "len", "capacity", "is_empty", "contains", "starts_with", "ends_with" ->
            builtin(Receiver.REF, false);
        case "as_str", "trim" -> builtin(Receiver.REF, true);
        case "clone", "to_string", "to_uppercase", "to_lowercase", "to_owned" ->
            builtin(Receiver.REF, false);
        case "into_bytes" -> builtin(Receiver.VALUE, false);
        default -> Optional.empty();
      };
    }
    if (owner.kind() == CheckType.Kind.VEC) {
      return switch (method) {
        case "push", "insert", "clear", "truncate", "reverse", "sort", "pop", "remove" ->
            builtin(Receiver.REF_MUT, false);
        case "len", "capacity", "is_empty", "contains", "clone" -> builtin(Receiver.REF, false);
        case "iter", "first", "last", "get" -> builtin(Receiver.REF, true);
        case "iter_mut" -> builtin(Receiver.REF_MUT, true);
        default -> Optional.empty();
      };
    }
    if (name.startsWith("Option<") || name.startsWith("Result<")) {
      return switch (method) {
        case "unwrap", "expect" -> builtin(Receiver.VALUE, false);
        case "is_some", "is_none" -> builtin(Receiver.REF, false);
        default -> Optional.empty();
      };
    }
    if (name.startsWith("JoinHandle")) {
      return method.equals("join") ? builtin(Receiver.VALUE, false) : Optional.empty();
    }
    if (owner.kind() == CheckType.Kind.SCALAR) {
      return switch (method) {
        case "to_string", "clone" -> builtin(Receiver.REF, false);
        default -> builtin(Receiver.VALUE, false);
      };
    }
    if ((owner.kind() == CheckType.Kind.STRUCT || owner.kind() == CheckType.Kind.BOX)
        && method.equals("clone")) {
      return builtin(Receiver.REF, false);
    }
    return Optional.empty();
  }

  private static Optional<Builtin> builtin(Receiver receiver, boolean borrowsReceiver) {
    return Optional.of(new Builtin(receiver, borrowsReceiver));
  }
}
