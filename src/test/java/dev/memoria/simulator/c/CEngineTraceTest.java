package dev.memoria.simulator.c;

import static dev.memoria.simulator.c.CPrograms.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.simulator.Simulation;
import dev.memoria.simulator.trace.Block;
import dev.memoria.simulator.trace.BlockState;
import dev.memoria.simulator.trace.EventKind;
import dev.memoria.simulator.trace.FaultKind;
import dev.memoria.simulator.trace.Frame;
import dev.memoria.simulator.trace.FrameState;
import dev.memoria.simulator.trace.Region;
import dev.memoria.simulator.trace.Slot;
import dev.memoria.simulator.trace.SlotState;
import dev.memoria.simulator.trace.Snapshot;
import dev.memoria.simulator.trace.Step;
import dev.memoria.simulator.trace.Value;
import dev.memoria.simulator.trace.When;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CEngineTraceTest {

  private static final String COPIA =
      """
      #include <stdlib.h>
      #include <string.h>

      char *copia(const char *s) {
          char *p = malloc(strlen(s) + 1);   // @show: 5 bytes en el heap
          strcpy(p, s);
          return p;
      }

      int main(void) {
          char *a = copia("hola");           // @show: a apunta al bloque
          a = NULL;                          // @show: nadie apunta al bloque: fuga
          return 0;
      }
      """;

  private static Slot slot(Snapshot snapshot, String path) {
    return snapshot.threads().get(0).frames().stream()
        .flatMap(f -> f.slots().stream())
        .filter(s -> s.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no slot " + path + " in " + snapshot));
  }

  private static Block block(Snapshot snapshot, String id) {
    return snapshot.blocks().stream()
        .filter(b -> b.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no block " + id));
  }

  private static Value pointerTo(String id, String path, long offset, boolean dangling) {
    return new Value.Pointer(
        Value.PointerKind.RAW, Optional.of(new Value.Target(id, path, offset)), dangling);
  }

  @Test
  void recordsTheThreeStepsOfTheLeakExample() {
    List<Step> steps = run(COPIA).trace().steps();
    assertEquals(List.of(5, 11, 12), steps.stream().map(Step::line).toList());
    assertTrue(steps.stream().allMatch(s -> s.marked() && s.when() == When.AFTER));
    assertEquals(Optional.of("5 bytes en el heap"), steps.get(0).caption());

    Snapshot first = steps.get(0).snapshot();
    List<Frame> frames = first.threads().get(0).frames();
    assertEquals(List.of("main", "copia"), frames.stream().map(Frame::function).toList());
    assertEquals(SlotState.UNINIT, slot(first, "T0/F0/a").state());
    Slot p = slot(first, "T0/F1/p");
    assertEquals("char *", p.type());
    assertEquals(8, p.size());
    assertEquals(pointerTo("H1", "0", 0, false), p.value());
    assertEquals("const char *", slot(first, "T0/F1/s").type());
    assertEquals(pointerTo("S1", "", 0, false), slot(first, "T0/F1/s").value());
    Block s1 = block(first, "S1");
    assertEquals(Region.STATIC, s1.region());
    assertEquals(new Value.Text("hola", 0, true), s1.contents());
    Block h1 = block(first, "H1");
    assertEquals(new Value.Text("", 5, false), h1.contents());
    assertEquals(Optional.of("p"), h1.owner());
    assertEquals(5, h1.allocatedAt());
    assertTrue(
        steps.get(0).events().stream()
            .anyMatch(e -> e.kind() == EventKind.ALLOC && e.block().equals(Optional.of("H1"))));

    Snapshot second = steps.get(1).snapshot();
    Frame ghost = second.threads().get(0).frames().get(1);
    assertEquals(FrameState.RETURNED, ghost.state());
    assertEquals(pointerTo("H1", "0", 0, false), slot(second, "T0/F0/a").value());
    assertEquals(new Value.Text("hola", 0, true), block(second, "H1").contents());
    assertEquals(BlockState.LIVE, block(second, "H1").state());

    Snapshot third = steps.get(2).snapshot();
    assertEquals(1, third.threads().get(0).frames().size());
    assertEquals(Value.Pointer.nullPointer(), slot(third, "T0/F0/a").value());
    Block leaked = block(third, "H1");
    assertEquals(BlockState.LEAKED, leaked.state());
    assertEquals(OptionalInt.of(12), leaked.unreachableSince());
    assertTrue(steps.get(2).events().stream().anyMatch(e -> e.kind() == EventKind.LEAK));
  }

  @Test
  void showsAFreedBlockAsAGhostWithDanglingPointersToIt() {
    Simulation s =
        run(
            """
            #include <stdio.h>
            #include <stdlib.h>

            int main(void) {
                int *v = malloc(4 * sizeof(int));  // @show
                v[0] = 42;
                free(v);                           // @show
                printf("%d\\n", v[0]);              // @show(before)
                return 0;
            }
            """);
    List<Step> steps = s.trace().steps();
    assertEquals(List.of(5, 7, 8, 8), steps.stream().map(Step::line).toList());
    Block allocated = block(steps.get(0).snapshot(), "H1");
    assertEquals(
        new Value.Composite(
            "int[4]",
            List.of(
                new Value.Field("0", new Value.Uninit()),
                new Value.Field("1", new Value.Uninit()),
                new Value.Field("2", new Value.Uninit()),
                new Value.Field("3", new Value.Uninit()))),
        allocated.contents());
    Snapshot freed = steps.get(1).snapshot();
    assertEquals(BlockState.FREED, block(freed, "H1").state());
    assertEquals(OptionalInt.of(7), block(freed, "H1").freedAt());
    assertEquals(pointerTo("H1", "0", 0, true), slot(freed, "T0/F0/v").value());
    assertEquals(When.BEFORE, steps.get(2).when());
    Step fault = steps.get(3);
    assertTrue(fault.events().stream().anyMatch(e -> e.kind() == EventKind.FAULT));
  }

  @Test
  void typesAMallocBlockByItsFirstTypedPointerAndNamesStructFields() {
    Simulation s =
        run(
            """
            #include <stdlib.h>

            struct node { int value; struct node *next; };

            int main(void) {
                struct node *head = malloc(sizeof *head);
                head->value = 1;
                head->next = malloc(sizeof(struct node));
                head->next->value = 2;
                head->next->next = NULL;
                int *second = &head->next->value;  // @show
                free(head->next);
                free(head);
                return *second - 2;
            }
            """);
    Step step = s.trace().steps().stream().filter(Step::marked).findFirst().orElseThrow();
    Snapshot snap = step.snapshot();
    assertEquals("struct node *", slot(snap, "T0/F0/head").type());
    Block h1 = block(snap, "H1");
    assertEquals(
        new Value.Composite(
            "struct node",
            List.of(
                new Value.Field("value", new Value.Scalar("1")),
                new Value.Field("next", pointerTo("H2", "", 0, false)))),
        h1.contents());
    assertEquals(Optional.of("head->next"), block(snap, "H2").owner());
    assertEquals(pointerTo("H2", "value", 0, false), slot(snap, "T0/F0/second").value());
    // `second` still points into H2 after free(head->next): the last line reads freed memory.
    assertEquals(FaultKind.HEAP_USE_AFTER_FREE, s.verdict().fault().orElseThrow().kind());
    assertEquals(14, s.verdict().fault().orElseThrow().at().line());
  }

  @Test
  void showsLocalArraysStructsAndGlobalsWithTheirTypes() {
    Simulation s =
        run(
            """
            #include <stdbool.h>
            typedef struct { double x; char tag; } Sample;
            int counts[3] = {4, 5};
            char greeting[8] = "hi";

            int main(void) {
                Sample one = {1.5, 'a'};
                bool done = true;
                int *last = &counts[2];  // @show
                return done && one.tag == 'a' && *last == 0 ? 0 : 1;
            }
            """);
    Snapshot snap = s.trace().steps().get(0).snapshot();
    Slot counts = snap.globals().get(0);
    assertEquals("G/counts", counts.path());
    assertEquals("int[3]", counts.type());
    assertEquals(12, counts.size());
    assertEquals(
        new Value.Composite(
            "int[3]",
            List.of(
                new Value.Field("0", new Value.Scalar("4")),
                new Value.Field("1", new Value.Scalar("5")),
                new Value.Field("2", new Value.Scalar("0")))),
        counts.value());
    assertEquals(new Value.Text("hi", 0, true), snap.globals().get(1).value());
    Slot one = slot(snap, "T0/F0/one");
    assertEquals("Sample", one.type());
    assertEquals(16, one.size());
    assertEquals(
        new Value.Composite(
            "Sample",
            List.of(
                new Value.Field("x", new Value.Scalar("1.5")),
                new Value.Field("tag", new Value.Scalar("'a'")))),
        one.value());
    assertEquals(new Value.Scalar("true"), slot(snap, "T0/F0/done").value());
    assertEquals(pointerTo("G/counts", "2", 8, false), slot(snap, "T0/F0/last").value());
    assertEquals(0, s.verdict().exit().getAsInt());
  }

  @Test
  void recordsAStepAtEveryMemoryEventWhenNothingIsMarked() {
    Simulation s =
        run(
            """
            #include <stdlib.h>
            int main(void) {
                char *a = malloc(8);
                char *b = a;
                free(a);
                free(b);
                return 0;
            }
            """);
    List<Step> steps = s.trace().steps();
    assertEquals(List.of(3, 5, 6), steps.stream().map(Step::line).toList());
    assertFalse(steps.get(0).marked());
    assertEquals(
        EventKind.FAULT, steps.get(2).events().get(steps.get(2).events().size() - 1).kind());
  }

  @Test
  void marksAShadowingDeclarationAndAnOutOfScopeLocalOnce() {
    Simulation s =
        run(
            """
            int main(void) {
                int x = 1;
                {
                    int x = 2;
                    x++;
                }            // @show
                return x;    // @show(before)
            }
            """);
    List<Step> steps = s.trace().steps();
    Snapshot atClose = steps.get(0).snapshot();
    assertEquals(SlotState.DROPPED, slot(atClose, "T0/F0/x#2").state());
    assertEquals(new Value.Scalar("3"), slot(atClose, "T0/F0/x#2").value());
    assertEquals(1, slot(atClose, "T0/F0/x#2").scope());
    Snapshot later = steps.get(1).snapshot();
    assertEquals(1, later.threads().get(0).frames().get(0).slots().size());
    assertEquals(1, s.verdict().exit().getAsInt());
  }

  @Test
  void marksEachListNodeLeakedOnTheLineThatDropsItsLastPointer() {
    Simulation s =
        run(
            """
            #include <stdio.h>
            #include <stdlib.h>

            struct node { int v; struct node *next; };

            int main(void) {
                struct node *head = NULL;
                for (int i = 0; i < 4; i++) {
                    struct node *n = malloc(sizeof *n);
                    n->v = i;
                    n->next = head;
                    head = n;
                }
                while (head != NULL) {
                    printf("%d\\n", head->v);
                    head = head->next;
                }
                return 0;
            }
            """);
    assertEquals("3\n2\n1\n0\n", s.verdict().stdout());
    assertEquals(64, s.verdict().leaks().bytes());
    assertEquals(1, s.verdict().leaks().blocks().stream().filter(l -> l.direct()).count());
    List<Step> leakSteps =
        s.trace().steps().stream()
            .filter(st -> st.events().stream().anyMatch(e -> e.kind() == EventKind.LEAK))
            .toList();
    assertEquals(List.of(16, 16, 16, 16), leakSteps.stream().map(Step::line).toList());
    Snapshot last = s.trace().steps().get(s.trace().steps().size() - 1).snapshot();
    assertTrue(
        last.blocks().stream()
            .allMatch(
                b ->
                    b.state() == BlockState.LEAKED
                        && b.unreachableSince().equals(OptionalInt.of(16))));
  }
}
