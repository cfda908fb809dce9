package dev.memoria.simulator.c;

import static dev.memoria.simulator.c.CPrograms.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.simulator.trace.Fault;
import dev.memoria.simulator.trace.FaultKind;
import dev.memoria.simulator.trace.Leak;
import dev.memoria.simulator.trace.Outcome;
import dev.memoria.simulator.trace.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verdicts checked against gcc 12 -fsanitize=address with leaks and use-after-return on. */
class CEngineVerdictTest {

  private static Verdict verdict(String source) {
    return run(source).verdict();
  }

  private static void assertFault(Verdict v, FaultKind kind, int line) {
    assertEquals(Outcome.RUNTIME_ERROR, v.outcome(), () -> v.toString());
    Fault fault = v.fault().orElseThrow();
    assertEquals(kind, fault.kind(), fault.message());
    assertEquals(line, fault.at().line(), fault.message());
    assertEquals(1, v.exit().getAsInt());
  }

  @Test
  void countsTheLeakOfAStringCopyLostByOverwritingItsPointer() {
    Verdict v =
        verdict(
            """
            #include <stdlib.h>
            #include <string.h>

            char *copia(const char *s) {
                char *p = malloc(strlen(s) + 1);   // @show
                strcpy(p, s);
                return p;
            }

            int main(void) {
                char *a = copia("hola");           // @show
                a = NULL;                          // @show
                return 0;
            }
            """);
    assertEquals(Outcome.OK, v.outcome());
    assertEquals(5, v.leaks().bytes());
    assertEquals(1, v.leaks().allocations());
    assertEquals(List.of(new Leak("H1", 5, true, 5)), v.leaks().blocks());
    assertEquals(1, v.exit().getAsInt());
  }

  @Test
  void reportsHeapUseAfterFreeOnTheReadingLine() {
    Verdict v =
        verdict(
            """
            #include <stdio.h>
            #include <stdlib.h>

            int main(void) {
                int *v = malloc(4 * sizeof(int));
                v[0] = 42;
                free(v);
                printf("%d\\n", v[0]);
                return 0;
            }
            """);
    assertFault(v, FaultKind.HEAP_USE_AFTER_FREE, 8);
    assertTrue(v.fault().get().message().contains("READ of size 4"));
    assertTrue(v.fault().get().message().contains("freed at line 7"));
    assertEquals("", v.stdout());
  }

  @Test
  void reportsDoubleFreeThroughAnAlias() {
    Verdict v =
        verdict(
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
    assertFault(v, FaultKind.DOUBLE_FREE, 7);
    assertEquals(0, v.leaks().allocations());
  }

  @Test
  void reportsBadFreeOfAnInteriorPointerAndOfAStackVariable() {
    assertFault(
        verdict(
            """
            #include <stdlib.h>
            int main(void) {
                char *p = malloc(8);
                free(p + 1);
                return 0;
            }
            """),
        FaultKind.BAD_FREE,
        4);
    assertFault(
        verdict(
            """
            #include <stdlib.h>
            int main(void) {
                int x = 3;
                int *p = &x;
                free(p);
                return 0;
            }
            """),
        FaultKind.BAD_FREE,
        5);
  }

  @Test
  void keepsStdoutPrintedBeforeAnOffByOneHeapWrite() {
    Verdict v =
        verdict(
            """
            #include <stdio.h>
            #include <stdlib.h>

            int main(void) {
                setvbuf(stdout, NULL, _IONBF, 0);
                int n = 3;
                int *a = malloc(n * sizeof(int));
                for (int i = 0; i <= n; i++) {
                    printf("writing %d\\n", i);
                    a[i] = i;
                }
                free(a);
                return 0;
            }
            """);
    assertFault(v, FaultKind.HEAP_BUFFER_OVERFLOW, 10);
    assertEquals("writing 0\nwriting 1\nwriting 2\nwriting 3\n", v.stdout());
    assertTrue(v.fault().get().message().contains("0 bytes to the right of 12-byte region"));
  }

  @Test
  void reportsStackAndGlobalBufferOverflows() {
    assertFault(
        verdict(
            """
            #include <stdio.h>

            int main(void) {
                int a[4];
                int sum = 0;
                for (int i = 0; i <= 4; i++) {
                    a[i] = i;
                    sum += i;
                }
                printf("%d\\n", sum);
                return 0;
            }
            """),
        FaultKind.STACK_BUFFER_OVERFLOW,
        7);
    assertFault(
        verdict(
            """
            int g[4];
            int main(void) {
                int i = 4;
                g[i] = 1;
                return 0;
            }
            """),
        FaultKind.GLOBAL_BUFFER_OVERFLOW,
        4);
  }

  @Test
  void reportsStackUseAfterReturnThroughAPointerVariable() {
    assertFault(
        verdict(
            """
            #include <stdio.h>
            int *f(void) { int x = 5; int *p = &x; return p; }
            int main(void) {
                int *q = f();
                printf("%d\\n", *q);
                return 0;
            }
            """),
        FaultKind.STACK_USE_AFTER_RETURN,
        5);
  }

  @Test
  void reportsSegvWhenGccTurnsALiteralReturnOfALocalAddressIntoNull() {
    Verdict v =
        verdict(
            """
            #include <stdio.h>
            int *f(void) { int x = 5; return &x; }
            int main(void) {
                int *q = f();
                printf("%d\\n", *q);
                return 0;
            }
            """);
    assertFault(v, FaultKind.SEGV, 5);
    assertTrue(v.fault().get().message().contains("line 2 to return NULL"));
  }

  @Test
  void reportsStackUseAfterScopeAfterTheLoopBodyEnds() {
    Verdict v =
        verdict(
            """
            #include <stdio.h>

            int main(void) {
                setvbuf(stdout, NULL, _IONBF, 0);
                int *p = NULL;
                for (int i = 0; i < 2; i++) {
                    int x = i * 7;
                    p = &x;
                    printf("%d\\n", *p);
                }
                printf("%d\\n", *p);
                return 0;
            }
            """);
    assertFault(v, FaultKind.STACK_USE_AFTER_SCOPE, 11);
    assertEquals("0\n7\n", v.stdout());
  }

  @Test
  void reportsSegvOnNullFieldAccessAndOnWritingAStringLiteral() {
    Verdict v =
        verdict(
            """
            #include <stdio.h>
            #include <stdlib.h>

            struct item { int id; struct item *next; };

            int main(void) {
                setvbuf(stdout, NULL, _IONBF, 0);
                struct item *it = calloc(1, sizeof(struct item));
                printf("id=%d\\n", it->id);
                struct item *n = it->next;
                printf("next id=%d\\n", n->id);
                free(it);
                return 0;
            }
            """);
    assertFault(v, FaultKind.SEGV, 11);
    assertEquals("id=0\n", v.stdout());
    assertFault(
        verdict(
            """
            int main(void) {
                char *s = "hola";
                s[0] = 'H';
                return 0;
            }
            """),
        FaultKind.SEGV,
        3);
  }

  @Test
  void checksStringFunctionsAsAsanInterceptorsDo() {
    Verdict v =
        verdict(
            """
            #include <stdio.h>
            #include <stdlib.h>
            #include <string.h>

            int main(void) {
                setvbuf(stdout, NULL, _IONBF, 0);
                char buf[16];
                strcpy(buf, "abc");
                strcat(buf, "def");
                printf("%s %zu\\n", buf, strlen(buf));
                char name[8] = "memoria";
                printf("%d %d %d\\n", strcmp(buf, name) < 0, strcmp(name, "memoria"), strncmp("abcx", "abcy", 3));
                char *copy = malloc(strlen(name) + 1);
                memcpy(copy, name, strlen(name) + 1);
                copy[0] = 'M';
                puts(copy);
                memset(buf, 'z', 3);
                buf[3] = '\\0';
                puts(buf);
                char dst[5];
                strncpy(dst, "hi", sizeof dst);
                printf("[%s]\\n", dst);
                free(copy);
                char *small = malloc(4);
                strcpy(small, "toolong");
                printf("never\\n");
                return 0;
            }
            """);
    assertFault(v, FaultKind.HEAP_BUFFER_OVERFLOW, 25);
    assertEquals("abcdef 6\n1 0 0\nMemoria\nzzz\n[hi]\n", v.stdout());
    assertTrue(v.fault().get().message().startsWith("WRITE of size 8"));
  }

  @Test
  void printfChecksAStringArgumentBeforePrintingAnything() {
    Verdict v =
        verdict(
            """
            #include <stdio.h>
            #include <stdlib.h>
            #include <string.h>
            int main(void) {
                char *p = malloc(4);
                memcpy(p, "abcd", 4);
                printf("x%s\\n", p);
                return 0;
            }
            """);
    assertFault(v, FaultKind.HEAP_BUFFER_OVERFLOW, 7);
    assertEquals("", v.stdout());
    assertTrue(v.fault().get().message().startsWith("READ of size 5"));
  }

  @Test
  void reallocMovesTheBlockSoTheOldPointerDangles() {
    Verdict v =
        verdict(
            """
            #include <stdio.h>
            #include <stdlib.h>

            int main(void) {
                setvbuf(stdout, NULL, _IONBF, 0);
                int *v = malloc(2 * sizeof(int));
                v[0] = 1;
                v[1] = 2;
                int *old = v;
                v = realloc(v, 4 * sizeof(int));
                v[2] = 3;
                printf("%d %d %d\\n", v[0], v[1], v[2]);
                printf("%d\\n", old[0]);
                return 0;
            }
            """);
    assertFault(v, FaultKind.HEAP_USE_AFTER_FREE, 13);
    assertEquals("1 2 3\n", v.stdout());
  }

  @Test
  void splitsLeaksIntoDirectAndIndirectAsLeakSanitizer() {
    Verdict v =
        verdict(
            """
            #include <stdlib.h>

            struct pair { struct pair *other; char *label; };

            int main(void) {
                struct pair *a = malloc(sizeof(struct pair));
                struct pair *b = malloc(sizeof(struct pair));
                a->other = b;
                b->other = a;
                a->label = malloc(4);
                b->label = NULL;
                struct pair *solo = malloc(sizeof *solo);
                solo->other = NULL;
                solo->label = malloc(10);
                a = NULL;
                b = NULL;
                solo = NULL;
                return 0;
            }
            """);
    assertEquals(Outcome.OK, v.outcome());
    assertEquals(62, v.leaks().bytes());
    assertEquals(5, v.leaks().allocations());
    assertEquals(
        List.of(false, false, false, true, false),
        v.leaks().blocks().stream().map(Leak::direct).toList());
    assertEquals(1, v.exit().getAsInt());
  }

  @Test
  void aBlockReachableFromAGlobalIsNotALeakButLocalsOfMainAreNotRoots() {
    Verdict v =
        verdict(
            """
            #include <stdio.h>
            #include <stdlib.h>
            #include <string.h>

            char *saved;
            int counter = 5;

            int main(void) {
                saved = malloc(6);
                strcpy(saved, "hello");
                char *tmp = malloc(3);
                tmp[0] = 'o';
                tmp[1] = 'k';
                tmp[2] = '\\0';
                char *still = malloc(7);
                printf("%s %s %d\\n", saved, tmp, counter);
                tmp = NULL;
                return still == NULL;
            }
            """);
    assertEquals("hello ok 5\n", v.stdout());
    assertEquals(
        List.of(new Leak("H2", 3, true, 11), new Leak("H3", 7, true, 15)), v.leaks().blocks());
  }

  @Test
  void exitKeepsTheLiveStackAsRootsForLeakSanitizer() {
    Verdict v =
        verdict(
            """
            #include <stdio.h>
            #include <stdlib.h>

            void finish(int code) {
                printf("bye\\n");
                exit(code);
            }

            int main(void) {
                int *kept = malloc(sizeof(int));
                *kept = 1;
                int *lost = malloc(8);
                lost = NULL;
                finish(4);
                return 0;
            }
            """);
    assertEquals(Outcome.OK, v.outcome());
    assertEquals(List.of(new Leak("H2", 8, true, 12)), v.leaks().blocks());
    assertEquals(1, v.exit().getAsInt());
    assertEquals("bye\n", v.stdout());
  }

  @Test
  void exitStatusIsMainsValueOrExitsArgumentWhenNothingIsReported() {
    Verdict v =
        verdict(
            """
            #include <stdio.h>
            int square(int x) { return x * x; }
            int main(void) {
                int total = 0;
                for (int i = 1; i <= 4; i++) total += square(i);
                printf("%d\\n", total);
                return total;
            }
            """);
    assertEquals(Outcome.OK, v.outcome());
    assertEquals(30, v.exit().getAsInt());
    assertEquals(
        3,
        verdict(
                """
                #include <stdlib.h>
                int main(void) { exit(3); }
                """)
            .exit()
            .getAsInt());
    assertEquals(255, verdict("int main(void) { return -1; }\n").exit().getAsInt());
  }

  @Test
  void computesGccStructLayoutsAndPrintfFormatting() {
    Verdict v =
        verdict(
            """
            #include <stdio.h>
            #include <stdbool.h>
            #include <stddef.h>

            struct mixed { char c; int i; char d; };
            struct wide { char c; double x; int n; };
            struct ptrs { char tag; char *name; long count; bool ok; };
            typedef struct { int x; int y; } Point;

            Point make(int x, int y) {
                Point p = {x, y};
                return p;
            }

            int main(void) {
                printf("%zu %zu %zu %zu\\n", sizeof(struct mixed), sizeof(struct wide), sizeof(struct ptrs), sizeof(Point));
                Point a = make(3, 4);
                Point b = a;
                b.x = 10;
                Point *pp = &b;
                pp->y += 1;
                printf("%d %d %d %d\\n", a.x, a.y, b.x, pp->y);
                double avg = (a.x + a.y) / 2.0;
                printf("%.2f %5.1f|%-6d|%06.2f\\n", avg, avg, a.x, avg);
                unsigned int u = 3000000000u;
                long big = 1L << 40;
                printf("%u %ld %d\\n", u, big, (int)u);
                char c = 'A' + 2;
                printf("%c%c %d\\n", c, c + 1, c);
                int q = -7 / 2, r = -7 % 2;
                printf("%d %d\\n", q, r);
                size_t n = sizeof(int) * 3;
                printf("%zu %lu\\n", n, n - 1);
                printf("[%5d][%-5d][%05d][%-3s][%3s][%+d][%x][%8.3f][%.0f][%f][%e][%g][%%]\\n",
                       42, 42, 42, "a", "b", 5, 255, 2.5, 2.5, 1.0 / 3, 1e10, 0.0001);
                return 0;
            }
            """);
    assertEquals(Outcome.OK, v.outcome(), () -> v.toString());
    assertEquals(
        "12 24 32 8\n3 4 10 5\n3.50   3.5|3     |003.50\n3000000000 1099511627776 -1294967296\n"
            + "CD 67\n-3 -1\n12 11\n"
            + "[   42][42   ][00042][a  ][  b][+5][ff][   2.500][2][0.333333][1.000000e+10]"
            + "[0.0001][%]\n",
        v.stdout());
    assertEquals(0, v.exit().getAsInt());
  }

  @Test
  void evaluatesCallArgumentsRightToLeftAsGccDoes() {
    Verdict v =
        verdict(
            """
            #include <stdio.h>
            int f(int x) { printf("f%d\\n", x); return x; }
            int main(void) { printf("%d %d\\n", f(1), f(2)); return 7; }
            """);
    assertEquals("f2\nf1\n1 2\n", v.stdout());
    assertEquals(7, v.exit().getAsInt());
  }

  @Test
  void countsMallocOfZeroAsAOneByteLeak() {
    Verdict v =
        verdict(
            """
            #include <stdlib.h>
            int main(void) { char *p = malloc(0); return p == NULL; }
            """);
    assertEquals(1, v.leaks().bytes());
    assertFalse(v.fault().isPresent());
  }

  @Test
  void treatsStdoutBufferingCallsAsNoOpsAndKeepsStderrOutOfStdout() {
    Verdict v =
        verdict(
            """
            #include <stdio.h>
            int main(void) {
                setvbuf(stdout, NULL, _IONBF, 0);
                fprintf(stdout, "out %d\\n", 1);
                fprintf(stderr, "err %d\\n", 2);
                fflush(stdout);
                putchar('!');
                puts("");
                return 0;
            }
            """);
    assertEquals("out 1\n!\n", v.stdout());
  }

  @Test
  void callsAFunctionDeclaredByAPrototypeBeforeItsDefinition() {
    Verdict v =
        verdict(
            """
            int twice(int);
            int main(void) { return twice(21); }
            int twice(int n) { return n * 2; }
            """);
    assertEquals(42, v.exit().getAsInt());
  }
}
