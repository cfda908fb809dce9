package dev.memoria.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.checks.CheckReport;
import dev.memoria.checks.Finding;
import dev.memoria.checks.FindingCode;
import dev.memoria.core.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReportTest {

  private static Map<String, Object> schema() throws IOException {
    try (InputStream in =
        JsonReportTest.class.getResourceAsStream(
            "/dev/memoria/cli/report/check-report.schema.json")) {
      assertTrue(in != null, "the schema is packaged with the code");
      return StrictJson.object(
          StrictJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
  }

  private static Map<String, Object> render(CheckReport report) {
    return StrictJson.object(StrictJson.parse(new JsonFormatter().format(report)));
  }

  @Test
  void representativeReportConformsToTheSchema() throws IOException {
    assertEquals(List.of(), SchemaValidator.problems(schema(), render(Reports.representative())));
  }

  @Test
  void cleanReportConformsToTheSchema() throws IOException {
    assertEquals(List.of(), SchemaValidator.problems(schema(), render(Reports.clean())));
  }

  @Test
  void theValidatorCatchesAMissingFieldAndAWrongType() throws IOException {
    Map<String, Object> output = render(Reports.representative());
    StrictJson.object(StrictJson.array(output.get("findings")).get(0)).remove("line");
    StrictJson.object(output.get("summary")).put("text", 5L);
    List<String> problems = SchemaValidator.problems(schema(), output);
    assertTrue(problems.contains("$.findings[0]: missing required line"), problems.toString());
    assertTrue(
        problems.stream().anyMatch(p -> p.startsWith("$.summary.text:")), problems.toString());
  }

  @Test
  void keysComeInTheOrderTheSchemaLists() throws IOException {
    Map<String, Object> schema = schema();
    Map<String, Object> output = render(Reports.representative());
    assertEquals(schema.get("required"), List.copyOf(output.keySet()));
    Map<String, Object> findingSchema =
        StrictJson.object(StrictJson.object(schema.get("properties")).get("findings"));
    Object findingKeys = StrictJson.object(findingSchema.get("items")).get("required");
    for (Object finding : StrictJson.array(output.get("findings"))) {
      assertEquals(findingKeys, List.copyOf(StrictJson.object(finding).keySet()));
    }
  }

  @Test
  void textFromNotesComesBackExactlyAsWritten() {
    CheckReport report = Reports.representative();
    List<Object> findings = StrictJson.array(render(report).get("findings"));
    assertEquals(report.findings().size(), findings.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding expected = report.findings().get(i);
      Map<String, Object> actual = StrictJson.object(findings.get(i));
      assertEquals(expected.diagnostic().pos().file(), actual.get("file"));
      assertEquals((long) expected.diagnostic().pos().line(), actual.get("line"));
      assertEquals((long) expected.diagnostic().pos().column(), actual.get("column"));
      assertEquals(expected.diagnostic().message(), actual.get("message"));
      assertEquals(expected.subject(), actual.get("subject"));
      assertEquals(expected.suggestions(), actual.get("suggestions"));
      assertEquals(expected.note().map(n -> n.path()).orElse(null), actual.get("note"));
      assertEquals(expected.anchor(), actual.get("anchor"));
    }
    assertTrue(
        findings.stream()
            .anyMatch(f -> Reports.AWKWARD_MESSAGE.equals(StrictJson.object(f).get("message"))));
  }

  @Test
  void outputIsPlainAscii() {
    String json = new JsonFormatter().format(Reports.representative());
    assertTrue(json.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)), json);
    assertTrue(json.contains("mont\\u00f3n"), "accents are escaped");
    assertTrue(json.contains("\\ud83e\\udd80"), "a crab outside the BMP is a surrogate pair");
  }

  @Test
  void summaryCountsEachSeverityAndGroup() {
    CheckReport report = Reports.representative();
    Map<String, Object> summary = StrictJson.object(render(report).get("summary"));
    assertEquals((long) report.findings().size(), summary.get("findings"));
    Map<String, Object> bySeverity = StrictJson.object(summary.get("bySeverity"));
    assertEquals(7L, bySeverity.get("error"));
    assertEquals(report.count(Severity.WARNING), bySeverity.get("warning"));
    assertEquals(report.count(Severity.INFO), bySeverity.get("info"));
    Map<String, Object> byGroup = StrictJson.object(summary.get("byGroup"));
    assertEquals(7L, byGroup.get("links"));
    assertEquals(report.count(FindingCode.Group.SECTIONS), byGroup.get("sections"));
    assertEquals(2L, byGroup.get("other"));
    assertEquals(report.summary(), summary.get("text"));
  }

  @Test
  void theStrictReaderRejectsWhatJsonForbids() {
    assertThrows(IllegalArgumentException.class, () -> StrictJson.parse("{\"a\": 1,}"));
    assertThrows(IllegalArgumentException.class, () -> StrictJson.parse("\"a\nb\""));
    assertThrows(IllegalArgumentException.class, () -> StrictJson.parse("{\"a\": 1, \"a\": 2}"));
  }
}
