package dev.memoria.simulator.rust.syntax;

import dev.memoria.simulator.trace.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A top-level item: a function, a struct, an impl block or a {@code use} line. */
public sealed interface Item extends Node {

  /**
   * A function, at the top level or in an impl block (then a method when {@code self} is present,
   * else an associated function).
   *
   * @param lifetimes the declared lifetime parameters with their quote, such as {@code ['a]}
   * @param self the receiver of a method
   * @param params the other parameters, in order
   * @param returnType the written return type; empty means {@code ()}
   */
  record Fn(
      int id,
      Span span,
      String name,
      Span nameSpan,
      List<String> lifetimes,
      Optional<SelfParam> self,
      List<Param> params,
      Optional<TypeExpr> returnType,
      Expr.Block body)
      implements Item {
    public Fn {
      Objects.requireNonNull(span);
      Objects.requireNonNull(name);
      Objects.requireNonNull(nameSpan);
      lifetimes = List.copyOf(lifetimes);
      Objects.requireNonNull(self);
      params = List.copyOf(params);
      Objects.requireNonNull(returnType);
      Objects.requireNonNull(body);
    }
  }

  /**
   * A struct with named fields.
   *
   * @param lifetimes the declared lifetime parameters with their quote, such as {@code ['a]}
   * @param derives the traits in {@code #[derive(...)]} attributes, in the order written (only
   *     {@code Debug}, {@code Clone} and {@code Copy} are accepted)
   * @param fields the fields in declaration order
   */
  record Struct(
      int id,
      Span span,
      String name,
      Span nameSpan,
      List<String> lifetimes,
      List<String> derives,
      List<Field> fields)
      implements Item {
    public Struct {
      Objects.requireNonNull(span);
      Objects.requireNonNull(name);
      Objects.requireNonNull(nameSpan);
      lifetimes = List.copyOf(lifetimes);
      derives = List.copyOf(derives);
      fields = List.copyOf(fields);
    }
  }

  /**
   * {@code impl Type { ... }} or {@code impl Drop for Type { ... }}.
   *
   * @param lifetimes the lifetime parameters of {@code impl<'a>}, with their quote
   * @param trait the implemented trait: only {@code Drop}
   * @param selfType the type the block is for (a struct name)
   */
  record Impl(
      int id,
      Span span,
      List<String> lifetimes,
      Optional<String> trait,
      TypeExpr selfType,
      List<Fn> fns)
      implements Item {
    public Impl {
      Objects.requireNonNull(span);
      lifetimes = List.copyOf(lifetimes);
      Objects.requireNonNull(trait);
      Objects.requireNonNull(selfType);
      fns = List.copyOf(fns);
    }
  }

  /** One imported path, such as {@code std::thread} ({@code use std::{mem, thread};} gives two). */
  record Use(int id, Span span, List<String> path) implements Item {
    public Use {
      Objects.requireNonNull(span);
      path = List.copyOf(path);
    }

    /** The name the import introduces (its last segment). */
    public String name() {
      return path.get(path.size() - 1);
    }
  }

  /** A function parameter other than {@code self}. */
  record Param(int id, Span span, Pat pat, TypeExpr type) implements Node {
    public Param {
      Objects.requireNonNull(span);
      Objects.requireNonNull(pat);
      Objects.requireNonNull(type);
    }
  }

  /**
   * A method's receiver.
   *
   * @param lifetime in {@code &'a self}, the lifetime with its quote
   */
  record SelfParam(int id, Span span, SelfKind kind, Optional<String> lifetime) implements Node {
    public SelfParam {
      Objects.requireNonNull(span);
      Objects.requireNonNull(kind);
      Objects.requireNonNull(lifetime);
    }
  }

  /** How a method takes {@code self}. */
  enum SelfKind {
    /** {@code self}. */
    VALUE,
    /** {@code mut self}: by value, the binding mutable. */
    MUT_VALUE,
    /** {@code &self}. */
    REF,
    /** {@code &mut self}. */
    REF_MUT
  }

  /** A struct field declaration. */
  record Field(int id, Span span, String name, Span nameSpan, TypeExpr type) implements Node {
    public Field {
      Objects.requireNonNull(span);
      Objects.requireNonNull(name);
      Objects.requireNonNull(nameSpan);
      Objects.requireNonNull(type);
    }
  }
}
