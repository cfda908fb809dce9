package dev.memoria.build;

import dev.memoria.core.OutputFile;
import dev.memoria.links.NoteGraph;
import dev.memoria.search.SearchIndex;
import dev.memoria.search.SearchIndexer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The index stage on a thread of its own, so the pages are written while the index is built: the
 * one stage waits on the disk, the other on the processors. The index's own work still runs in
 * parallel on the common pool.
 */
final class BackgroundIndex {

  /** The browser index's files, and how long the stage took from its start to its end. */
  record Result(List<OutputFile> files, Duration time) {

    Result {
      files = List.copyOf(files);
    }
  }

  private final FutureTask<Result> task;

  private BackgroundIndex(FutureTask<Result> task) {
    this.task = task;
  }

  /** Starts indexing {@code graph}, which nothing may change while it runs. */
  static BackgroundIndex start(NoteGraph graph) {
    FutureTask<Result> task =
        new FutureTask<>(
            () -> {
              long start = System.nanoTime();
              try (SearchIndex index = new SearchIndexer().index(graph)) {
                List<OutputFile> files = index.browserFiles();
                return new Result(files, Duration.ofNanos(System.nanoTime() - start));
              }
            });
    Thread thread = new Thread(task, "memoria-index");
    // A build that fails meanwhile does not wait for its index before the program exits.
    thread.setDaemon(true);
    thread.start();
    return new BackgroundIndex(task);
  }

  /**
   * Waits for the index.
   *
   * @throws IOException when indexing failed
   */
  Result join() throws IOException {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          // The index is needed to finish the build; the interrupt is kept for the caller.
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static IOException rethrown(Throwable cause) {
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof UncheckedIOException unchecked) {
      return unchecked.getCause();
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IOException("search: indexing failed", cause);
  }
}
