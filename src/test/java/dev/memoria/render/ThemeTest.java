package dev.memoria.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.core.Lang;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeTest {

  private static final Path DEFAULT = Path.of("themes", "default");

  @Test
  void formatsDatesFromTheThemesOwnMonthNames() throws Exception {
    Theme theme = Theme.load(DEFAULT);
    Instant day = Instant.parse("2026-03-07T23:59:00Z");
    assertEquals("March 7, 2026", theme.strings(Lang.EN).date(day));
    assertEquals("7 de marzo de 2026", theme.strings(Lang.ES).date(day));
  }

  @Test
  void countsInTheSingularForOne() throws Exception {
    UiStrings spanish = Theme.load(DEFAULT).strings(Lang.ES);
    assertEquals("1 nota", spanish.count("index.count", 1));
    assertEquals("3 notas", spanish.count("index.count", 3));
  }

  @Test
  void aLanguageWithoutStringsFallsBackToEnglish() throws Exception {
    Theme theme = Theme.load(DEFAULT);
    assertEquals(Lang.EN, theme.strings(new Lang("fr")).lang());
  }

  @Test
  void everyStringKeyExistsInBothLanguages() throws Exception {
    Theme theme = Theme.load(DEFAULT);
    assertEquals(theme.strings(Lang.EN).flat().keySet(), theme.strings(Lang.ES).flat().keySet());
  }

  @Test
  void templatesEscapeQuotesAndAngleBracketsOfValues() throws Exception {
    Theme theme = Theme.load(DEFAULT);
    StringWriter out = new StringWriter();
    theme
        .template("404")
        .execute(
            out,
            Map.of(
                "page",
                Map.of(
                    "title",
                    "\"><script>x</script>'",
                    "siteTitle",
                    "s",
                    "root",
                    "",
                    "ui",
                    Map.of()),
                "messages",
                java.util.List.of()));
    String html = out.toString();
    assertTrue(html.contains("&quot;&gt;&lt;script&gt;x&lt;/script&gt;&#39;"), html);
  }

  @Test
  void aMissingTemplateNamesTheFile(@TempDir Path temp) throws Exception {
    Files.createDirectories(temp.resolve("templates"));
    Files.createDirectories(temp.resolve("i18n"));
    ThemeException e = assertThrows(ThemeException.class, () -> Theme.load(temp));
    assertTrue(e.getMessage().contains("note.mustache"), e.getMessage());
  }
}
