package dev.memoria.simulator.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.simulator.Simulation;
import dev.memoria.simulator.trace.Outcome;
import dev.memoria.simulator.trace.When;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class DiagramRendererTest {

  private static final DiagramRenderer SPANISH = new DiagramRenderer(DiagramLanguage.ES);
  private static final DiagramRenderer ENGLISH = new DiagramRenderer(DiagramLanguage.EN);
  private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");
  private static final Pattern REFERENCE = Pattern.compile("url\\(#([^)]+)\\)");

  private static final String MOVE =
      """
      fn main() {
          let s = String::from("hola");
          let t = s;
          println!("{t}");
      }
      """;

  @Test
  void idsStayUniqueWhenTwoFiguresShareAPage() {
    List<String> svgs = new ArrayList<>();
    for (String prefix : List.of("mem-1", "mem-2")) {
      for (DiagramStep step : SPANISH.draw(Programs.simulate("borrow.rs"), prefix).steps()) {
        svgs.add(step.wideSvg());
        step.narrowSvg().ifPresent(svgs::add);
      }
    }
    TreeSet<String> seen = new TreeSet<>();
    for (String svg : svgs) {
      Matcher id = ID.matcher(svg);
      while (id.find()) {
        assertTrue(seen.add(id.group(1)), "duplicate id " + id.group(1));
      }
    }
    assertTrue(seen.contains("mem-2-s1-arrow"), seen.toString());
    assertTrue(seen.stream().anyMatch(id -> id.startsWith("mem-1-")));
  }

  @Test
  void refusesAnIdPrefixThatWouldBreakAnAttribute() {
    Simulation simulation = Programs.simulate("leak.c");
    assertThrows(IllegalArgumentException.class, () -> SPANISH.draw(simulation, "a\" onload=\"x"));
    assertThrows(IllegalArgumentException.class, () -> SPANISH.draw(simulation, "1st"));
  }

  @Test
  void everyReferenceNamesAnIdInTheSameSvg() {
    for (DiagramStep step : ENGLISH.draw(Programs.simulate("double_free.c"), "f").steps()) {
      for (String svg : svgsOf(step)) {
        List<String> ids = new ArrayList<>();
        ID.matcher(svg).results().forEach(m -> ids.add(m.group(1)));
        Matcher reference = REFERENCE.matcher(svg);
        while (reference.find()) {
          assertTrue(ids.contains(reference.group(1)), "dangling reference " + reference.group(1));
        }
      }
    }
  }

  @Test
  void escapesProgramTextEverywhere() throws Exception {
    Simulation simulation =
        Programs.simulateSource(
            "x.c",
            """
            #include <stdio.h>

            int main(void) {
                const char *s = "<script>&\\"'";  // @show: <b>"pronto" & 'ya'</b>
                printf("%s\\n", s);
                return 0;
            }
            """);
    Diagram diagram = ENGLISH.draw(simulation, "x");
    DiagramStep step = diagram.steps().get(0);
    assertEquals("<b>\"pronto\" & 'ya'</b>", step.caption());
    assertFalse(step.wideSvg().contains("<script"), step.wideSvg());
    assertFalse(step.wideSvg().contains("<b>"), step.wideSvg());
    assertTrue(step.wideSvg().contains("&lt;b&gt;&quot;pronto&quot; &amp; &#39;ya&#39;"));
    assertTrue(step.wideSvg().contains("Static"), "a pointed-to literal gets a static region");
    for (String svg : svgsOf(step)) {
      parse(svg);
    }
  }

  @Test
  void drawsTheSameBytesEveryTimeAndUnderAnyLocale() {
    Locale before = Locale.getDefault();
    String first = concatenated(SPANISH.draw(Programs.simulate("vec_growth.rs"), "v"));
    try {
      Locale.setDefault(Locale.forLanguageTag("de-DE"));
      String second = concatenated(SPANISH.draw(Programs.simulate("vec_growth.rs"), "v"));
      assertEquals(first, second);
    } finally {
      Locale.setDefault(before);
    }
    assertFalse(Pattern.compile("\"[0-9]+,[0-9]").matcher(first).find(), "comma decimals");
  }

  @Test
  void showsOnlyMarkedStepsWhenSomeLineIsMarked() {
    Diagram diagram = SPANISH.draw(Programs.simulate("string_move.rs"), "m");
    assertEquals(List.of(2, 3, 5), diagram.steps().stream().map(DiagramStep::line).toList());
    assertEquals(List.of(1, 2, 3), diagram.steps().stream().map(DiagramStep::number).toList());
  }

  @Test
  void showsOneStepPerMemoryEventWhenNoLineIsMarked() {
    Simulation simulation = Programs.simulateSource("m.rs", MOVE);
    long expected =
        simulation.trace().steps().stream()
            .filter(step -> step.events().stream().anyMatch(e -> e.kind().isMemoryEvent()))
            .count();
    Diagram diagram = ENGLISH.draw(simulation, "m");
    assertEquals(expected, diagram.steps().size());
    assertEquals(
        List.of(
            "`s` allocates 4 bytes on the heap (H1)",
            "`s` moved into `t`",
            "String dropped: 4 bytes freed"),
        diagram.steps().stream().map(DiagramStep::caption).toList());
  }

  @Test
  void generatesSpanishCaptionsFromEvents() {
    Diagram diagram = SPANISH.draw(Programs.simulateSource("m.rs", MOVE), "m");
    assertEquals(
        List.of(
            "`s` reserva 4 bytes en el heap (H1)",
            "`s` se mueve a `t`",
            "String liberado: 4 bytes"),
        diagram.steps().stream().map(DiagramStep::caption).toList());
    assertEquals("Paso 2, línea 3", diagram.steps().get(1).title());
  }

  @Test
  void keepsTheAuthorsCaption() {
    Diagram diagram =
        SPANISH.draw(
            Programs.simulateSource(
                "b.rs",
                """
                fn main() {
                    let b = Box::new(7); // @show: b apunta al heap
                }
                """),
            "b");
    assertEquals("b apunta al heap", diagram.steps().get(0).caption());
  }

  @Test
  void dotsWhatChangedSinceThePreviousStepAndCaptionsIt() {
    List<DiagramStep> steps = ENGLISH.draw(Programs.simulate("double_free.c"), "d").steps();
    assertFalse(steps.get(0).wideSvg().contains("class=\"ms-chg\""), "nothing before step 1");
    String second = steps.get(1).wideSvg();
    assertEquals(1, second.split("class=\"ms-chg\"", -1).length - 1, second);
    assertTrue(second.contains("<title>changed</title>"));
    assertEquals("q points to H1", steps.get(1).caption());
  }

  @Test
  void opensOnTheFaultStepAndMergesItWithTheMarkedStepBeforeIt() {
    Diagram diagram = ENGLISH.draw(Programs.simulate("use_after_free.c"), "u");
    assertEquals(3, diagram.steps().size());
    DiagramStep last = diagram.steps().get(2);
    assertEquals(3, diagram.faultStep().getAsInt());
    assertEquals(When.BEFORE, last.when());
    assertEquals("Step 3, before line 8", last.title());
    assertTrue(last.wideSvg().contains("⚠ heap-use-after-free"), last.wideSvg());
    assertTrue(last.wideSvg().contains("⊘H1[0]"), "a dangling pointer names its target");
    assertTrue(last.description().startsWith("Fault heap-use-after-free: READ of size 4 at H1"));
  }

  @Test
  void marksLeakedBlocksInWordsAndOutline() {
    Diagram diagram = SPANISH.draw(Programs.simulate("leak.c"), "l");
    DiagramStep last = diagram.steps().get(diagram.steps().size() - 1);
    assertEquals("fuga: 16 B, inalcanzable desde la línea 7", last.caption());
    assertTrue(last.wideSvg().contains("fuga: 16 B, inalcanzable desde la línea 7"));
    assertTrue(last.description().contains("a es NULL."), last.description());
  }

  @Test
  void tagsMovedAndBorrowedVariables() {
    String moved = SPANISH.draw(Programs.simulate("string_move.rs"), "m").steps().get(1).wideSvg();
    assertTrue(moved.contains("movido → t"), moved);
    List<DiagramStep> borrow = ENGLISH.draw(Programs.simulate("borrow.rs"), "b").steps();
    assertTrue(borrow.get(0).wideSvg().contains("borrowed (&amp;): r"));
    assertTrue(borrow.get(1).wideSvg().contains("borrowed (&amp;mut): m"));
    assertTrue(borrow.get(1).description().contains("v is borrowed (&mut) by m."));
  }

  @Test
  void labelsTheWideSvgAndHidesTheNarrowOneFromScreenReaders() throws Exception {
    for (DiagramStep step : SPANISH.draw(Programs.simulate("threads.rs"), "t").steps()) {
      Document wide = parse(step.wideSvg());
      assertEquals("img", wide.getDocumentElement().getAttribute("role"));
      assertEquals(
          step.titleId() + " " + step.descId(),
          wide.getDocumentElement().getAttribute("aria-labelledby"));
      assertTrue(step.wideSvg().contains("<title id=\"" + step.titleId() + "\">"));
      assertTrue(step.wideSvg().contains("<desc id=\"" + step.descId() + "\">"));
      assertTrue(step.narrowSvg().isPresent(), "two thread columns are too wide for a phone");
      Document narrow = parse(step.narrowSvg().get());
      assertEquals("true", narrow.getDocumentElement().getAttribute("aria-hidden"));
    }
  }

  @Test
  void drawsNoNarrowTwinWhenTheWideLayoutFitsAPhone() {
    Diagram diagram =
        ENGLISH.draw(
            Programs.simulateSource(
                "n.rs",
                """
                fn main() {
                    let n = 5; // @show
                }
                """),
            "n");
    assertTrue(diagram.steps().get(0).narrowSvg().isEmpty());
    assertTrue(diagram.steps().get(0).wideSvg().contains("Stack · thread main"));
    assertFalse(diagram.steps().get(0).wideSvg().contains("Heap"), "no heap region when empty");
  }

  @Test
  void keepsEachStepWithinTheSizeBudget() {
    for (String program : List.of("borrow.rs", "threads.rs", "vec_growth.rs", "double_free.c")) {
      for (DiagramStep step : SPANISH.draw(Programs.simulate(program), "p").steps()) {
        int bytes = step.wideSvg().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes < 15_000, program + " step " + step.number() + ": " + bytes + " bytes");
      }
    }
  }

  @Test
  void drawsNoStepForAProgramThatDoesNotCompile() {
    Simulation simulation =
        Programs.simulateSource(
            "e.rs",
            """
            fn main() {
                let s = String::from("a");
                let t = s;
                println!("{s}");
            }
            """);
    assertEquals(Outcome.COMPILE_ERROR, simulation.verdict().outcome());
    Diagram diagram = SPANISH.draw(simulation, "e");
    assertTrue(diagram.steps().isEmpty());
    assertTrue(diagram.faultStep().isEmpty());
  }

  private static List<String> svgsOf(DiagramStep step) {
    List<String> svgs = new ArrayList<>(List.of(step.wideSvg()));
    step.narrowSvg().ifPresent(svgs::add);
    return svgs;
  }

  private static String concatenated(Diagram diagram) {
    StringBuilder all = new StringBuilder();
    for (DiagramStep step : diagram.steps()) {
      all.append(step).append('\n');
    }
    return all.toString();
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }
}
