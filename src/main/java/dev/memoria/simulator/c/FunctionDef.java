package dev.memoria.simulator.c;

import java.util.ArrayList;
import java.util.List;

/** A user function: its prototype, and once defined, its parameters, locals and body. */
final class FunctionDef {
  final String name;
  final CType.Func type;
  final int line;
  final List<Variable> params = new ArrayList<>();
  final List<Variable> locals = new ArrayList<>();
  Stmt.Block body;
  boolean defined;

  FunctionDef(String name, CType.Func type, int line) {
    this.name = name;
    this.type = type;
    this.line = line;
  }
}
