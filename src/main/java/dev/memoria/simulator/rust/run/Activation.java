package dev.memoria.simulator.rust.run;

import dev.memoria.simulator.rust.types.IntKind;
import java.util.ArrayList;

/** A running function's frame: its slots in declaration order, inner scopes after outer ones. */
final class Activation {
  final String id;
  final String function;
  final ArrayList<LocalSlot> slots = new ArrayList<>();

  /** Slots that went out of scope, kept to be drawn once as ghosts. */
  final ArrayList<LocalSlot> ghosts = new ArrayList<>();

  int line;
  int scope;

  /** How many slots each name has had, for the {@code name#2} paths of shadowing bindings. */
  final java.util.HashMap<String, Integer> names = new java.util.HashMap<>();

  boolean returned;

  /** The type of the impl block this function belongs to, for {@code Self}. */
  String selfType;

  /** How many loans were bound in this frame; zero skips the end-of-loan scan. */
  int loans;

  /** True when a closure frame holds captured fields ({@code n.name}), looked up by path. */
  boolean fieldCaptures;

  /** The integer kind of the return type, for literals in tail and return expressions. */
  IntKind returnHint;

  int returnedAtStep;

  Activation(String id, String function, int line) {
    this.id = id;
    this.function = function;
    this.line = line;
  }

  String pathFor(String threadId, String name) {
    int n = names.merge(name, 1, Integer::sum);
    return threadId + "/" + id + "/" + (n == 1 ? name : name + "#" + n);
  }
}
