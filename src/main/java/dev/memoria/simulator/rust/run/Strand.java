package dev.memoria.simulator.rust.run;

import java.util.ArrayList;

/** A thread of the simulated program: its id, name and call stack. */
final class Strand {
  final String id;
  final String name;
  final ArrayList<Activation> frames = new ArrayList<>();
  int nextFrame;
  boolean finished;
  boolean joined;

  /** The closure a spawned thread runs; null for main and once started. */
  Val.Closure pending;

  /** What the thread's closure returned, once it finished. */
  Val result;

  /** The panic that ended it, if one did. */
  String panicMessage;

  /** The frame that just returned, drawn once as a ghost. */
  Activation ghost;

  Strand(String id, String name) {
    this.id = id;
    this.name = name;
  }

  String nextFrameId() {
    return "F" + nextFrame++;
  }

  Activation top() {
    return frames.get(frames.size() - 1);
  }
}
