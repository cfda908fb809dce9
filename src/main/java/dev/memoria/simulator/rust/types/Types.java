package dev.memoria.simulator.rust.types;

/**
 * Shorthands for the scalar types and the few others the checker names often. A class of their own,
 * so that initialising {@link Type} never has to initialise its records (see there).
 */
public final class Types {

  public static final Type I32 = new Type.Int(IntKind.I32);
  public static final Type USIZE = new Type.Int(IntKind.USIZE);
  public static final Type BOOL = new Type.Bool();
  public static final Type CHAR = new Type.Char();
  public static final Type FLOAT = new Type.Float();
  public static final Type UNIT = new Type.Unit();
  public static final Type NEVER = new Type.Never();
  public static final Type STR = new Type.Str();
  public static final Type STRING = new Type.StringType();
  public static final Type STR_REF = new Type.Ref(false, STR);

  private Types() {}
}
