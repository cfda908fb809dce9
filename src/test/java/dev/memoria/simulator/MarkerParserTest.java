package dev.memoria.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkerParserTest {

  @Test
  void readsShowMarkersWithCaptions() {
    Markers markers =
        MarkerParser.parse(
            """
            fn main() {
                let s1 = String::from("hola"); // @show: s1 es dueño del buffer
                let s2 = s1;                   //@show
                drop(s2);                      // @show(before) @expect(E0382): antes
            }
            """,
            Dialect.RUST);
    assertEquals(List.of(), markers.problems());
    assertEquals(
        List.of(
            new Marker(MarkerKind.SHOW, 2, 39, "", Optional.of("s1 es dueño del buffer")),
            new Marker(MarkerKind.SHOW, 3, 38, "", Optional.empty()),
            new Marker(MarkerKind.SHOW_BEFORE, 4, 39, "", Optional.of("antes")),
            new Marker(MarkerKind.EXPECT, 4, 53, "E0382", Optional.of("antes"))),
        markers.markers());
    assertTrue(markers.anyShown());
  }

  @Test
  void ignoresMarkersInsideLiteralsAndBlockComments() {
    Markers markers =
        MarkerParser.parse(
            """
            fn f<'a>(x: &'a str) -> &'a str { x }
            fn main() {
                let s = "// @show";
                let r = r#"a " // @show"#;
                let c = '"'; /* // @show
                   // @show */
                println!("{}", f(s)); // plain prose comment
            }
            """,
            Dialect.RUST);
    assertEquals(List.of(), markers.markers());
    assertEquals(List.of(), markers.problems());
  }

  @Test
  void readsExpectationsOfFaultsAndLeaksInC() {
    Markers markers =
        MarkerParser.parse(
            """
            int main(void) {
                char *p = malloc(5); // @expect(leak=5)
                char c = '/'; printf("//"); free(p); // @expect(double-free)
            }
            """,
            Dialect.C);
    assertEquals(
        List.of("leak=5", "double-free"),
        markers.expectations().stream().map(Marker::argument).toList());
  }

  @Test
  void reportsUnknownMarkersAndBadArgumentsWithTheirColumn() {
    Markers markers =
        MarkerParser.parse(
            """
            let a = 1; // @shwo
            let b = 2; // @expect(E382)
            let c = 3; // @show(after)
            let d = 4; // @show extra words
            """,
            Dialect.RUST);
    assertEquals(List.of(), markers.markers());
    assertEquals(
        List.of("1:15", "2:15", "3:15", "4:21"),
        markers.problems().stream().map(p -> p.line() + ":" + p.column()).toList());
    assertTrue(markers.problems().get(0).message().contains("unknown marker `@shwo`"));
  }

  @Test
  void hidesSingleLinesAndRegions() {
    Markers markers =
        MarkerParser.parse(
            """
            use std::fmt; // @hide
            // @hide-start
            struct A;
            // @hide-end
            fn main() {}
            """,
            Dialect.RUST);
    assertEquals("{1, 2, 3, 4}", markers.hiddenLines().toString());
  }

  @Test
  void reportsAnUnclosedHiddenRegion() {
    Markers markers = MarkerParser.parse("// @hide-start\nfn main() {}\n", Dialect.RUST);
    assertEquals(1, markers.problems().size());
    assertTrue(markers.problems().get(0).message().contains("never closed"));
  }
}
