package dev.memoria.cli;

import dev.memoria.build.BuildListener;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on the terminal for builds of large vaults (progressbar library). Only used when
 * standard error is a terminal, so logs and CI output stay plain.
 */
final class TerminalProgress implements BuildListener {

  /** Below this many notes a build is over before a bar would be readable. */
  static final int THRESHOLD = 500;

  private volatile ProgressBar bar;

  @Override
  public synchronized void stageStarted(String stage, int total) {
    closeBar();
    if (total >= THRESHOLD) {
      bar =
          new ProgressBarBuilder()
              .setTaskName(stage)
              .setInitialMax(total)
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(100)
              .continuousUpdate()
              .build();
    }
  }

  @Override
  public void advanced() {
    ProgressBar current = bar;
    if (current != null) {
      current.step();
    }
  }

  @Override
  public synchronized void finished() {
    closeBar();
  }

  private void closeBar() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
