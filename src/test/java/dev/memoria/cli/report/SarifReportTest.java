package dev.memoria.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.checks.CheckReport;
import dev.memoria.checks.Finding;
import dev.memoria.checks.FindingCode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReportTest {

  private static Map<String, Object> render(CheckReport report) {
    return StrictJson.object(StrictJson.parse(new SarifFormatter().format(report)));
  }

  private static Map<String, Object> onlyRun(Map<String, Object> sarif) {
    List<Object> runs = StrictJson.array(sarif.get("runs"));
    assertEquals(1, runs.size());
    return StrictJson.object(runs.get(0));
  }

  private static Map<String, Object> at(Map<String, Object> object, String... path) {
    Map<String, Object> current = object;
    for (String key : path) {
      assertTrue(current.containsKey(key), "missing " + key + " in " + current.keySet());
      current = StrictJson.object(current.get(key));
    }
    return current;
  }

  @Test
  void hasTheTopLevelPropertiesSarifRequires() {
    Map<String, Object> sarif = render(Reports.representative());
    assertEquals("https://json.schemastore.org/sarif-2.1.0.json", sarif.get("$schema"));
    assertEquals("2.1.0", sarif.get("version"));
    Map<String, Object> driver = at(onlyRun(sarif), "tool", "driver");
    assertEquals("memoria", driver.get("name"));
    assertTrue(!driver.containsKey("informationUri"), "no URI that would not be absolute");
  }

  @Test
  void everyFindingCodeIsARuleWithItsMeaningAndDefaultLevel() {
    List<Object> rules =
        StrictJson.array(at(onlyRun(render(Reports.clean())), "tool", "driver").get("rules"));
    assertEquals(FindingCode.values().length, rules.size());
    for (int i = 0; i < rules.size(); i++) {
      FindingCode code = FindingCode.values()[i];
      Map<String, Object> rule = StrictJson.object(rules.get(i));
      assertEquals(code.code(), rule.get("id"));
      assertEquals(code.meaning(), at(rule, "shortDescription").get("text"));
      String level = (String) at(rule, "defaultConfiguration").get("level");
      assertEquals(
          switch (code.defaultSeverity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
          },
          level);
    }
  }

  @Test
  void codesOfOtherStagesGetRulesAfterTheCheckCodes() {
    List<Object> rules =
        StrictJson.array(
            at(onlyRun(render(Reports.representative())), "tool", "driver").get("rules"));
    List<Object> extra = rules.subList(FindingCode.values().length, rules.size());
    assertEquals(
        List.of("config", "frontmatter"),
        extra.stream().map(r -> StrictJson.object(r).get("id")).toList());
    assertEquals("error", at(StrictJson.object(extra.get(1)), "defaultConfiguration").get("level"));
  }

  @Test
  void everyResultPointsAtItsRuleFileLineAndColumn() {
    CheckReport report = Reports.representative();
    Map<String, Object> run = onlyRun(render(report));
    List<Object> rules = StrictJson.array(at(run, "tool", "driver").get("rules"));
    List<Object> results = StrictJson.array(run.get("results"));
    assertEquals(report.findings().size(), results.size());
    for (int i = 0; i < results.size(); i++) {
      Finding finding = report.findings().get(i);
      Map<String, Object> result = StrictJson.object(results.get(i));
      assertEquals(finding.code(), result.get("ruleId"));
      long index = (Long) result.get("ruleIndex");
      assertEquals(finding.code(), StrictJson.object(rules.get((int) index)).get("id"));
      assertTrue(Set.of("error", "warning", "note").contains(result.get("level")));
      String text = (String) at(result, "message").get("text");
      assertTrue(text.startsWith(finding.diagnostic().message()), text);
      List<Object> locations = StrictJson.array(result.get("locations"));
      assertEquals(1, locations.size());
      Map<String, Object> physical = at(StrictJson.object(locations.get(0)), "physicalLocation");
      String uri = (String) at(physical, "artifactLocation").get("uri");
      assertEquals(finding.diagnostic().pos().file(), URI.create(uri).getPath());
      Map<String, Object> region = at(physical, "region");
      assertEquals((long) finding.diagnostic().pos().line(), region.get("startLine"));
      assertEquals((long) finding.diagnostic().pos().column(), region.get("startColumn"));
    }
  }

  @Test
  void messagesCarryTheLinkAndTheSuggestions() {
    Map<String, Object> first =
        StrictJson.array(onlyRun(render(Reports.representative())).get("results")).stream()
            .map(StrictJson::object)
            .filter(result -> result.get("ruleId").equals("broken-link"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "no note named \"Ownrship\"\n--> [[Ownrship]]\ndid you mean: Ownership, Owner",
        at(first, "message").get("text"));
  }

  @Test
  void pathsBecomePercentEncodedUriReferences() {
    assertEquals("notes/Pila%20y%20mont%C3%B3n.md", SarifFormatter.uri("notes/Pila y montón.md"));
    assertEquals("notes/Stack%20%26%20Heap.md", SarifFormatter.uri("notes/Stack & Heap.md"));
    assertEquals("C%3A/vault/a%2Cb%23c%3F.md", SarifFormatter.uri("C:\\vault\\a,b#c?.md"));
    assertEquals("100%25.md", SarifFormatter.uri("100%.md"));
  }
}
