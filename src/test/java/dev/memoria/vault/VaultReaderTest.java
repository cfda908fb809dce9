package dev.memoria.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memoria.config.SiteConfig;
import dev.memoria.core.Diagnostic;
import dev.memoria.core.Diagnostics;
import dev.memoria.core.Lang;
import dev.memoria.core.Severity;
import dev.memoria.vault.SourceNote.LangSource;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultReaderTest {

  @TempDir Path vault;

  private final Diagnostics diagnostics = new Diagnostics();

  private static SiteConfig config(Path vault, Lang defaultLang, List<String> excludes) {
    return new SiteConfig(
        vault,
        Path.of("site"),
        Path.of("theme"),
        Optional.empty(),
        "Test",
        defaultLang,
        excludes,
        false,
        false,
        false,
        dev.memoria.config.CheckSettings.DEFAULTS,
        true);
  }

  private Vault read(List<String> excludes) throws IOException {
    return new VaultReader(config(vault, Lang.EN, excludes)).read(diagnostics);
  }

  private Vault read() throws IOException {
    return read(List.of());
  }

  private Path write(String path, String text) throws IOException {
    return write(path, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String path, byte[] bytes) throws IOException {
    Path file = vault.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  private static List<String> ids(Vault read) {
    return read.notes().stream().map(note -> note.id().path()).toList();
  }

  private static List<String> assetPaths(Vault read) {
    return read.assets().stream().map(Asset::path).toList();
  }

  private static Map<String, SourceNote> byId(Vault read) {
    return read.notes().stream()
        .collect(Collectors.toMap(note -> note.id().path(), Function.identity()));
  }

  private List<String> codes() {
    return diagnostics.all().stream().map(Diagnostic::code).toList();
  }

  @Test
  void readsNotesAndAssetsSortedAndSkipsDotEntriesAndTheConfigFile() throws IOException {
    write("b.md", "b");
    write("a/c.MD", "c");
    write("x.markdown", "x");
    write(".obsidian/workspace.json", "{}");
    write(".obsidian/plugins/p.md", "hidden");
    write(".trash/old.md", "old");
    write(".git/HEAD", "ref");
    write("sub/.hidden.md", "hidden");
    write("img/pic.png", "png");
    write("memoria.yml", "siteTitle: x");
    write("sub/memoria.yml", "an asset like any other");

    Vault read = read();

    assertEquals(vault.toRealPath(), read.root());
    assertEquals(List.of("a/c.MD", "b.md", "x.markdown"), ids(read));
    assertEquals(List.of("img/pic.png", "sub/memoria.yml"), assetPaths(read));
    assertEquals(vault.toRealPath().resolve("img/pic.png"), read.assets().get(0).file());
    assertTrue(diagnostics.all().isEmpty(), diagnostics.all()::toString);
  }

  @Test
  void skipsExcludedFilesAndFolders() throws IOException {
    write("keep.md", "k");
    write("private/a.md", "p");
    write("private/deep/b.png", "p");
    write("notes/x.tmp", "t");
    write("y.tmp", "t");
    write("Templates/t.md", "t");
    write("Templates/sub/u.md", "u");
    write("Templates2/v.md", "v");

    Vault read = read(List.of("private/**", "**/*.tmp", "Templates"));

    assertEquals(List.of("Templates2/v.md", "keep.md"), ids(read));
    assertEquals(List.of(), assetPaths(read));
  }

  @Test
  void skipsBinaryNoteWithWarning() throws IOException {
    write("ok.md", "fine");
    write("bin.md", new byte[] {'P', 'K', 3, 4, 0, 0, 'x'});

    Vault read = read();

    assertEquals(List.of("ok.md"), ids(read));
    Diagnostic d = diagnostics.all().get(0);
    assertEquals("binary-note", d.code());
    assertEquals(Severity.WARNING, d.severity());
    assertEquals(config(vault, Lang.EN, List.of()).displayPath("bin.md"), d.pos().file());
  }

  @Test
  void readsBomAndFrontmatter() throws IOException {
    byte[] text = "---\ntitle: Hola\nlang: es\n---\nCuerpo\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    write("bom.md", withBom);

    SourceNote note = read().notes().get(0);

    assertEquals(Optional.of("Hola"), note.frontmatter().title());
    assertEquals(Lang.ES, note.lang());
    assertEquals(LangSource.FRONTMATTER, note.langSource());
    assertEquals("Cuerpo\n", note.body());
    assertEquals(5, note.bodyLine());
  }

  @Test
  void keepsOriginalLineNumbersInCrlfFiles() throws IOException {
    write(
        "crlf.md", "---\r\ntitle: x\r\ntags: [ok, \"bad tag\"]\r\n---\r\nLine one\r\nLine two\r\n");

    SourceNote note = read().notes().get(0);

    assertEquals("Line one\nLine two\n", note.body());
    assertEquals(5, note.bodyLine());
    assertEquals(List.of("ok"), note.frontmatter().tags());
    Diagnostic d = diagnostics.all().get(0);
    assertEquals("invalid-tag", d.code());
    assertEquals(3, d.pos().line());
  }

  @Test
  void readsLatin1SpanishNoteWithWarning() throws IOException {
    write(
        "latin.md",
        "---\ntitle: Canción\n---\nLa canción está aquí.\n"
            .getBytes(Charset.forName("windows-1252")));

    SourceNote note = read().notes().get(0);

    assertEquals(Optional.of("Canción"), note.frontmatter().title());
    assertEquals("La canción está aquí.\n", note.body());
    Diagnostic d = diagnostics.all().get(0);
    assertEquals("encoding", d.code());
    assertEquals(Severity.WARNING, d.severity());
    assertEquals(2, d.pos().line());
    assertEquals(13, d.pos().column());
  }

  @Test
  void buildsNoteFromBodyWhenFrontmatterIsMalformed() throws IOException {
    write("bad.md", "---\ntitle: ok\ntags: [a, b\nlang: es\n---\n# Heading\n");

    SourceNote note = read().notes().get(0);

    assertEquals(Frontmatter.EMPTY, note.frontmatter());
    assertEquals("# Heading\n", note.body());
    assertEquals(6, note.bodyLine());
    Diagnostic d = diagnostics.all().get(0);
    assertEquals(Severity.ERROR, d.severity());
    assertEquals("frontmatter", d.code());
    assertEquals(note.displayPath(), d.pos().file());
    assertEquals(4, d.pos().line());
    assertEquals(5, d.pos().column());
    assertTrue(d.message().endsWith("; the note is built without its frontmatter"));
  }

  @Test
  void normalisesDecomposedFileNamesToNfcIds() throws IOException {
    write("Gestio\u0301n.md", "x");
    write("ima\u0301genes/foto.png", "png");

    Vault read = read();

    assertEquals(List.of("Gesti\u00F3n.md"), ids(read));
    assertEquals(List.of("im\u00E1genes/foto.png"), assetPaths(read));
    assertTrue(Files.exists(read.assets().get(0).file()));
  }

  @Test
  void settlesLanguageByFrontmatterSuffixFolderDetectionThenDefault() throws IOException {
    String english = "The stack is where the values of a function are stored, and it is fast.";
    String spanish = "La pila es donde se guardan los valores de una función, y es muy rápida.";
    write("es/folder.md", english);
    write("EN/folder.md", spanish);
    write("suffix.es.md", english);
    write("en/suffix-beats-folder.es.md", english);
    write("es/frontmatter.md", "---\nlang: pt-BR\n---\n" + spanish);
    write("detected-es.md", spanish);
    write("detected-en.md", english);
    write("short.md", "# Box<T>");
    write("v1.0.md", english);
    write("Notes.in.md", english);

    Map<String, SourceNote> notes =
        byId(new VaultReader(config(vault, Lang.ES, List.of())).read(diagnostics));

    assertLang(notes.get("es/folder.md"), "es", LangSource.FOLDER);
    assertLang(notes.get("EN/folder.md"), "en", LangSource.FOLDER);
    assertLang(notes.get("suffix.es.md"), "es", LangSource.FILE_SUFFIX);
    assertLang(notes.get("en/suffix-beats-folder.es.md"), "es", LangSource.FILE_SUFFIX);
    assertLang(notes.get("es/frontmatter.md"), "pt-BR", LangSource.FRONTMATTER);
    assertLang(notes.get("detected-es.md"), "es", LangSource.DETECTED);
    assertLang(notes.get("detected-en.md"), "en", LangSource.DETECTED);
    assertLang(notes.get("short.md"), "es", LangSource.DEFAULT);
    assertLang(notes.get("v1.0.md"), "en", LangSource.DETECTED);
    assertLang(notes.get("Notes.in.md"), "en", LangSource.DETECTED);
  }

  private static void assertLang(SourceNote note, String code, LangSource source) {
    assertEquals(code, note.lang().code(), note.id()::path);
    assertEquals(source, note.langSource(), note.id()::path);
  }

  @Test
  void usesFileTimeTruncatedToSecondsOutsideGit() throws IOException {
    Path file = write("n.md", "x");
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-05-06T07:08:09.987Z")));

    SourceNote note = read().notes().get(0);

    assertEquals(Instant.parse("2020-05-06T07:08:09Z"), note.lastModified());
  }

  @Test
  void skipsSymlinksPointingOutsideTheVault(@TempDir Path outside) throws IOException {
    Files.writeString(outside.resolve("secret.md"), "secret");
    Files.createDirectories(outside.resolve("folder"));
    Files.writeString(outside.resolve("folder/other.md"), "other");
    write("inside.md", "inside");
    Files.createSymbolicLink(vault.resolve("secret.md"), outside.resolve("secret.md"));
    Files.createSymbolicLink(vault.resolve("shared"), outside.resolve("folder"));

    Vault read = read();

    assertEquals(List.of("inside.md"), ids(read));
    List<Diagnostic> all = diagnostics.all();
    assertEquals(2, all.size(), all::toString);
    for (Diagnostic d : all) {
      assertEquals("symlink-outside-vault", d.code());
      assertEquals(Severity.WARNING, d.severity());
    }
    assertTrue(all.get(0).pos().file().endsWith("/secret.md"), all.get(0)::format);
    assertTrue(all.get(1).pos().file().endsWith("/shared"), all.get(1)::format);
  }

  @Test
  void endsSymlinkCyclesWithoutReadingAnythingTwice() throws IOException {
    write("a/note.md", "a");
    write("b/note.md", "b");
    Files.createSymbolicLink(vault.resolve("loop"), Path.of("."));
    Files.createSymbolicLink(vault.resolve("a/up"), Path.of(".."));
    Files.createSymbolicLink(vault.resolve("a/to-b"), Path.of("../b"));
    Files.createSymbolicLink(vault.resolve("b/to-a"), Path.of("../a"));
    Files.createSymbolicLink(vault.resolve("self.md"), Path.of("self.md"));

    Vault read = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read());

    assertEquals(List.of("a/note.md", "b/note.md"), ids(read));
    assertEquals(
        List.of(
            "symlink-duplicate",
            "symlink-duplicate",
            "symlink-duplicate",
            "symlink-duplicate",
            "symlink-broken"),
        codes());
  }

  @Test
  void followsSymlinksThatStayInsideTheVault() throws IOException {
    write("real.md", "real");
    write("private/hidden.md", "in an excluded folder");
    Files.createSymbolicLink(vault.resolve("link.md"), Path.of("real.md"));
    Files.createSymbolicLink(vault.resolve("published"), Path.of("private"));

    Vault read = read(List.of("private"));

    // Excludes apply to the path as seen in the vault: linking a folder out of one publishes it.
    assertEquals(List.of("link.md", "published/hidden.md", "real.md"), ids(read));
    assertEquals("real", byId(read).get("link.md").body());
    assertTrue(diagnostics.all().isEmpty(), diagnostics.all()::toString);
  }

  @Test
  void throwsWithThePathWhenTheVaultIsMissing() {
    Path missing = vault.resolve("no-such-vault");
    IOException e =
        assertThrows(
            IOException.class,
            () -> new VaultReader(config(missing, Lang.EN, List.of())).read(diagnostics));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  @Test
  void readsTheRealNotesInTheirLanguages() throws IOException {
    SiteConfig config = config(Path.of("notes"), Lang.EN, List.of());

    Vault read = new VaultReader(config).read(diagnostics);

    Map<String, SourceNote> notes = byId(read);
    assertEquals(5, notes.size(), notes.keySet()::toString);
    SourceNote spanish = notes.get("Gestión de memoria en Rust.md");
    assertLang(spanish, "es", LangSource.DETECTED);
    // Fences on lines 1 and 6 (four YAML lines between); line 7 is a thematic break "---".
    assertEquals(7, spanish.bodyLine());
    assertTrue(spanish.body().startsWith("---\n\nRust tiene un modelo"), spanish.body());
    assertEquals(List.of("basic", "rust", "runtime"), spanish.frontmatter().tags());
    assertEquals("notes/Gestión de memoria en Rust.md", spanish.displayPath());
    for (String english :
        List.of(
            "Memory Management in Rust.md",
            "Rust memory management - CodeSandwich.md",
            "Stack & Heap.md",
            "heap and stack in rust.md")) {
      assertLang(notes.get(english), "en", LangSource.DETECTED);
    }
    assertEquals(
        Optional.of("Rust memory management - CodeSandwich"),
        notes.get("Rust memory management - CodeSandwich.md").frontmatter().title());
    assertFalse(diagnostics.hasErrors(), diagnostics.all()::toString);
    assertTrue(diagnostics.all().isEmpty(), diagnostics.all()::toString);
  }
}
