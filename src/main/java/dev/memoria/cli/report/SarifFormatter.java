package dev.memoria.cli.report;

import dev.memoria.checks.CheckReport;
import dev.memoria.checks.Finding;
import dev.memoria.checks.FindingCode;
import dev.memoria.core.Diagnostic;
import dev.memoria.core.Severity;
import dev.memoria.core.UrlPaths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report as SARIF 2.1.0: one run whose rules are every {@link FindingCode} and then the codes
 * of other stages that occur, and one result per finding.
 */
final class SarifFormatter implements ReportFormatter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /** What a rule says when the code comes from a stage before {@code check}. */
  static final String OTHER_STAGE_RULE =
      "a problem found while reading or parsing the notes; the message says what to do";

  private record Rule(String id, String description, Severity level) {}

  @Override
  public String format(CheckReport report) {
    List<Rule> rules = rules(report);
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i).id(), i);
    }

    JsonWriter json = new JsonWriter().beginObject();
    json.field("$schema", SCHEMA).field("version", "2.1.0");
    json.name("runs").beginArray().beginObject();
    json.name("tool").beginObject().name("driver").beginObject().field("name", "memoria");
    json.name("rules").beginArray();
    for (Rule rule : rules) {
      json.beginObject().field("id", rule.id());
      json.name("shortDescription").beginObject().field("text", rule.description()).endObject();
      json.name("defaultConfiguration")
          .beginObject()
          .field("level", level(rule.level()))
          .endObject();
      json.endObject();
    }
    json.endArray().endObject().endObject();
    // Columns count UTF-16 code units, as Java strings do: SARIF's default, said explicitly.
    json.field("columnKind", "utf16CodeUnits");

    json.name("results").beginArray();
    for (Finding finding : report.findings()) {
      Diagnostic d = finding.diagnostic();
      json.beginObject()
          .field("ruleId", d.code())
          .field("ruleIndex", ruleIndex.get(d.code()))
          .field("level", level(d.severity()));
      json.name("message").beginObject().field("text", FindingText.fullMessage(finding));
      json.endObject();
      json.name("locations").beginArray().beginObject();
      json.name("physicalLocation").beginObject();
      json.name("artifactLocation").beginObject().field("uri", uri(d.pos().file())).endObject();
      json.name("region")
          .beginObject()
          .field("startLine", d.pos().line())
          .field("startColumn", d.pos().column())
          .endObject();
      json.endObject().endObject().endArray();
      json.endObject();
    }
    json.endArray();
    return json.endObject().endArray().endObject().toJson();
  }

  /**
   * Every check code in declaration order, then the other codes that occur, sorted, each at the
   * most serious severity it was reported with.
   */
  private static List<Rule> rules(CheckReport report) {
    List<Rule> rules = new ArrayList<>();
    for (FindingCode code : FindingCode.values()) {
      rules.add(new Rule(code.code(), code.meaning(), code.defaultSeverity()));
    }
    Map<String, Severity> others = new TreeMap<>();
    for (Finding finding : report.findings()) {
      if (FindingCode.of(finding.code()).isEmpty()) {
        others.merge(
            finding.code(), finding.diagnostic().severity(), (a, b) -> a.atLeast(b) ? a : b);
      }
    }
    others.forEach((code, level) -> rules.add(new Rule(code, OTHER_STAGE_RULE, level)));
    return rules;
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /**
   * A file path as a URI reference: forward slashes kept, every byte of its UTF-8 form other than
   * an unreserved character percent-encoded ({@code Pila y montón.md} → {@code
   * Pila%20y%20mont%C3%B3n.md}). A colon is encoded too, so no path reads as a URI scheme.
   */
  static String uri(String path) {
    return UrlPaths.encode(path.replace('\\', '/'));
  }
}
