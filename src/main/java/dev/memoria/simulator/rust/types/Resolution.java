package dev.memoria.simulator.rust.types;

import java.util.Objects;

/** What a path expression names. */
public sealed interface Resolution {

  /** A local variable. */
  record Local(Binding binding) implements Resolution {
    public Local {
      Objects.requireNonNull(binding);
    }
  }

  /** A user function or associated function (as the callee of a call). */
  record Function(FnDef fn) implements Resolution {
    public Function {
      Objects.requireNonNull(fn);
    }
  }

  /** A standard-library function (as the callee of a call). */
  record Builtin(BuiltinFn fn) implements Resolution {
    public Builtin {
      Objects.requireNonNull(fn);
    }
  }

  /** A struct (the path of a struct literal). */
  record StructName(StructDef struct) implements Resolution {
    public StructName {
      Objects.requireNonNull(struct);
    }
  }
}
