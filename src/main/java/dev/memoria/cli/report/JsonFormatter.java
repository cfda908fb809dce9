package dev.memoria.cli.report;

import dev.memoria.checks.CheckReport;
import dev.memoria.checks.Finding;
import dev.memoria.checks.FindingCode;
import dev.memoria.core.Diagnostic;
import dev.memoria.core.NoteId;
import dev.memoria.core.Severity;

/**
 * The report as JSON in the stable schema {@code check-report.schema.json} (schemaVersion 1): keys
 * always present and in a fixed order, findings in report order, no timestamps.
 */
final class JsonFormatter implements ReportFormatter {

  /** Bumped only when a key is removed or changes meaning; new keys may appear within a version. */
  static final int SCHEMA_VERSION = 1;

  @Override
  public String format(CheckReport report) {
    JsonWriter json = new JsonWriter().beginObject();
    json.field("schemaVersion", SCHEMA_VERSION)
        .field("tool", "memoria")
        .field("notesChecked", report.notesChecked());

    json.name("summary").beginObject().field("findings", report.findings().size());
    json.name("bySeverity").beginObject();
    for (Severity severity : Severity.values()) {
      json.field(severity.label(), report.count(severity));
    }
    json.endObject();
    json.name("byGroup").beginObject();
    for (FindingCode.Group group : FindingCode.Group.values()) {
      json.field(FindingText.label(group), report.count(group));
    }
    json.endObject();
    json.field("text", report.summary()).endObject();

    json.name("findings").beginArray();
    for (Finding finding : report.findings()) {
      Diagnostic d = finding.diagnostic();
      json.beginObject()
          .field("file", d.pos().file())
          .field("line", d.pos().line())
          .field("column", d.pos().column())
          .field("severity", d.severity().label())
          .field("code", d.code())
          .field("group", FindingText.group(finding))
          .field("message", d.message())
          .field("subject", finding.subject());
      json.name("suggestions").beginArray();
      finding.suggestions().forEach(json::value);
      json.endArray();
      json.name("note");
      finding.note().map(NoteId::path).ifPresentOrElse(json::value, json::nullValue);
      json.field("anchor", finding.anchor()).endObject();
    }
    json.endArray();
    return json.endObject().toJson();
  }
}
