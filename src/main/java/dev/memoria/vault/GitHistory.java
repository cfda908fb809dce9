package dev.memoria.vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * When each file of a vault kept in git was last committed, read with three git commands for the
 * whole vault (never one per file: 10,000 processes would cost minutes).
 *
 * <p>A file with uncommitted changes, or never committed, has no time here and the caller falls
 * back to the file time. Any failure (git missing, no repository, timeout, odd output) gives an
 * empty history: dates are a nicety and must never break a build.
 */
final class GitHistory {

  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static final GitHistory NONE = new GitHistory(Map.of(), Set.of());
  private static final char COMMIT_MARK = '\u0001';

  /** Vault-relative path (NFC) to the committer time of the newest commit that touched it. */
  private final Map<String, Instant> committed;

  /** Vault-relative paths (NFC) that git status lists: modified, added, renamed or untracked. */
  private final Set<String> changed;

  private GitHistory(Map<String, Instant> committed, Set<String> changed) {
    this.committed = Map.copyOf(committed);
    this.changed = Set.copyOf(changed);
  }

  /** A history that knows no file, for vaults outside git. */
  static GitHistory none() {
    return NONE;
  }

  /** The history of the vault at {@code vault} (a real path), using {@code git} from PATH. */
  static GitHistory load(Path vault) {
    return load(vault, "git", TIMEOUT);
  }

  /** The history read with the given git executable, each command limited to {@code timeout}. */
  static GitHistory load(Path vault, String git, Duration timeout) {
    try {
      Optional<String> where =
          run(vault, timeout, git, "rev-parse", "--is-inside-work-tree", "--show-prefix");
      if (where.isEmpty() || !where.get().startsWith("true\n")) {
        return NONE;
      }
      // The vault's folder inside the repository, "" or "notes/": git prints repository paths.
      String prefix = where.get().substring("true\n".length()).strip();
      if (!prefix.isEmpty() && !prefix.endsWith("/")) {
        prefix = prefix + "/";
      }
      Optional<String> log =
          run(
              vault,
              timeout,
              git,
              "-c",
              "core.quotePath=false",
              "-c",
              "log.showSignature=false",
              "-c",
              "color.ui=false",
              "log",
              "--format=%x01%ct",
              "--name-only",
              "-z",
              "--",
              ".");
      Optional<String> status =
          run(
              vault,
              timeout,
              git,
              "-c",
              "core.quotePath=false",
              "status",
              "--porcelain",
              "-z",
              "--untracked-files=all",
              "--",
              ".");
      if (log.isEmpty() || status.isEmpty()) {
        return NONE;
      }
      return new GitHistory(parseLog(log.get(), prefix), parseStatus(status.get(), prefix));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return NONE;
    } catch (IOException | RuntimeException e) {
      return NONE;
    }
  }

  /** The last commit time of an unchanged committed file; empty when the file time must serve. */
  Optional<Instant> lastCommit(String vaultPath) {
    if (changed.contains(vaultPath)) {
      return Optional.empty();
    }
    return Optional.ofNullable(committed.get(vaultPath));
  }

  /**
   * Reads {@code log -z --format=%x01%ct --name-only}: fields separated by NUL, a commit field
   * {@code \u0001<seconds>}, then its paths, the first preceded by a newline. Newest commits come
   * first, so the first time a path appears is its last change.
   */
  static Map<String, Instant> parseLog(String output, String prefix) {
    Map<String, Instant> committed = new HashMap<>();
    Instant current = null;
    for (String field : output.split("\0")) {
      if (!field.isEmpty() && field.charAt(0) == COMMIT_MARK) {
        try {
          current = Instant.ofEpochSecond(Long.parseLong(field.substring(1).strip()));
        } catch (NumberFormatException e) {
          current = null;
        }
        continue;
      }
      String path = field.startsWith("\n") ? field.substring(1) : field;
      Optional<String> vaultPath = vaultPath(path, prefix);
      if (current != null && vaultPath.isPresent()) {
        committed.putIfAbsent(vaultPath.get(), current);
      }
    }
    return committed;
  }

  /** Reads {@code status --porcelain -z}: {@code XY path}, with a renamed entry's source after. */
  static Set<String> parseStatus(String output, String prefix) {
    Set<String> changed = new HashSet<>();
    String[] fields = output.split("\0");
    for (int i = 0; i < fields.length; i++) {
      String field = fields[i];
      if (field.length() < 4) {
        continue;
      }
      vaultPath(field.substring(3), prefix).ifPresent(changed::add);
      if ("RC".indexOf(field.charAt(0)) >= 0 || "RC".indexOf(field.charAt(1)) >= 0) {
        i++;
      }
    }
    return changed;
  }

  private static Optional<String> vaultPath(String repoPath, String prefix) {
    if (repoPath.isEmpty()
        || !repoPath.startsWith(prefix)
        || repoPath.length() == prefix.length()) {
      return Optional.empty();
    }
    return Optional.of(
        Normalizer.normalize(repoPath.substring(prefix.length()), Normalizer.Form.NFC));
  }

  /** Runs git in {@code folder}; empty unless it exits with 0 within the timeout. */
  private static Optional<String> run(Path folder, Duration timeout, String git, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(git));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    // A GIT_DIR or GIT_INDEX_FILE inherited from a hook would point git at another repository.
    builder.environment().keySet().removeIf(name -> name.startsWith("GIT_"));
    builder.environment().put("GIT_OPTIONAL_LOCKS", "0");
    builder.environment().put("GIT_TERMINAL_PROMPT", "0");
    Process process = builder.start();
    try {
      process.getOutputStream().close();
      // Read while git runs: a full pipe would otherwise block git until the timeout.
      FutureTask<byte[]> output = new FutureTask<>(() -> process.getInputStream().readAllBytes());
      Thread reader = new Thread(output, "memoria-git-output");
      reader.setDaemon(true);
      reader.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
        return Optional.empty();
      }
      return Optional.of(
          new String(
              output.get(timeout.toMillis(), TimeUnit.MILLISECONDS), StandardCharsets.UTF_8));
    } catch (ExecutionException | TimeoutException e) {
      return Optional.empty();
    } finally {
      process.destroyForcibly();
    }
  }
}
