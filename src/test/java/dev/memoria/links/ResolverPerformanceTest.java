package dev.memoria.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.core.Diagnostics;
import dev.memoria.core.NoteId;
import dev.memoria.markdown.ParsedNote;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The resolver must stay linear: a 10,000-note vault is resolved well within a second. */
class ResolverPerformanceTest {

  private static final int NOTES = 10_000;
  private static final int LINKS = 10;

  @Test
  void resolvesTenThousandNotesWithTenLinksEachWellUnderASecond() {
    List<ParsedNote> notes = new ArrayList<>(NOTES);
    for (int i = 0; i < NOTES; i++) {
      NoteFixture note =
          NoteFixture.note("Folder " + (i % 100) + "/Sub " + (i % 7) + "/Note " + i + ".md")
              .heading(1, "Title " + i, "title")
              .heading(2, "Section: details?", "section")
              .blocks("b" + i)
              .tags("topic/" + (i % 50))
              .aliases("Alias " + i);
      for (int k = 0; k < LINKS; k++) {
        int target = (i * 31 + k * 977) % NOTES;
        note.links(
            switch (k % 5) {
              case 0 -> "Note " + target;
              case 1 -> "Note " + target + "#Section details";
              case 2 -> "Sub " + (target % 7) + "/Note " + target + "#^b" + target;
              case 3 -> "alias " + target;
              default -> "Missing " + target;
            });
      }
      notes.add(note.build());
    }
    // Several same-named notes in every folder, the common "index" pattern.
    for (int f = 0; f < 100; f++) {
      notes.add(NoteFixture.note("Folder " + f + "/index.md").links("index", "index#x").build());
    }
    LinkResolver resolver = new LinkResolver(Fixture.CONFIG);

    // CPU time of this thread (the resolver is single-threaded), best of three: other builds on a
    // busy machine do not fail the test, while an O(n²) step would still take many seconds.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    NoteGraph graph = null;
    for (int run = 0; run < 3; run++) {
      long start = threads.getCurrentThreadCpuTime();
      graph = resolver.resolve(notes, List.of(), new Diagnostics());
      best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / 1_000_000);
    }

    assertEquals(NOTES + 100, graph.notes().size());
    assertEquals(NOTES + 100, graph.pageUrls().size());
    var section =
        graph.resolve(
            new NoteId("Folder 1/Sub 1/Note 1.md"), NoteFixture.key("Note 1008#Section details"));
    assertEquals(
        new Resolution.ToNote(
            new NoteId("Folder 8/Sub 0/Note 1008.md"),
            Optional.of("section"),
            Resolution.SubpathStatus.FOUND,
            false,
            List.of()),
        section);
    assertTrue(best < 1000, "resolving took " + best + " ms of CPU");
  }
}
