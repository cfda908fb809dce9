package dev.memoria.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.checks.CheckReport;
import dev.memoria.checks.Finding;
import dev.memoria.core.Diagnostic;
import dev.memoria.core.Severity;
import dev.memoria.core.SourcePos;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void everyFindingIsAFailingTestCaseThatReadsBackExactly() throws Exception {
    CheckReport report = Reports.representative();
    Document xml = parse(new JunitFormatter().format(report));
    Element suites = xml.getDocumentElement();
    assertEquals("testsuites", suites.getTagName());
    String count = String.valueOf(report.findings().size());
    assertEquals(count, suites.getAttribute("tests"));
    assertEquals(count, suites.getAttribute("failures"));
    NodeList suite = suites.getElementsByTagName("testsuite");
    assertEquals(1, suite.getLength());
    assertEquals("memoria check", ((Element) suite.item(0)).getAttribute("name"));
    assertEquals(count, ((Element) suite.item(0)).getAttribute("failures"));

    NodeList cases = xml.getElementsByTagName("testcase");
    assertEquals(report.findings().size(), cases.getLength());
    for (int i = 0; i < cases.getLength(); i++) {
      Finding finding = report.findings().get(i);
      Diagnostic d = finding.diagnostic();
      Element testCase = (Element) cases.item(i);
      assertEquals(d.pos().file(), testCase.getAttribute("classname"));
      assertEquals(
          d.code() + " at " + d.pos().line() + ":" + d.pos().column(),
          testCase.getAttribute("name"));
      Element failure = (Element) testCase.getElementsByTagName("failure").item(0);
      assertEquals(d.code(), failure.getAttribute("type"));
      assertEquals(d.message(), failure.getAttribute("message"));
      List<String> body = new ArrayList<>(List.of(d.format()));
      body.addAll(FindingText.details(finding));
      assertEquals(String.join("\n", body), failure.getTextContent());
    }
    assertEquals(report.summary(), xml.getElementsByTagName("system-out").item(0).getTextContent());
  }

  @Test
  void charactersXmlForbidsAreReplacedAndTheRestIsAscii() throws Exception {
    CheckReport report =
        new CheckReport(
            List.of(
                Finding.of(
                    new Diagnostic(
                        Severity.WARNING,
                        "encoding",
                        SourcePos.ofFile("notes/Árbol.md"),
                        "bad byte \u0001 here; ]]> and \uD800 too"))),
            1);
    String xml = new JunitFormatter().format(report);
    assertTrue(xml.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)), xml);
    Element failure = (Element) parse(xml).getElementsByTagName("failure").item(0);
    assertEquals("bad byte \uFFFD here; ]]> and \uFFFD too", failure.getAttribute("message"));
    assertEquals("notes/Árbol.md", ((Element) failure.getParentNode()).getAttribute("classname"));
  }

  @Test
  void aCleanReportHasNoTestCases() throws Exception {
    Document xml = parse(new JunitFormatter().format(Reports.clean()));
    assertEquals("0", xml.getDocumentElement().getAttribute("tests"));
    assertEquals(0, xml.getElementsByTagName("testcase").getLength());
  }
}
