package dev.memoria.simulator.rust.run;

import dev.memoria.simulator.trace.Value;

/** Somewhere a value is stored, which a reference can point at. */
sealed interface Place permits Place.InSlot, Place.InField, Place.InBox, Place.InElem, Place.Loose {

  Val get();

  void set(Val value);

  /** Where it is, as the diagrams name it. */
  Value.Target target();

  /** True when its storage is gone: the slot went out of scope, the block was freed. */
  boolean gone();

  /** The place as written: {@code s}, {@code p.x}, {@code v[2]}, {@code *b}. */
  String label();

  /** A variable. */
  record InSlot(LocalSlot slot) implements Place {
    @Override
    public Val get() {
      return slot.value;
    }

    @Override
    public void set(Val value) {
      slot.value = value;
    }

    @Override
    public Value.Target target() {
      return new Value.Target(slot.path, "", 0);
    }

    @Override
    public boolean gone() {
      return slot.state == LocalSlot.State.GONE;
    }

    @Override
    public String label() {
      return slot.name;
    }
  }

  /** A field of a struct, or an element of a tuple, stored at {@code base}. */
  record InField(Place base, int index, String name, long offset) implements Place {
    @Override
    public Val get() {
      Val v = base.get();
      if (v instanceof Val.Struct s) {
        return s.fields[index];
      }
      return ((Val.Tuple) v).elems[index];
    }

    @Override
    public void set(Val value) {
      Val v = base.get();
      if (v instanceof Val.Struct s) {
        s.fields[index] = value;
        s.movedFields &= ~(1L << index);
      } else {
        Val.Tuple t = (Val.Tuple) v;
        t.elems[index] = value;
        t.movedFields &= ~(1L << index);
      }
    }

    @Override
    public Value.Target target() {
      Value.Target outer = base.target();
      String path = outer.path().isEmpty() ? name : outer.path() + "." + name;
      return new Value.Target(outer.id(), path, outer.offset() + offset);
    }

    @Override
    public boolean gone() {
      return base.gone();
    }

    @Override
    public String label() {
      return base.label() + "." + name;
    }
  }

  /** The value inside a Box. */
  record InBox(HeapBlock block, String owner) implements Place {
    @Override
    public Val get() {
      return block.boxed;
    }

    @Override
    public void set(Val value) {
      block.boxed = value;
    }

    @Override
    public Value.Target target() {
      return new Value.Target(block.id, "", 0);
    }

    @Override
    public boolean gone() {
      return block.freed;
    }

    @Override
    public String label() {
      return "*" + owner;
    }
  }

  /** An element of a Vec's buffer. */
  record InElem(HeapBlock block, int index, long elemSize, String owner) implements Place {
    @Override
    public Val get() {
      return block.elems.get(index);
    }

    @Override
    public void set(Val value) {
      block.elems.set(index, value);
    }

    @Override
    public Value.Target target() {
      return new Value.Target(block.id, Integer.toString(index), index * elemSize);
    }

    @Override
    public boolean gone() {
      return block.freed || index >= block.elems.size();
    }

    @Override
    public String label() {
      return owner + "[" + index + "]";
    }
  }

  /** A value held outside any variable: an Option's payload, a capture, an argument of drop. */
  record Loose(Val[] cells, int index, String name, Value.Target at) implements Place {
    @Override
    public Val get() {
      return cells[index];
    }

    @Override
    public void set(Val value) {
      cells[index] = value;
    }

    @Override
    public Value.Target target() {
      return at;
    }

    @Override
    public boolean gone() {
      return false;
    }

    @Override
    public String label() {
      return name;
    }
  }
}
