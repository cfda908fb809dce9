package dev.memoria.simulator.rust.types;

import dev.memoria.simulator.rust.syntax.Item;

/** The standard-library methods of the subset, with how each takes its receiver. */
public enum BuiltinMethod {
  STRING_LEN(Item.SelfKind.REF),
  STRING_CAPACITY(Item.SelfKind.REF),
  STRING_PUSH_STR(Item.SelfKind.REF_MUT),
  STRING_PUSH(Item.SelfKind.REF_MUT),
  /** Returns a {@code &str} borrowing the receiver. */
  STRING_AS_STR(Item.SelfKind.REF),
  STR_LEN(Item.SelfKind.REF),
  VEC_LEN(Item.SelfKind.REF),
  VEC_CAPACITY(Item.SelfKind.REF),
  VEC_PUSH(Item.SelfKind.REF_MUT),
  VEC_POP(Item.SelfKind.REF_MUT),
  /** Returns an iterator borrowing the receiver. */
  VEC_ITER(Item.SelfKind.REF),
  /** {@code Clone::clone} of any Clone type; on a reference it copies the reference. */
  CLONE(Item.SelfKind.REF),
  /** {@code ToString::to_string} of a Display type. */
  TO_STRING(Item.SelfKind.REF),
  /** {@code JoinHandle::join}. */
  JOIN(Item.SelfKind.VALUE),
  /** {@code Result::unwrap} of a join result. */
  RESULT_UNWRAP(Item.SelfKind.VALUE),
  /** {@code Option::unwrap} (of {@code Vec::pop}). */
  OPTION_UNWRAP(Item.SelfKind.VALUE);

  private final Item.SelfKind receiver;

  BuiltinMethod(Item.SelfKind receiver) {
    this.receiver = receiver;
  }

  /** How the method takes {@code self}. */
  public Item.SelfKind receiver() {
    return receiver;
  }

  /** Whether the result holds a borrow of the receiver. */
  public boolean borrowsReceiver() {
    return this == STRING_AS_STR || this == VEC_ITER;
  }
}
