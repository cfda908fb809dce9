package dev.memoria.simulator.c;

/** A declared variable: a global, a parameter or a local (one per declaration). */
final class Variable {
  final String name;
  final CType type;
  final String typeText;
  final boolean global;

  /** Index among its function's locals (parameters first), or among the globals. */
  final int index;

  /** The slot name in paths: the name, or {@code name#2} for a second binding of it. */
  final String pathName;

  final int scope;
  final int line;

  Variable(
      String name,
      CType type,
      String typeText,
      boolean global,
      int index,
      String pathName,
      int scope,
      int line) {
    this.name = name;
    this.type = type;
    this.typeText = typeText;
    this.global = global;
    this.index = index;
    this.pathName = pathName;
    this.scope = scope;
    this.line = line;
  }
}
