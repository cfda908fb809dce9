package dev.memoria.simulator.trace;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A value as the diagrams draw it: scalars as text, pointers as arrows, aggregates as rows. */
public sealed interface Value
    permits Value.Scalar, Value.Uninit, Value.Text, Value.Pointer, Value.Composite {

  /**
   * A number, bool or char, formatted as the language prints it ({@code 42}, {@code true}, {@code
   * 'a'}, {@code 3.5}).
   */
  record Scalar(String text) implements Value {
    public Scalar {
      Objects.requireNonNull(text);
    }
  }

  /** Bytes never written: drawn as {@code ?}. */
  record Uninit() implements Value {}

  /**
   * Character data in a buffer, such as a String's heap bytes or a C {@code char[]}.
   *
   * @param text the characters written so far, as the program would print them
   * @param unwritten bytes after them never written (drawn as {@code ?})
   * @param terminated true when a C string's {@code \0} follows the text
   */
  record Text(String text, long unwritten, boolean terminated) implements Value {
    public Text {
      Objects.requireNonNull(text);
    }
  }

  /**
   * An address: a reference, a Box, a String's or Vec's buffer pointer, a C pointer.
   *
   * @param kind how it holds its target
   * @param target what it points at; empty for a null pointer
   * @param dangling true when the target was freed or its frame returned
   */
  record Pointer(PointerKind kind, Optional<Target> target, boolean dangling) implements Value {
    public Pointer {
      Objects.requireNonNull(kind);
      Objects.requireNonNull(target);
    }

    /** A C null pointer. */
    public static Pointer nullPointer() {
      return new Pointer(PointerKind.RAW, Optional.empty(), false);
    }
  }

  /**
   * A struct, tuple, array, or the (ptr, len, cap) header of a String or Vec.
   *
   * @param type the type name ({@code Punto}, {@code String}, {@code [i32; 3]})
   * @param fields the parts in memory order: named fields, or elements named {@code 0}, {@code 1}
   */
  record Composite(String type, List<Field> fields) implements Value {
    public Composite {
      Objects.requireNonNull(type);
      fields = List.copyOf(fields);
    }
  }

  /** A named part of a {@link Composite}: a field name, or an element's index. */
  record Field(String name, Value value) {
    public Field {
      Objects.requireNonNull(name);
      Objects.requireNonNull(value);
    }
  }

  /** How a pointer holds its target, which decides the arrow drawn. */
  enum PointerKind {
    /** Owns the heap block: Box, a String's or Vec's buffer. */
    OWNER("owner"),
    /** A shared reference {@code &T}. */
    SHARED("shared"),
    /** A mutable reference {@code &mut T}. */
    MUT("mut"),
    /** A C pointer or a Rust raw pointer. */
    RAW("raw");

    private final String id;

    PointerKind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  /**
   * Where a pointer points.
   *
   * @param id a block ({@code H1}, {@code S2}) or a slot path ({@code T0/F0/x})
   * @param path inside it: a field or element path such as {@code 2} or {@code y} (empty for the
   *     start)
   * @param offset the byte offset inside the block or slot
   */
  record Target(String id, String path, long offset) {
    public Target {
      Objects.requireNonNull(id);
      Objects.requireNonNull(path);
    }
  }
}
