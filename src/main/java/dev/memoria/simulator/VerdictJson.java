package dev.memoria.simulator;

import dev.memoria.simulator.trace.CompileError;
import dev.memoria.simulator.trace.Fault;
import dev.memoria.simulator.trace.Problem;
import dev.memoria.simulator.trace.Verdict;

/**
 * Writes a simulation's verdict as one line of JSON, the format of {@code memoria simulate --json},
 * documented in the README. Keys come in a fixed order; non-ASCII is escaped.
 */
public final class VerdictJson {

  private VerdictJson() {}

  /** The verdict of one program as a single JSON object, without a line break. */
  public static String line(Simulation simulation) {
    Verdict verdict = simulation.verdict();
    StringBuilder out = new StringBuilder(256);
    out.append('{');
    key(out, "source").append(string(simulation.program().name())).append(',');
    key(out, "lang").append(string(simulation.program().dialect().id())).append(',');
    key(out, "outcome").append(string(verdict.outcome().id())).append(',');
    key(out, "errors").append('[');
    for (int i = 0; i < verdict.errors().size(); i++) {
      CompileError error = verdict.errors().get(i);
      out.append(i == 0 ? "{" : ",{");
      key(out, "code").append(string(error.code())).append(',');
      key(out, "line").append(error.primary().line()).append(',');
      key(out, "column").append(error.primary().column()).append(',');
      key(out, "message").append(string(error.message())).append('}');
    }
    out.append("],");
    key(out, "fault");
    if (verdict.fault().isPresent()) {
      Fault fault = verdict.fault().get();
      out.append('{');
      key(out, "kind").append(string(fault.kind().id())).append(',');
      key(out, "line").append(fault.at().line()).append(',');
      key(out, "message").append(string(fault.message())).append('}');
    } else {
      out.append("null");
    }
    out.append(',');
    key(out, "leaks").append('{');
    key(out, "bytes").append(verdict.leaks().bytes()).append(',');
    key(out, "allocations").append(verdict.leaks().allocations()).append("},");
    key(out, "stdout").append(string(verdict.stdout())).append(',');
    key(out, "exit");
    if (verdict.exit().isPresent()) {
      out.append(verdict.exit().getAsInt());
    } else {
      out.append("null");
    }
    out.append(',');
    key(out, "steps").append(simulation.trace().steps().size()).append(',');
    key(out, "problem");
    if (verdict.problem().isPresent()) {
      Problem problem = verdict.problem().get();
      out.append('{');
      key(out, "line").append(problem.at().line()).append(',');
      key(out, "column").append(problem.at().column()).append(',');
      key(out, "message").append(string(problem.message())).append('}');
    } else {
      out.append("null");
    }
    return out.append('}').toString();
  }

  private static StringBuilder key(StringBuilder out, String name) {
    return out.append('"').append(name).append("\":");
  }

  private static String string(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c >= 0x7f) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
