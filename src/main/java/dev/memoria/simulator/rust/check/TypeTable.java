package dev.memoria.simulator.rust.check;

import dev.memoria.simulator.rust.syntax.Crate;
import dev.memoria.simulator.rust.syntax.Item;
import dev.memoria.simulator.rust.syntax.TypeExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The types the checks need: the program's structs and function signatures, and the std types and
 * methods of the subset with their receiver modes.
 */
final class TypeTable {

  static final CheckType UNIT = CheckType.scalar("()");
  static final CheckType BOOL = CheckType.scalar("bool");
  static final CheckType I32 = CheckType.scalar("i32");
  static final CheckType USIZE = CheckType.scalar("usize");
  static final CheckType F64 = CheckType.scalar("f64");
  static final CheckType CHAR = CheckType.scalar("char");
  static final CheckType STRING = CheckType.owned("String");
  static final CheckType STR_REF = CheckType.ref(CheckType.owned("str"), false);

  private static final Set<String> SCALARS =
      Set.of(
          "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
          "f32", "f64", "bool", "char");

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
  record Signature(
      Receiver receiver, CheckType result, List<Integer> resultFrom, boolean resultFromSelf) {
    Signature {
      resultFrom = List.copyOf(resultFrom);
    }
  }

  /** A std method of the subset. */
  record Builtin(Receiver receiver, CheckType result, boolean borrowsReceiver) {}

  private final Map<String, Item.Struct> structs = new HashMap<>();
  private final Map<String, CheckType> resolved = new HashMap<>();
  private final Map<String, Item.Fn> functions = new HashMap<>();
  private final Map<String, Item.Fn> methods = new HashMap<>();
  private final Map<Item.Fn, List<String>> implLifetimes = new HashMap<>();
  private final Map<String, Integer> structLifetimes = new HashMap<>();

  TypeTable(Crate crate) {
    for (Item item : crate.items()) {
      if (item instanceof Item.Struct struct) {
        structs.put(struct.name(), struct);
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

  static CheckType vec(CheckType element) {
    return new CheckType(
        "Vec<" + element.display() + ">",
        CheckType.Kind.VEC,
        false,
        element.hasRefs(),
        Optional.of(element),
        List.of());
  }

  static CheckType box(CheckType inner) {
    return new CheckType(
        "Box<" + inner.display() + ">",
        CheckType.Kind.BOX,
        false,
        inner.hasRefs(),
        Optional.of(inner),
        List.of());
  }

  /** A named type without arguments: a scalar, {@code String}, or a struct of the program. */
  CheckType resolve(String name) {
    if (SCALARS.contains(name)) {
      return CheckType.scalar(name);
    }
    CheckType known = resolved.get(name);
    if (known != null) {
      return known;
    }
    Item.Struct struct = structs.get(name);
    if (struct == null) {
      return CheckType.owned(name);
    }
    // Guard against a recursive struct (through Box or Vec) while its fields resolve.
    resolved.put(
        name,
        new CheckType(name, CheckType.Kind.STRUCT, false, false, Optional.empty(), List.of()));
    List<CheckType.Field> fields = new ArrayList<>();
    boolean hasRefs = false;
    for (Item.Field field : struct.fields()) {
      CheckType type = resolve(field.type(), Optional.of(name));
      fields.add(new CheckType.Field(field.name(), type));
      hasRefs |= type.hasRefs();
    }
    CheckType type =
        new CheckType(
            name,
            CheckType.Kind.STRUCT,
            struct.derives().contains("Copy"),
            hasRefs,
            Optional.empty(),
            fields);
    resolved.put(name, type);
    return type;
  }

  /** A written type. */
  CheckType resolve(TypeExpr type, Optional<String> selfType) {
    if (type instanceof TypeExpr.Ref ref) {
      return CheckType.ref(resolve(ref.inner(), selfType), ref.mutable());
    }
    if (type instanceof TypeExpr.Unit) {
      return UNIT;
    }
    if (type instanceof TypeExpr.Path path) {
      String name = path.name();
      if (name.equals("Self")) {
        return resolve(selfType.orElse("Self"));
      }
      List<CheckType> args = new ArrayList<>();
      for (TypeExpr arg : path.args()) {
        args.add(resolve(arg, selfType));
      }
      if (name.equals("Vec") && args.size() == 1) {
        return vec(args.get(0));
      }
      if (name.equals("Box") && args.size() == 1) {
        return box(args.get(0));
      }
      if (!args.isEmpty()) {
        StringBuilder display = new StringBuilder(name).append('<');
        boolean hasRefs = false;
        for (int i = 0; i < args.size(); i++) {
          display.append(i == 0 ? "" : ", ").append(args.get(i).display());
          hasRefs |= args.get(i).hasRefs();
        }
        display.append('>');
        return new CheckType(
            display.toString(),
            CheckType.Kind.OTHER,
            false,
            hasRefs,
            Optional.of(args.get(0)),
            List.of());
      }
      return resolve(name);
    }
    return CheckType.owned("_");
  }

  /** A function of the program called by path: {@code f}, {@code Type::new}, {@code Self::new}. */
  Optional<Signature> function(List<String> path, Optional<String> selfType) {
    if (path.size() == 1) {
      return Optional.ofNullable(functions.get(path.get(0))).map(fn -> signature(fn, selfType));
    }
    if (path.size() == 2) {
      String owner = path.get(0).equals("Self") ? selfType.orElse("Self") : path.get(0);
      Item.Fn fn = methods.get(owner + "::" + path.get(1));
      if (fn != null) {
        return Optional.of(signature(fn, Optional.of(owner)));
      }
    }
    return Optional.empty();
  }

  /** A method of the program, by the receiver's type name. */
  Optional<Signature> method(String owner, String name) {
    Item.Fn fn = methods.get(owner + "::" + name);
    if (fn == null || fn.self().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(signature(fn, Optional.of(owner)));
  }

  private Signature signature(Item.Fn fn, Optional<String> selfType) {
    CheckType result = fn.returnType().map(t -> resolve(t, selfType)).orElse(UNIT);
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
          if (resolve(params.get(i), selfType).hasRefs()) {
            from.add(i + offset);
          }
        }
      }
    }
    return new Signature(receiver, result, from, fromSelf);
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

  /** The result of a call to a std function such as {@code String::from} or {@code Box::new}. */
  static CheckType builtinCallResult(List<String> path, List<CheckType> args) {
    String joined = String.join("::", path);
    String last = path.isEmpty() ? "" : path.get(path.size() - 1);
    if (joined.endsWith("String::from") || joined.endsWith("String::new")) {
      return STRING;
    }
    if (joined.endsWith("Vec::new") || joined.endsWith("Vec::with_capacity")) {
      return vec(CheckType.owned("_"));
    }
    if (joined.endsWith("Box::new") && args.size() == 1) {
      return box(args.get(0));
    }
    if (last.equals("drop")) {
      return UNIT;
    }
    return CheckType.owned("_");
  }

  /** A std method of the subset on a receiver type (after auto-deref to that type). */
  static Optional<Builtin> builtinMethod(CheckType owner, String method) {
    String name = owner.display();
    if (name.equals("String") || name.equals("str")) {
      return switch (method) {
        case "push_str", "push", "clear", "insert", "insert_str", "truncate" ->
            Optional.of(new Builtin(Receiver.REF_MUT, UNIT, false));
        case "pop" ->
            Optional.of(new Builtin(Receiver.REF_MUT, CheckType.owned("Option<char>"), false));
        case "len", "capacity" -> Optional.of(new Builtin(Receiver.REF, USIZE, false));
        case "is_empty", "contains", "starts_with", "ends_with" ->
            Optional.of(new Builtin(Receiver.REF, BOOL, false));
        case "as_str", "trim" -> Optional.of(new Builtin(Receiver.REF, STR_REF, true));
        case "clone", "to_string", "to_uppercase", "to_lowercase", "to_owned" ->
            Optional.of(new Builtin(Receiver.REF, STRING, false));
        case "into_bytes" ->
            Optional.of(new Builtin(Receiver.VALUE, vec(CheckType.scalar("u8")), false));
        default -> Optional.empty();
      };
    }
    if (owner.kind() == CheckType.Kind.VEC) {
      CheckType element = owner.inner().orElse(CheckType.owned("_"));
      return switch (method) {
        case "push", "insert", "clear", "truncate", "reverse", "sort" ->
            Optional.of(new Builtin(Receiver.REF_MUT, UNIT, false));
        case "pop" ->
            Optional.of(
                new Builtin(
                    Receiver.REF_MUT,
                    new CheckType(
                        "Option<" + element.display() + ">",
                        CheckType.Kind.OTHER,
                        element.copy(),
                        element.hasRefs(),
                        Optional.of(element),
                        List.of()),
                    false));
        case "remove" -> Optional.of(new Builtin(Receiver.REF_MUT, element, false));
        case "len", "capacity" -> Optional.of(new Builtin(Receiver.REF, USIZE, false));
        case "is_empty", "contains" -> Optional.of(new Builtin(Receiver.REF, BOOL, false));
        case "clone" -> Optional.of(new Builtin(Receiver.REF, owner, false));
        case "iter" ->
            Optional.of(
                new Builtin(
                    Receiver.REF,
                    new CheckType(
                        "Iter<'_, " + element.display() + ">",
                        CheckType.Kind.OTHER,
                        false,
                        true,
                        Optional.of(CheckType.ref(element, false)),
                        List.of()),
                    true));
        case "iter_mut" ->
            Optional.of(
                new Builtin(
                    Receiver.REF_MUT,
                    new CheckType(
                        "IterMut<'_, " + element.display() + ">",
                        CheckType.Kind.OTHER,
                        false,
                        true,
                        Optional.of(CheckType.ref(element, true)),
                        List.of()),
                    true));
        case "first", "last", "get" ->
            Optional.of(
                new Builtin(
                    Receiver.REF,
                    new CheckType(
                        "Option<&" + element.display() + ">",
                        CheckType.Kind.OTHER,
                        true,
                        true,
                        Optional.of(CheckType.ref(element, false)),
                        List.of()),
                    true));
        default -> Optional.empty();
      };
    }
    if (name.startsWith("Option<") || name.startsWith("Result<")) {
      CheckType inner = owner.inner().orElse(CheckType.owned("_"));
      return switch (method) {
        case "unwrap", "expect" -> Optional.of(new Builtin(Receiver.VALUE, inner, false));
        case "is_some", "is_none" -> Optional.of(new Builtin(Receiver.REF, BOOL, false));
        default -> Optional.empty();
      };
    }
    if (name.startsWith("JoinHandle")) {
      return method.equals("join")
          ? Optional.of(
              new Builtin(
                  Receiver.VALUE,
                  new CheckType(
                      "Result<(), _>",
                      CheckType.Kind.OTHER,
                      false,
                      false,
                      Optional.of(UNIT),
                      List.of()),
                  false))
          : Optional.empty();
    }
    if (owner.kind() == CheckType.Kind.SCALAR) {
      return switch (method) {
        case "to_string" -> Optional.of(new Builtin(Receiver.REF, STRING, false));
        case "clone" -> Optional.of(new Builtin(Receiver.REF, owner, false));
        default -> Optional.of(new Builtin(Receiver.VALUE, owner, false));
      };
    }
    if (owner.kind() == CheckType.Kind.STRUCT && method.equals("clone")) {
      return Optional.of(new Builtin(Receiver.REF, owner, false));
    }
    if (owner.kind() == CheckType.Kind.BOX && method.equals("clone")) {
      return Optional.of(new Builtin(Receiver.REF, owner, false));
    }
    return Optional.empty();
  }
}
