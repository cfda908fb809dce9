package dev.memoria.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void stringsWrittenForTheScriptGiveTheBytesOfTheTwoPassScript() {
    List<String> texts =
        List.of(
            "plain",
            "it's \"quoted\" \\ back\\slash </script>",
            "line\nbreak\ttab\rreturn \u0001 \u2028 \u2029 end",
            "año 'ñ' \uD835\uDC00 lone \uD800 x \uDC00",
            "",
            "''\\\\''");
    StringBuilder json = new StringBuilder("[");
    StringBuilder written = new StringBuilder();
    for (String text : texts) {
      Json.string(json.append(json.length() == 1 ? "" : ","), text);
      Json.string(written.append(written.length() == 0 ? "" : ","), text, true);
    }
    assertEquals(
        Json.script("docs-0", json.append(']')),
        Json.scriptOfWritten("docs-0", List.of(written.toString()), written.length()));
  }
}
