package dev.memoria.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.core.OutputFile;
import dev.memoria.output.SiteWriter.OutputRefusedException;
import dev.memoria.output.SiteWriter.WriteResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

  @TempDir Path tmp;
  private Path vault;
  private Path home;
  private Path out;

  @BeforeEach
  void createVaultAndHome() throws IOException {
    vault = Files.createDirectories(tmp.resolve("notes"));
    home = Files.createDirectories(tmp.resolve("home"));
    out = tmp.resolve("site");
    Files.writeString(vault.resolve("a.png"), "PNG bytes");
  }

  // ---- Writing as a difference ------------------------------------------------------------------

  @Test
  void firstBuildWritesEveryFileAndTheManifest() throws IOException {
    WriteResult result =
        write(
            page("rust/box.html", "<p>Box</p>"),
            OutputFile.copy("img/a.png", vault.resolve("a.png")),
            page("index.html", "<p>Índice</p>"));

    assertEquals(new WriteResult(3, 0, 0), result);
    assertEquals("<p>Box</p>", read("rust/box.html"));
    assertEquals("<p>Índice</p>", read("index.html"));
    assertEquals("PNG bytes", read("img/a.png"));
    assertEquals(
        """
        # Written by Memoria. Files listed here are replaced or removed by the next build.
        img/a.png
        index.html
        rust/box.html
        """,
        read(SiteWriter.MANIFEST));
    assertEquals(List.of(), stagingFolders());
  }

  @Test
  void identicalSecondBuildWritesNothing() throws IOException {
    List<OutputFile> files =
        List.of(
            page("index.html", "<p>Índice</p>"),
            page("rust/box.html", "<p>Box</p>"),
            OutputFile.copy("img/a.png", vault.resolve("a.png")));
    writer(false).write(files);
    ageEveryFile();

    WriteResult result = writer(false).write(files);

    assertEquals(new WriteResult(0, 3, 0), result);
    for (String path : List.of("index.html", "rust/box.html", "img/a.png", SiteWriter.MANIFEST)) {
      assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve(path)), path);
    }
  }

  @Test
  void changedFileIsRewrittenAndOthersAreLeftAlone() throws IOException {
    write(page("index.html", "old"), page("rust/box.html", "<p>Box</p>"));
    ageEveryFile();

    WriteResult result = write(page("index.html", "new"), page("rust/box.html", "<p>Box</p>"));

    assertEquals(new WriteResult(1, 1, 0), result);
    assertEquals("new", read("index.html"));
    assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("rust/box.html")));
  }

  @Test
  void sameSizeDifferentBytesCountsAsChanged() throws IOException {
    write(page("a.html", "abc"), OutputFile.copy("a.png", vault.resolve("a.png")));
    Files.writeString(vault.resolve("a.png"), "PNG BYTES");

    WriteResult result =
        write(page("a.html", "abd"), OutputFile.copy("a.png", vault.resolve("a.png")));

    assertEquals(new WriteResult(2, 0, 0), result);
    assertEquals("abd", read("a.html"));
    assertEquals("PNG BYTES", read("a.png"));
  }

  @Test
  void fileOfDeletedNoteAndItsEmptiedFoldersDisappear() throws IOException {
    write(page("index.html", "i"), page("rust/memory/box.html", "b"), page("c/x.html", "x"));

    WriteResult result = write(page("index.html", "i"), page("c/y.html", "y"));

    assertEquals(new WriteResult(1, 1, 2), result);
    assertFalse(Files.exists(out.resolve("rust")));
    assertFalse(Files.exists(out.resolve("c/x.html")));
    assertEquals("y", read("c/y.html"));
    assertEquals(
        List.of("c/y.html", "index.html"), manifestEntries(), "the manifest follows the build");
  }

  @Test
  void userFilesNotInTheManifestAreKept() throws IOException {
    write(page("index.html", "i"), page("rust/box.html", "b"));
    Files.writeString(out.resolve("CNAME"), "example.org");
    Files.createDirectories(out.resolve(".git"));
    Files.writeString(out.resolve(".git/config"), "[core]");
    Files.writeString(out.resolve("rust/mine.txt"), "mine");

    WriteResult result = write(page("index.html", "i"));

    assertEquals(new WriteResult(0, 1, 1), result);
    assertEquals("example.org", read("CNAME"));
    assertEquals("[core]", read(".git/config"));
    assertEquals("mine", read("rust/mine.txt"));
    assertFalse(Files.exists(out.resolve("rust/box.html")));
  }

  @Test
  void pageReplacingAFileOfTheUserOverwritesItInAFolderMemoriaOwns() throws IOException {
    write(page("index.html", "i"));
    Files.writeString(out.resolve("about.html"), "hand-made");

    write(page("index.html", "i"), page("about.html", "generated"));

    assertEquals("generated", read("about.html"));
    assertEquals(List.of("about.html", "index.html"), manifestEntries());
  }

  @Test
  void manifestDoesNotDependOnTheOrderOfFiles() throws IOException {
    write(page("b.html", "b"), page("a/c.html", "c"), page("a.html", "a"));
    String first = read(SiteWriter.MANIFEST);
    deleteTree(out);

    write(page("a.html", "a"), page("b.html", "b"), page("a/c.html", "c"));

    assertEquals(first, read(SiteWriter.MANIFEST));
  }

  @Test
  void missingOutputFolderAndItsParentsAreCreated() throws IOException {
    out = tmp.resolve("deep/er/site");

    assertEquals(new WriteResult(1, 0, 0), write(page("index.html", "i")));
    assertEquals("i", read("index.html"));
  }

  @Test
  void emptyExistingFolderIsAccepted() throws IOException {
    Files.createDirectories(out);

    assertEquals(new WriteResult(1, 0, 0), write(page("index.html", "i")));
  }

  @Test
  void pageAndFolderOfTheSameNameCanSwitch() throws IOException {
    write(page("a.html", "a"), page("x", "x as a file"));
    ageEveryFile();

    WriteResult toFolder =
        write(page("a.html", "a"), page("a/b.html", "b"), page("x/index.html", "x"));

    assertEquals(new WriteResult(2, 1, 1), toFolder);
    assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("a.html")));
    assertEquals("b", read("a/b.html"));
    assertTrue(Files.isDirectory(out.resolve("x")));
    assertEquals("x", read("x/index.html"));

    WriteResult toFile = write(page("a.html", "a"), page("x", "x as a file again"));

    assertEquals(new WriteResult(1, 1, 2), toFile);
    assertTrue(Files.isRegularFile(out.resolve("x")));
    assertEquals("x as a file again", read("x"));
    assertFalse(Files.exists(out.resolve("a")));
    assertEquals(List.of("a.html", "x"), manifestEntries());
  }

  @Test
  void pathsDifferingOnlyInCaseReplaceEachOther() throws IOException {
    write(page("Rust/Box.html", "old"));

    WriteResult result = write(page("rust/box.html", "new"));

    assertEquals("new", read("rust/box.html"));
    assertEquals(List.of("rust/box.html"), manifestEntries());
    assertEquals(1, result.written());
    if (!Files.exists(out.resolve("Rust/Box.html"))) {
      // A case-sensitive file system: the old spelling was a different file, now removed.
      assertEquals(1, result.removed());
    }
  }

  // ---- Atomicity ----------------------------------------------------------------------------

  @Test
  void failureWhileStagingLeavesTheOutputUntouched() throws IOException {
    write(page("index.html", "i"), page("rust/box.html", "b"), page("old.html", "o"));
    Files.writeString(out.resolve("CNAME"), "example.org");
    SortedMap<String, String> before = snapshot(out);

    IOException e =
        assertThrows(
            IOException.class,
            () ->
                write(
                    page("index.html", "changed"),
                    page("new/page.html", "n"),
                    OutputFile.copy("img/gone.png", vault.resolve("gone.png"))));

    assertFalse(e instanceof OutputRefusedException);
    assertTrue(e.getMessage().contains("img/gone.png"), e.getMessage());
    assertEquals(before, snapshot(out));
    assertEquals(List.of(), stagingFolders());
  }

  @Test
  void stagingFolderOfAKilledRunIsRemoved() throws IOException {
    write(page("index.html", "i"));
    Path leftover = Files.createDirectories(tmp.resolve(".site.memoria-staging-1234567"));
    Files.writeString(leftover.resolve("0"), "half a page");
    Path inside = Files.createDirectories(out.resolve(".site.memoria-staging-89"));
    Files.writeString(inside.resolve("0"), "half a page");
    Path otherSite = Files.createDirectories(tmp.resolve(".site2.memoria-staging-1"));

    write(page("index.html", "i"));

    assertFalse(Files.exists(leftover));
    assertFalse(Files.exists(inside));
    assertTrue(Files.exists(otherSite), "the staging folder of another output folder is kept");
  }

  @Test
  void stagingInsideTheOutputLeavesNoTrace() throws IOException {
    SiteWriter inside =
        new SiteWriter(out, vault, false, Optional.of(home), SiteWriter.Staging.INSIDE);
    inside.write(List.of(page("index.html", "i"), page("rust/box.html", "b")));

    WriteResult result = inside.write(List.of(page("index.html", "i2")));

    assertEquals(new WriteResult(1, 0, 1), result);
    assertEquals(List.of("index.html"), manifestEntries());
    try (Stream<Path> entries = Files.list(out)) {
      assertEquals(
          List.of(SiteWriter.MANIFEST, "index.html"),
          entries.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  // ---- Refusals -----------------------------------------------------------------------------

  @Test
  void refusesTheVault() throws IOException {
    out = vault;
    assertRefused(writer(true), "it is the vault");
  }

  @Test
  void refusesAFolderInsideTheVault() throws IOException {
    out = vault.resolve("site");
    assertRefused(writer(true), "it is inside the vault");
    assertFalse(Files.exists(out));
  }

  @Test
  void refusesAFolderContainingTheVault() throws IOException {
    out = tmp;
    assertRefused(writer(true), "it contains the vault");
  }

  @Test
  void refusesALinkToTheVault() throws IOException {
    out = Files.createSymbolicLink(tmp.resolve("site"), vault);
    assertRefused(writer(true), "it is the vault");
  }

  @Test
  void refusesTheFileSystemRoot() throws IOException {
    out = tmp.getRoot();
    assertRefused(writer(false), "it is the root of the file system");
  }

  @Test
  void refusesTheHomeFolderAndFoldersAboveIt() throws IOException {
    out = home;
    assertRefused(writer(true), "it is your home folder");
    Path nestedHome = Files.createDirectories(tmp.resolve("users/me"));
    out = tmp.resolve("users");
    assertRefused(
        new SiteWriter(out, vault, true, Optional.of(nestedHome), SiteWriter.Staging.BESIDE),
        "it contains your home folder");
  }

  @Test
  void refusesTheRealHomeFolder() {
    out = Path.of(System.getProperty("user.home"));
    // force stays off, so even a broken home check could not write into the real home folder.
    OutputRefusedException e =
        assertThrows(
            OutputRefusedException.class, () -> new SiteWriter(out, vault, false).write(List.of()));
    assertTrue(
        e.getMessage().contains("home folder") || e.getMessage().contains("root of the file"),
        e.getMessage());
  }

  @Test
  void refusesAFolderWithFilesMemoriaDidNotCreate() throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve("thesis.docx"), "years of work");

    OutputRefusedException e =
        assertRefused(writer(false), "it holds files Memoria did not create");
    assertEquals(
        "refusing to write to \""
            + out
            + "\": it holds files Memoria did not create; choose an empty folder or pass --force",
        e.getMessage());
  }

  @Test
  void writesIntoAForeignFolderWithForceAndKeepsItsFiles() throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve("thesis.docx"), "years of work");

    WriteResult result = writer(true).write(List.of(page("index.html", "i")));

    assertEquals(new WriteResult(1, 0, 0), result);
    assertEquals("years of work", read("thesis.docx"));
    assertEquals(List.of("index.html"), manifestEntries());
    // The manifest now marks the folder as Memoria's: no --force needed any more.
    assertEquals(new WriteResult(0, 1, 0), write(page("index.html", "i")));
  }

  @Test
  void refusesAnOutputThatIsAFile() throws IOException {
    Files.writeString(out, "not a folder");
    assertRefused(writer(true), "it is a file, not a folder");
  }

  @Test
  void checkOutputRefusesWithoutWriting() throws IOException {
    out = vault;
    assertThrows(OutputRefusedException.class, () -> writer(false).checkOutput());
    out = tmp.resolve("site");
    writer(false).checkOutput();
    assertFalse(Files.exists(out));
  }

  @Test
  void refusesToReplaceAFileOfTheUserWithAFolder() throws IOException {
    write(page("index.html", "i"));
    Files.writeString(out.resolve("rust"), "my notes");
    SortedMap<String, String> before = snapshot(out);

    OutputRefusedException e =
        assertThrows(
            OutputRefusedException.class,
            () -> write(page("index.html", "changed"), page("rust/box.html", "b")));

    assertTrue(e.getMessage().contains("needs a folder at \"" + out + "/rust\""), e.getMessage());
    assertEquals(before, snapshot(out));
    assertEquals(List.of(), stagingFolders());
  }

  @Test
  void refusesToReplaceAFolderHoldingUserFilesWithAFile() throws IOException {
    write(page("x/index.html", "x"));
    Files.writeString(out.resolve("x/mine.txt"), "mine");
    SortedMap<String, String> before = snapshot(out);

    OutputRefusedException e =
        assertThrows(OutputRefusedException.class, () -> write(page("x", "x as a file")));

    assertTrue(e.getMessage().contains("\"x/mine.txt\""), e.getMessage());
    assertEquals(before, snapshot(out));
    assertEquals(List.of(), stagingFolders());
  }

  // ---- Never outside the output folder ------------------------------------------------------

  @Test
  void staleEntryBehindALinkIsNotFollowed() throws IOException {
    write(page("index.html", "i"));
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("x.html"), "precious");
    Files.createSymbolicLink(out.resolve("link"), elsewhere);
    Files.writeString(
        out.resolve(SiteWriter.MANIFEST),
        SiteWriter.MANIFEST_HEADER + "\nindex.html\nlink/x.html\n../elsewhere/x.html\n");

    WriteResult result = write(page("index.html", "i"));

    assertEquals(0, result.removed());
    assertEquals("precious", Files.readString(elsewhere.resolve("x.html")));
    assertTrue(Files.isSymbolicLink(out.resolve("link")));
  }

  @Test
  void linkWherePageGoesIsReplacedNotWrittenThrough() throws IOException {
    write(page("index.html", "i"));
    Path elsewhere = Files.writeString(tmp.resolve("elsewhere.html"), "precious");
    Files.createSymbolicLink(out.resolve("page.html"), elsewhere);

    write(page("index.html", "i"), page("page.html", "generated"));

    assertFalse(Files.isSymbolicLink(out.resolve("page.html")));
    assertEquals("generated", read("page.html"));
    assertEquals("precious", Files.readString(elsewhere));
  }

  @Test
  void linkedFolderWhereSiteNeedsAFolderIsRefused() throws IOException {
    write(page("index.html", "i"));
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.createSymbolicLink(out.resolve("rust"), elsewhere);

    assertThrows(OutputRefusedException.class, () -> write(page("rust/box.html", "b")));
    assertFalse(Files.exists(elsewhere.resolve("box.html")));
  }

  // ---- Bugs of earlier stages ---------------------------------------------------------------

  @Test
  void rejectsTwoFilesForOnePath() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> write(page("a.html", "1"), page("a.html", "2")));
    assertTrue(e.getMessage().contains("\"a.html\" and \"a.html\""), e.getMessage());
    assertFalse(Files.exists(out));
  }

  @Test
  void rejectsTwoFilesWhosePathsDifferOnlyInCase() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> write(page("rust/box.html", "1"), page("Rust/Box.html", "2")));
    assertTrue(e.getMessage().contains("\"Rust/Box.html\" and \"rust/box.html\""), e.getMessage());
  }

  @Test
  void rejectsAPathThatIsBothFileAndFolder() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> write(page("a/b.html", "1"), page("A", "2")));
    assertTrue(e.getMessage().contains("\"A\" and \"a/b.html\""), e.getMessage());
  }

  @Test
  void rejectsFilesNamedLikeMemoriasBookkeeping() {
    assertThrows(IllegalArgumentException.class, () -> write(page(".memoria-site", "x")));
    assertThrows(
        IllegalArgumentException.class, () -> write(page(".site.memoria-staging-1/x", "x")));
  }

  // ---- Files that come later ----------------------------------------------------------------

  @Test
  void filesThatComeLaterLandAsIfTheyHadBeenGivenFirst() throws IOException {
    write(page("index.html", "old"), page("search/a.js", "a"), page("old.html", "gone"));
    ageEveryFile();
    SiteWriter writer = writer(false);

    WriteResult result =
        writer.write(
            List.of(page("rust/box.html", "<p>Box</p>"), page("index.html", "new")),
            () -> List.of(page("search/a.js", "a"), page("search/b.js", "b")));

    assertEquals(new WriteResult(3, 1, 1), result);
    assertEquals("new", read("index.html"));
    assertEquals("<p>Box</p>", read("rust/box.html"));
    assertEquals("b", read("search/b.js"));
    assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("search/a.js")));
    assertFalse(Files.exists(out.resolve("old.html")));
    assertEquals(
        List.of("index.html", "rust/box.html", "search/a.js", "search/b.js"), manifestEntries());
    assertEquals(List.of(), stagingFolders());
  }

  @Test
  void laterFilesThatFailLeaveTheOutputAsItWas() throws IOException {
    IOException failure =
        assertFailsUntouched(
            IOException.class,
            List.of(page("index.html", "changed"), page("new.html", "n")),
            () -> {
              throw new IOException("the index could not be built");
            });
    assertEquals("the index could not be built", failure.getMessage());
  }

  @Test
  void laterFilesAreCheckedAgainstTheFirstOnesBeforeAnythingMoves() throws IOException {
    assertLaterFileRefused(
        page("Search.html", "page"),
        page("search.html", "index"),
        "\"Search.html\" and \"search.html\"");
  }

  @Test
  void aLaterFileCannotMakeAFolderOfAFirstFile() throws IOException {
    assertLaterFileRefused(
        page("search", "page"), page("Search/a.js", "index"), "\"Search/a.js\" and \"search\"");
  }

  @Test
  void aLaterFileCannotStandWhereFirstFilesNeedAFolder() throws IOException {
    assertLaterFileRefused(
        page("search/a.js", "index"), page("SEARCH", "page"), "\"SEARCH\" and \"search/a.js\"");
  }

  /**
   * Writes {@code first} and a changed page, then {@code later}, expecting the two to be refused
   * with a message naming {@code pair} and nothing touched.
   */
  private void assertLaterFileRefused(OutputFile first, OutputFile later, String pair)
      throws IOException {
    IllegalArgumentException clash =
        assertFailsUntouched(
            IllegalArgumentException.class,
            List.of(first, page("index.html", "changed")),
            () -> List.of(later));
    assertTrue(clash.getMessage().contains(pair), clash.getMessage());
  }

  /**
   * Writes {@code first} and then {@code later} over a one-page site, expecting {@code failure}:
   * the site and its folder must be as they were, with no staging folder left.
   */
  private <T extends Throwable> T assertFailsUntouched(
      Class<T> failure, List<OutputFile> first, SiteWriter.Later later) throws IOException {
    write(page("index.html", "i"));
    SortedMap<String, String> before = snapshot(out);
    T thrown = assertThrows(failure, () -> writer(false).write(first, later));
    assertEquals(before, snapshot(out));
    assertEquals(List.of(), stagingFolders());
    return thrown;
  }

  // ---- Helpers ------------------------------------------------------------------------------

  private SiteWriter writer(boolean force) {
    return new SiteWriter(out, vault, force, Optional.of(home), SiteWriter.Staging.BESIDE);
  }

  private WriteResult write(OutputFile... files) throws IOException {
    return writer(false).write(List.of(files));
  }

  private static OutputFile page(String path, String html) {
    return OutputFile.text(path, html);
  }

  private String read(String path) throws IOException {
    return Files.readString(out.resolve(path), StandardCharsets.UTF_8);
  }

  private List<String> manifestEntries() throws IOException {
    return read(SiteWriter.MANIFEST).lines().filter(line -> !line.startsWith("#")).toList();
  }

  private OutputRefusedException assertRefused(SiteWriter writer, String why) throws IOException {
    SortedMap<String, String> before = snapshot(tmp);
    OutputRefusedException e =
        assertThrows(
            OutputRefusedException.class, () -> writer.write(List.of(page("index.html", "i"))));
    assertTrue(e.getMessage().startsWith("refusing to write to \""), e.getMessage());
    assertTrue(e.getMessage().contains(why), e.getMessage());
    assertEquals(before, snapshot(tmp), "nothing was touched");
    return e;
  }

  private List<String> stagingFolders() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path folder : List.of(tmp, out)) {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> entries = Files.list(folder)) {
          entries
              .map(p -> p.getFileName().toString())
              .filter(name -> name.contains("memoria-staging"))
              .forEach(found::add);
        }
      }
    }
    return found;
  }

  private void ageEveryFile() throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, LONG_AGO);
      }
    }
  }

  /** Every entry under {@code root}: kind, modification time and content, by relative path. */
  private static SortedMap<String, String> snapshot(Path root) throws IOException {
    SortedMap<String, String> entries = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path path : all.toList()) {
        BasicFileAttributes attributes =
            Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String kind;
        if (attributes.isSymbolicLink()) {
          kind = "link " + Files.readSymbolicLink(path);
        } else if (attributes.isDirectory()) {
          kind = "folder";
        } else {
          kind = "file " + Base64.getEncoder().encodeToString(Files.readAllBytes(path));
        }
        entries.put(root.relativize(path).toString(), kind + " " + attributes.lastModifiedTime());
      }
    }
    return entries;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
