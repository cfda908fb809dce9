package dev.memoria.render.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SafeUrlsTest {

  @Test
  void acceptsWebMailPhoneAndRelativeUrls() {
    for (String url :
        List.of(
            "https://x.org/a?b=c#d",
            "HTTP://X.ORG",
            "mailto:a@b.c",
            "tel:+34123",
            "../notes/a.html#part",
            "#anchor",
            "page.html",
            "//cdn.org/x.js",
            "data:image/png;base64,AAAA",
            "data:image/webp,xyz")) {
      assertTrue(SafeUrls.isSafe(url), url);
    }
  }

  @Test
  void rejectsDangerousSchemesInEveryDisguise() {
    for (String url :
        List.of(
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "java\u0000script:alert(1)",
            "java\u200Bscript:alert(1)",
            "&#74;avascript:alert(1)",
            "&#x6A;avascript:alert(1)",
            "&#106avascript:alert(1)",
            "javascript&colon;alert(1)",
            "javascript&#58;alert(1)",
            "&amp;#74;avascript:alert(1)",
            "%6A%61vascript:alert(1)",
            "%256A%2561vascript:alert(1)",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
            "data:text/html,<script>alert(1)</script>",
            "data:image/svg+xml;base64,PHN2Zy8+",
            "DATA:text/html,x")) {
      assertFalse(SafeUrls.isSafe(url), url);
    }
  }

  @Test
  void percentEncodesWhatUrlsCannotHold() {
    assertEquals("a%20b%C3%B1.html", SafeUrls.encodeUnsafeCharacters("a bñ.html"));
    assertEquals("https://x.org/%22q%22", SafeUrls.checked("https://x.org/\"q\"").get());
    assertEquals(
        "notas/gesti%C3%B3n%20de%20memoria.html",
        SafeUrls.encodePath("notas/gestión de memoria.html"));
  }
}
