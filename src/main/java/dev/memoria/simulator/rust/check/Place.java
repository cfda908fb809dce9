package dev.memoria.simulator.rust.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A memory location as MIR names it: a local and a path of projections ({@code x}, {@code x.f},
 * {@code *r}, {@code v[_]}).
 */
record Place(int local, List<Elem> elems) {

  /** One projection step. */
  record Elem(Kind kind, String name) {
    enum Kind {
      FIELD,
      DEREF,
      INDEX
    }

    static final Elem DEREF = new Elem(Kind.DEREF, "");
    static final Elem INDEX = new Elem(Kind.INDEX, "");

    static Elem field(String name) {
      return new Elem(Kind.FIELD, name);
    }
  }

  Place {
    elems = List.copyOf(elems);
  }

  static Place of(int local) {
    return new Place(local, List.of());
  }

  Place project(Elem elem) {
    List<Elem> more = new ArrayList<>(elems);
    more.add(elem);
    return new Place(local, more);
  }

  Place prefix(int length) {
    return new Place(local, elems.subList(0, length));
  }

  boolean isLocal() {
    return elems.isEmpty();
  }

  boolean hasDeref() {
    for (Elem elem : elems) {
      if (elem.kind() == Elem.Kind.DEREF) {
        return true;
      }
    }
    return false;
  }
}
