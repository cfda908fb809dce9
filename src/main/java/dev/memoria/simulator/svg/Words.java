package dev.memoria.simulator.svg;

import java.util.Optional;

/** Every generated word of a diagram, in one language. */
final class Words {

  private final boolean es;

  Words(DiagramLanguage language) {
    this.es = language == DiagramLanguage.ES;
  }

  String stack(String thread) {
    return es ? "Pila · hilo " + thread : "Stack · thread " + thread;
  }

  String heap() {
    return "Heap";
  }

  String statics() {
    return es ? "Estático" : "Static";
  }

  String globals() {
    return es ? "globales" : "globals";
  }

  String returned(String function) {
    return es ? function + " (retornó)" : function + " (returned)";
  }

  String title(int number, int line, boolean before) {
    if (before) {
      return es
          ? "Paso " + number + ", antes de la línea " + line
          : "Step " + number + ", before line " + line;
    }
    return es ? "Paso " + number + ", línea " + line : "Step " + number + ", line " + line;
  }

  String moved(Optional<String> to) {
    String tag = es ? "movido" : "moved";
    return to.map(name -> tag + " → " + name).orElse(tag);
  }

  String borrowed(boolean mutable, String by) {
    String kind = mutable ? "(&mut)" : "(&)";
    return (es ? "prestado " : "borrowed ") + kind + ": " + by;
  }

  String outOfScope() {
    return es ? "fuera de ámbito" : "out of scope";
  }

  String uninitialised() {
    return es ? "sin inicializar" : "uninitialised";
  }

  String owner(String name) {
    return es ? "dueño: " + name : "owner: " + name;
  }

  String freed(int line) {
    return es ? "liberado (línea " + line + ")" : "freed (line " + line + ")";
  }

  String freed() {
    return es ? "liberado" : "freed";
  }

  String leaked(long bytes, int line) {
    return es
        ? "fuga: " + bytes + " B, inalcanzable desde la línea " + line
        : "leaked: " + bytes + " B, unreachable since line " + line;
  }

  String changed() {
    return es ? "cambió" : "changed";
  }

  String dangling() {
    return es ? "colgante" : "dangling";
  }

  String readOnly() {
    return es ? "solo lectura" : "read-only";
  }

  String fault(String name) {
    return es ? "fallo: " + name : "fault: " + name;
  }

  // Captions generated from events.

  String allocC(long bytes, String block) {
    return es
        ? "malloc reserva " + bytes + " bytes (" + block + ")"
        : "malloc reserves " + bytes + " bytes (" + block + ")";
  }

  String allocRust(String subject, String type, long bytes, String block) {
    String who = subject.isEmpty() ? code(type) : code(subject);
    return es
        ? who + " reserva " + bytes + " bytes en el heap (" + block + ")"
        : who + " allocates " + bytes + " bytes on the heap (" + block + ")";
  }

  String realloc(String subject, String from, String to, long bytes) {
    String who = subject.isEmpty() ? "" : code(subject) + ": ";
    return es
        ? who + to + " (" + bytes + " bytes) sustituye a " + from
        : who + to + " (" + bytes + " bytes) replaces " + from;
  }

  String freeC(long bytes, String block) {
    return es
        ? "free libera " + bytes + " bytes (" + block + ")"
        : "free releases " + bytes + " bytes (" + block + ")";
  }

  String freeRust(String type, long bytes) {
    return es
        ? type + " liberado: " + bytes + " bytes"
        : type + " dropped: " + bytes + " bytes freed";
  }

  String move(String subject, String other) {
    return es
        ? code(subject) + " se mueve a " + code(other)
        : code(subject) + " moved into " + code(other);
  }

  String borrow(boolean mutable, String subject, String by) {
    if (mutable) {
      return es
          ? code(by) + " toma prestado " + code(subject) + " (&mut)"
          : code(by) + " borrows " + code(subject) + " mutably (&mut)";
    }
    return es
        ? code(by) + " toma prestado " + code(subject) + " (&)"
        : code(by) + " borrows " + code(subject) + " (&)";
  }

  String borrowEnd(String subject, String by) {
    return es
        ? "termina el préstamo de " + code(subject) + " a " + code(by)
        : "the borrow of " + code(subject) + " by " + code(by) + " ends";
  }

  String drop(String subject) {
    return es ? code(subject) + " se destruye (drop)" : code(subject) + " is dropped";
  }

  String call(String function) {
    return es ? "se llama a " + code(function) : code(function) + " is called";
  }

  String ret(String function) {
    return es ? code(function) + " retorna" : code(function) + " returns";
  }

  String spawn(String thread) {
    return es ? "se lanza el hilo " + thread : "thread " + thread + " is spawned";
  }

  String join(String thread) {
    return es ? "el hilo " + thread + " termina (join)" : "thread " + thread + " is joined";
  }

  String lineOnly(int line, boolean before) {
    if (before) {
      return es ? "Antes de la línea " + line : "Before line " + line;
    }
    return es ? "Después de la línea " + line : "After line " + line;
  }

  // Sentences of the text description.

  String owns(String name, String block, long bytes) {
    return es
        ? name + " es dueño de " + block + " (" + bytes + " B)."
        : name + " owns " + block + " (" + bytes + " B).";
  }

  String refers(String name, boolean mutable, String target) {
    if (es) {
      return name
          + (mutable ? " es una referencia mutable (&mut) a " : " es una referencia (&) a ")
          + target
          + ".";
    }
    return name
        + (mutable ? " is a mutable reference (&mut) to " : " is a reference (&) to ")
        + target
        + ".";
  }

  String pointsTo(String name, String target) {
    return es ? name + " apunta a " + target + "." : name + " points to " + target + ".";
  }

  String pointsToFreed(String name, String target) {
    return es
        ? name + " apunta a " + target + ", ya liberado (colgante)."
        : name + " points to " + target + ", already freed (dangling).";
  }

  String isNull(String name) {
    return es ? name + " es NULL." : name + " is NULL.";
  }

  String holds(String name, String value) {
    return es ? name + " vale " + value + "." : name + " = " + value + ".";
  }

  String wasMoved(String name, Optional<String> to) {
    String where = to.map(t -> (es ? " a " : " into ") + t).orElse("");
    return es
        ? name + " se movió" + where + " y ya no puede usarse."
        : name + " was moved" + where + " and can no longer be used.";
  }

  String isBorrowed(String name, boolean mutable, String by) {
    String kind = mutable ? "(&mut)" : "(&)";
    return es
        ? name + " está prestado " + kind + " a " + by + "."
        : name + " is borrowed " + kind + " by " + by + ".";
  }

  String isUninit(String name) {
    return es ? name + " está sin inicializar." : name + " is uninitialised.";
  }

  String wentOutOfScope(String name) {
    return es ? name + " sale de ámbito." : name + " goes out of scope.";
  }

  String frameSentence(String thread, String function) {
    return es
        ? "Hilo " + thread + ", marco " + function + ":"
        : "Thread " + thread + ", frame " + function + ":";
  }

  String frameReturned(String function) {
    return es
        ? "El marco " + function + " acaba de retornar."
        : "Frame " + function + " just returned.";
  }

  String blockLive(String id, String kind, long bytes, String contents) {
    return es
        ? id + " (" + kind + ", " + bytes + " B) contiene " + contents + "."
        : id + " (" + kind + ", " + bytes + " B) holds " + contents + ".";
  }

  String blockFreed(String id, long bytes, int line) {
    return es
        ? id + " (" + bytes + " B) se liberó en la línea " + line + "."
        : id + " (" + bytes + " B) was freed at line " + line + ".";
  }

  String blockLeaked(String id, long bytes, int line) {
    return id + ": " + leaked(bytes, line) + ".";
  }

  String faultSentence(String name, String message) {
    return es ? "Fallo " + name + ": " + message + "." : "Fault " + name + ": " + message + ".";
  }

  String nothing() {
    return es ? "La memoria está vacía." : "Memory is empty.";
  }

  static String code(String text) {
    return "`" + text + "`";
  }

  static String baseType(String type) {
    int angle = type.indexOf('<');
    String base = angle > 0 ? type.substring(0, angle) : type;
    return base.isEmpty() ? base : base.strip();
  }
}
