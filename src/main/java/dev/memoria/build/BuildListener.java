package dev.memoria.build;

/** Hears how far a build is, for progress bars. Calls may come from several threads at once. */
public interface BuildListener {

  /** A stage starts that will handle {@code total} items. */
  void stageStarted(String stage, int total);

  /** One more item of the current stage is done. */
  void advanced();

  /** The build is over (successfully or not). */
  void finished();

  /** A listener that ignores everything. */
  BuildListener NONE =
      new BuildListener() {
        @Override
        public void stageStarted(String stage, int total) {}

        @Override
        public void advanced() {}

        @Override
        public void finished() {}
      };
}
