package dev.memoria.simulator.rust.types;

/** The standard-library functions of the subset called by path. */
public enum BuiltinFn {
  /** {@code String::from(&str)} (also from {@code &String} or {@code String}). */
  STRING_FROM,
  /** {@code String::new()}. */
  STRING_NEW,
  /** {@code String::with_capacity(usize)}. */
  STRING_WITH_CAPACITY,
  /** {@code Vec::new()}. */
  VEC_NEW,
  /** {@code Vec::with_capacity(usize)}. */
  VEC_WITH_CAPACITY,
  /** {@code Box::new(T)}. */
  BOX_NEW,
  /** {@code drop(T)} or {@code std::mem::drop(T)}. */
  DROP,
  /** {@code std::thread::spawn(closure)}. */
  THREAD_SPAWN
}
