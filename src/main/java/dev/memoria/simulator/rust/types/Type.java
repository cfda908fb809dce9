package dev.memoria.simulator.rust.types;

import java.util.Objects;
import java.util.Optional;

/**
 * A semantic type of the subset. Records compare by value, so types can be compared with {@code
 * equals}. {@link Var} appears only while inference runs, never in a finished {@link TypedProgram}.
 */
// The shorthands (I32, UNIT, ...) live in Types, not here: an interface with a default method is
// initialised whenever an implementation is, so constants here made Type's initialisation wait for
// its records and theirs for Type, which deadlocked two scenarios type-checked in parallel.
public sealed interface Type {

  /** The type as rustc prints it, such as {@code &mut Vec<i32>}. */
  String display();

  /**
   * The one type whose values this container owns: the element of a {@code Vec}, the content of a
   * {@code Box} or an {@code Option}; empty for every other type.
   */
  default Optional<Type> owned() {
    return Optional.empty();
  }

  /** {@code i32}, {@code u8}, ... */
  record Int(IntKind kind) implements Type {
    public Int {
      Objects.requireNonNull(kind);
    }

    @Override
    public String display() {
      return kind.rustName();
    }
  }

  /** {@code f64}. */
  record Float() implements Type {
    @Override
    public String display() {
      return "f64";
    }
  }

  /** {@code bool}. */
  record Bool() implements Type {
    @Override
    public String display() {
      return "bool";
    }
  }

  /** {@code char}. */
  record Char() implements Type {
    @Override
    public String display() {
      return "char";
    }
  }

  /** {@code ()}. */
  record Unit() implements Type {
    @Override
    public String display() {
      return "()";
    }
  }

  /** {@code !}: the type of {@code return}, {@code break}, {@code panic!}, endless loops. */
  record Never() implements Type {
    @Override
    public String display() {
      return "!";
    }
  }

  /** {@code str}: only ever behind a reference. */
  record Str() implements Type {
    @Override
    public String display() {
      return "str";
    }
  }

  /** {@code &T} or {@code &mut T}. */
  record Ref(boolean mutable, Type inner) implements Type {
    public Ref {
      Objects.requireNonNull(inner);
    }

    @Override
    public String display() {
      return (mutable ? "&mut " : "&") + inner.display();
    }
  }

  /** {@code String}. */
  record StringType() implements Type {
    @Override
    public String display() {
      return "String";
    }
  }

  /** {@code Vec<T>}. */
  record VecType(Type element) implements Type {
    public VecType {
      Objects.requireNonNull(element);
    }

    @Override
    public Optional<Type> owned() {
      return Optional.of(element);
    }

    @Override
    public String display() {
      return "Vec<" + element.display() + ">";
    }
  }

  /** {@code Box<T>}. */
  record BoxType(Type inner) implements Type {
    public BoxType {
      Objects.requireNonNull(inner);
    }

    @Override
    public Optional<Type> owned() {
      return Optional.of(inner);
    }

    @Override
    public String display() {
      return "Box<" + inner.display() + ">";
    }
  }

  /** {@code Option<T>}, as {@code Vec::pop} returns it. */
  record OptionType(Type inner) implements Type {
    public OptionType {
      Objects.requireNonNull(inner);
    }

    @Override
    public Optional<Type> owned() {
      return Optional.of(inner);
    }

    @Override
    public String display() {
      return "Option<" + inner.display() + ">";
    }
  }

  /** A user struct, by name. */
  record Struct(String name) implements Type {
    public Struct {
      Objects.requireNonNull(name);
    }

    @Override
    public String display() {
      return name;
    }
  }

  /** {@code std::thread::JoinHandle<T>}. */
  record JoinHandle(Type result) implements Type {
    public JoinHandle {
      Objects.requireNonNull(result);
    }

    @Override
    public String display() {
      return "JoinHandle<" + result.display() + ">";
    }
  }

  /**
   * What {@code JoinHandle::join} returns: {@code Result<T, Box<dyn Any + Send>>}; only {@code
   * unwrap} is supported on it.
   */
  record JoinResult(Type value) implements Type {
    public JoinResult {
      Objects.requireNonNull(value);
    }

    @Override
    public String display() {
      return "Result<" + value.display() + ", Box<dyn Any + Send>>";
    }
  }

  /** {@code std::ops::Range<T>} ({@code a..b}) or {@code RangeInclusive<T>}. */
  record RangeType(Type element, boolean inclusive) implements Type {
    public RangeType {
      Objects.requireNonNull(element);
    }

    @Override
    public String display() {
      return (inclusive ? "RangeInclusive<" : "Range<") + element.display() + ">";
    }
  }

  /** {@code std::slice::Iter<'_, T>}, from {@code Vec::iter}; it yields {@code &T}. */
  record Iter(Type element) implements Type {
    public Iter {
      Objects.requireNonNull(element);
    }

    @Override
    public String display() {
      return "std::slice::Iter<'_, " + element.display() + ">";
    }
  }

  /** The type of a closure expression, identified by the closure's node id. */
  record Closure(int nodeId, Type result) implements Type {
    public Closure {
      Objects.requireNonNull(result);
    }

    @Override
    public String display() {
      return "{closure}";
    }
  }

  /**
   * An inference variable: {@code integer} ones are only ever integers (an unsuffixed literal) and
   * default to {@code i32}.
   */
  record Var(int id, boolean integer) implements Type {
    @Override
    public String display() {
      return integer ? "{integer}" : "_";
    }
  }
}
