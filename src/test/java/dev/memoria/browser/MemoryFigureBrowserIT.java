package dev.memoria.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * The memory figures of the seed notes in real headless Chromium, opened from disk: stepping with
 * the buttons, the slider's keys, the arrow keys and the code badges, opening on the fault, and the
 * Spanish interface. Screenshots of figures at phone and desktop width, light and dark, land in
 * {@code target/screenshots/} for people to look at.
 */
class MemoryFigureBrowserIT extends SeedSiteBrowserTest {

  private static final String CODESANDWICH = "rust-memory-management-codesandwich.html";

  MemoryFigureBrowserIT() {
    super("figure-site");
  }

  @Test
  void theButtonsStepThroughTheFigureAndTheCodeFollows() {
    chromium.emulate(1280, 900, false, false);
    open(CODESANDWICH);
    WebElement figure = firstFigure();
    int total = steps(figure).size();
    assertTrue(total >= 3, "the stack flow has several steps");
    assertEquals("Step 1 of " + total, count(figure));
    assertEquals(List.of(1), visibleSteps(figure));
    assertTrue(button(figure, ".memsim-prev").getAttribute("disabled") != null);

    button(figure, ".memsim-next").click();
    assertEquals("Step 2 of " + total, count(figure));
    assertEquals(List.of(2), visibleSteps(figure));
    assertEquals(steps(figure).get(1).getAttribute("data-line"), currentLine(figure));
    assertTrue(
        chromium.driver().getCurrentUrl().endsWith("#" + steps(figure).get(1).getAttribute("id")),
        "the URL names the step, so it can be linked");

    button(figure, ".memsim-prev").click();
    assertEquals(List.of(1), visibleSteps(figure));

    button(figure, ".memsim-all").click();
    assertEquals(total, visibleSteps(figure).size(), "show all brings back the filmstrip");
    button(figure, ".memsim-all").click();
    assertEquals(List.of(1), visibleSteps(figure));
  }

  @Test
  void theKeyboardStepsThroughTheFigure() {
    chromium.emulate(1280, 900, false, false);
    open(CODESANDWICH);
    WebElement figure = firstFigure();
    int total = steps(figure).size();
    chromium.js("arguments[0].focus();", figure);

    figure.sendKeys(Keys.ARROW_RIGHT);
    assertEquals(List.of(2), visibleSteps(figure));
    figure.sendKeys(Keys.ARROW_RIGHT);
    assertEquals(List.of(3), visibleSteps(figure));
    figure.sendKeys(Keys.ARROW_LEFT);
    assertEquals(List.of(2), visibleSteps(figure));
    figure.sendKeys(Keys.END);
    assertEquals(List.of(total), visibleSteps(figure));
    assertTrue(button(figure, ".memsim-next").getAttribute("disabled") != null);
    figure.sendKeys(Keys.HOME);
    assertEquals(List.of(1), visibleSteps(figure));

    WebElement slider = figure.findElement(By.cssSelector(".memsim-slider"));
    slider.sendKeys(Keys.ARROW_RIGHT);
    assertEquals(List.of(2), visibleSteps(figure), "the slider moves by one step");
    assertEquals("Step 2 of " + total, count(figure));
  }

  @Test
  void aBadgeInTheCodeOpensItsStep() {
    chromium.emulate(1280, 900, false, false);
    open(CODESANDWICH);
    WebElement figure = firstFigure();
    WebElement badge = figure.findElement(By.cssSelector(".memsim-badge[data-step='3']"));
    badge.click();
    assertEquals(List.of(3), visibleSteps(figure));
    assertEquals("step", badge.getAttribute("aria-current"));
  }

  @Test
  void aFaultingProgramOpensOnTheFaultAndShowsTheSanitizersReport() {
    chromium.emulate(1280, 900, false, false);
    open(CODESANDWICH);
    WebElement useAfterFree =
        chromium.driver().findElements(By.cssSelector("figure.memsim")).stream()
            .filter(f -> f.getText().contains("heap-use-after-free"))
            .findFirst()
            .orElseThrow();
    int open = Integer.parseInt(useAfterFree.getAttribute("data-open"));
    assertTrue(open > 1, "the fault is not the first step");
    assertEquals(List.of(open), visibleSteps(useAfterFree));
    assertTrue(
        useAfterFree
            .findElement(By.cssSelector(".memsim-notice"))
            .getText()
            .contains("ERROR: AddressSanitizer: heap-use-after-free"));
  }

  @Test
  void theSpanishNoteStepsInSpanish() {
    chromium.emulate(1280, 900, false, false);
    open("gestion-de-memoria-en-rust.html");
    WebElement figure = firstFigure();
    assertTrue(count(figure).startsWith("Paso 1 de "), count(figure));
    assertEquals("Paso siguiente", button(figure, ".memsim-next").getAttribute("aria-label"));
  }

  @Test
  void figuresFitAPhoneAndScreenshotsAreTaken() throws IOException {
    Path shots = Path.of("target", "screenshots");
    // Name, page, which figure, and how many steps forward from where it opens.
    String[][] figures = {
      {"figure-stack-en", CODESANDWICH, "0", "3"},
      {"figure-uaf-en", CODESANDWICH, "3", "0"},
      {"figure-string-es", "gestion-de-memoria-en-rust.html", "0", "1"},
      {"figure-move-es", "gestion-de-memoria-en-rust.html", "1", "2"},
      {"figure-error-en", "memory-management-in-rust.html", "0", "0"},
      {"figure-box-en", "memory-management-in-rust.html", "1", "2"},
      {"figure-threads-en", "stack-heap.html", "0", "1"},
      {"figure-vec-en", "heap-and-stack-in-rust.html", "0", "3"},
    };
    for (String[] shot : figures) {
      for (boolean dark : new boolean[] {false, true}) {
        for (boolean phone : new boolean[] {false, true}) {
          chromium.emulate(phone ? 390 : 1280, phone ? 844 : 900, phone, dark);
          open(shot[1]);
          long overflow =
              (Long)
                  chromium.js(
                      "return document.documentElement.scrollWidth -"
                          + " document.documentElement.clientWidth;");
          assertTrue(overflow <= 0, shot[1] + " scrolls sideways by " + overflow + " px");
          WebElement figure =
              chromium
                  .driver()
                  .findElements(By.cssSelector("figure.memsim"))
                  .get(Integer.parseInt(shot[2]));
          for (int i = 0; i < Integer.parseInt(shot[3]); i++) {
            button(figure, ".memsim-next").click();
          }
          chromium.js("arguments[0].scrollIntoView();", figure);
          Path file =
              shots.resolve(
                  shot[0]
                      + "-"
                      + (phone ? "phone" : "desktop")
                      + "-"
                      + (dark ? "dark" : "light")
                      + ".png");
          Files.createDirectories(shots);
          Files.write(file, figure.getScreenshotAs(OutputType.BYTES));
        }
      }
    }
    chromium.emulate(1280, 900, false, false);
  }

  @Test
  void withoutTheStepperEveryStepIsOnThePage() {
    chromium.emulate(1280, 900, false, false);
    open(CODESANDWICH);
    WebElement figure = firstFigure();
    // The markup a reader without script gets: every step drawn, the controls hidden.
    String html = (String) chromium.js("return arguments[0].outerHTML;", figure);
    assertFalse(html.contains("<li class=\"memsim-step\" hidden"), "script did the hiding");
    Object stepsInSource =
        chromium.js(
            "var d = new DOMParser().parseFromString(arguments[0], 'text/html');"
                + " return [d.querySelectorAll('.memsim-step:not([hidden])').length,"
                + " d.querySelector('.memsim-controls').hidden];",
            rawFigure());
    assertEquals(List.of((long) steps(figure).size(), true), stepsInSource);
  }

  private String rawFigure() {
    try {
      String page = Files.readString(site.resolve(CODESANDWICH));
      int start = page.indexOf("<figure class=\"memsim\"");
      return page.substring(start, page.indexOf("</figure>", start) + "</figure>".length());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private WebElement firstFigure() {
    return chromium.driver().findElement(By.cssSelector("figure.memsim"));
  }

  private static List<WebElement> steps(WebElement figure) {
    return figure.findElements(By.cssSelector(".memsim-step"));
  }

  private static List<Integer> visibleSteps(WebElement figure) {
    List<WebElement> steps = steps(figure);
    return java.util.stream.IntStream.range(0, steps.size())
        .filter(i -> steps.get(i).isDisplayed())
        .mapToObj(i -> i + 1)
        .toList();
  }

  private static String count(WebElement figure) {
    return figure.findElement(By.cssSelector(".memsim-count")).getText();
  }

  private static WebElement button(WebElement figure, String selector) {
    return figure.findElement(By.cssSelector(selector));
  }

  private String currentLine(WebElement figure) {
    return figure
        .findElement(By.cssSelector(".memsim-line.memsim-current"))
        .getAttribute("data-line");
  }
}
