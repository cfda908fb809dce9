package dev.memoria.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.memoria.config.SiteConfig;
import dev.memoria.core.Diagnostics;
import dev.memoria.core.Lang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHistoryTest {

  private static final Instant FIRST = Instant.parse("2021-03-04T05:06:07Z");
  private static final Instant SECOND = Instant.parse("2022-08-09T10:11:12Z");
  private static final Instant EDITED = Instant.parse("2023-01-02T03:04:05.678Z");

  @TempDir Path repo;

  private static boolean gitInstalled() {
    try {
      Process process =
          new ProcessBuilder("git", "--version")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return process.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void git(Instant date, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test"));
    command.addAll(List.of("-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(repo.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().keySet().removeIf(name -> name.startsWith("GIT_"));
    builder.environment().put("GIT_COMMITTER_DATE", date.toString());
    builder.environment().put("GIT_AUTHOR_DATE", date.toString());
    assertEquals(0, builder.start().waitFor(), () -> "git " + String.join(" ", args));
  }

  private Path write(String path, String text) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void takesCommitTimeForCommittedFilesAndFileTimeForChangedOnes() throws Exception {
    assumeTrue(gitInstalled(), "git is not installed");
    write("my vault/Stack & Heap.md", "The stack and the heap.");
    write("my vault/sub/Gestión.md", "Versión uno.");
    write("my vault/changed.md", "committed text");
    write("my vault/img/pic.png", "png");
    write("outside.md", "not in the vault");
    git(FIRST, "init", "-q");
    git(FIRST, "add", ".");
    git(FIRST, "commit", "-q", "-m", "first");
    write("my vault/sub/Gestión.md", "Versión dos.");
    git(SECOND, "commit", "-q", "-a", "-m", "second");
    Files.setLastModifiedTime(
        write("my vault/changed.md", "edited, not committed"), FileTime.from(EDITED));
    Files.setLastModifiedTime(write("my vault/untracked.md", "new"), FileTime.from(EDITED));

    Path vault = repo.resolve("my vault");
    SiteConfig config =
        new SiteConfig(
            vault,
            Path.of("site"),
            Path.of("theme"),
            Optional.empty(),
            "Test",
            Lang.EN,
            List.of(),
            false,
            false,
            false,
            dev.memoria.config.CheckSettings.DEFAULTS,
            true);
    Map<String, SourceNote> notes =
        new VaultReader(config)
            .read(new Diagnostics()).notes().stream()
                .collect(Collectors.toMap(n -> n.id().path(), Function.identity()));

    assertEquals(FIRST, notes.get("Stack & Heap.md").lastModified());
    assertEquals(SECOND, notes.get("sub/Gestión.md").lastModified());
    Instant editedSeconds = Instant.parse("2023-01-02T03:04:05Z");
    assertEquals(editedSeconds, notes.get("changed.md").lastModified());
    assertEquals(editedSeconds, notes.get("untracked.md").lastModified());

    Path stack = vault.resolve("Stack & Heap.md");
    Files.setLastModifiedTime(stack, FileTime.from(EDITED));
    Map<String, SourceNote> withoutGit =
        new VaultReader(config, false)
            .read(new Diagnostics()).notes().stream()
                .collect(Collectors.toMap(n -> n.id().path(), Function.identity()));
    assertEquals(
        editedSeconds,
        withoutGit.get("Stack & Heap.md").lastModified(),
        "a reader told not to ask git dates notes by their file times");
  }

  @Test
  void isEmptyOutsideARepositoryOrWithoutGit(@TempDir Path plain) throws IOException {
    Files.writeString(plain.resolve("a.md"), "a");
    assertEquals(
        Optional.empty(),
        GitHistory.load(plain.toRealPath(), "git-that-does-not-exist", Duration.ofSeconds(5))
            .lastCommit("a.md"));
    assertEquals(Optional.empty(), GitHistory.load(plain.toRealPath()).lastCommit("a.md"));
  }

  @Test
  void parsesLogKeepingTheNewestTimeAndStrippingTheVaultPrefix() {
    String log =
        "\u00011700000000\0\nnotes/Stack & Heap.md\0notes/sub/Gestio\u0301n.md\0other/x.md\0"
            + "\u00011600000000\0\nnotes/Stack & Heap.md\0notes/old.md\0";

    Map<String, Instant> committed = GitHistory.parseLog(log, "notes/");

    assertEquals(
        Map.of(
            "Stack & Heap.md", Instant.ofEpochSecond(1_700_000_000L),
            "sub/Gesti\u00F3n.md", Instant.ofEpochSecond(1_700_000_000L),
            "old.md", Instant.ofEpochSecond(1_600_000_000L)),
        committed);
  }

  @Test
  void parsesStatusIncludingRenamesAndUntrackedFiles() {
    String status =
        " M notes/a b.md\0R  notes/new.md\0notes/old name.md\0?? notes/n\u00E9w.md\0"
            + "?? elsewhere.md\0";

    Set<String> changed = GitHistory.parseStatus(status, "notes/");

    assertEquals(Set.of("a b.md", "new.md", "n\u00E9w.md"), changed);
  }

  @Test
  void ignoresGarbageOutput() {
    assertTrue(GitHistory.parseLog("\u0001not-a-number\0\nx.md\0garbage", "").isEmpty());
    assertTrue(GitHistory.parseStatus("?\0", "").isEmpty());
  }
}
