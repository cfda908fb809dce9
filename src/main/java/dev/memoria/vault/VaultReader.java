package dev.memoria.vault;

import dev.memoria.config.SiteConfig;
import dev.memoria.core.Diagnostics;
import dev.memoria.core.Lang;
import dev.memoria.core.NoteId;
import dev.memoria.core.SourcePos;
import dev.memoria.vault.SourceNote.LangSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Stage 1, read: lists the vault, decodes every note, splits off and reads its frontmatter, and
 * settles its language and last-modified time.
 *
 * <p>Problems in single files are reported to {@link Diagnostics} and the rest of the vault is
 * still read; only a vault folder that cannot be read at all is an exception.
 */
public final class VaultReader {

  /**
   * Two-letter ISO 639-1 codes a file suffix or top folder may name. The withdrawn codes Java still
   * lists ({@code in}, {@code iw}, {@code ji}) are left out: "in" is far likelier a word.
   */
  private static final Set<String> ISO_LANGUAGES =
      Arrays.stream(Locale.getISOLanguages())
          .filter(code -> code.length() == 2)
          .filter(code -> !Set.of("in", "iw", "ji").contains(code))
          .collect(Collectors.toUnmodifiableSet());

  /** Runs git beside the note reading, on its own thread, so the two costs overlap. */
  private static final Executor GIT_THREAD =
      task -> {
        Thread thread = new Thread(task, "memoria-git");
        thread.setDaemon(true);
        thread.start();
      };

  private final SiteConfig config;
  private final boolean gitDates;
  private final FrontmatterParser frontmatterParser = new FrontmatterParser();

  /** A reader that dates notes from git history when the vault is in a git work tree. */
  public VaultReader(SiteConfig config) {
    this(config, true);
  }

  /**
   * A reader that may skip git history: {@code check} shows no dates, and {@code git log} over a
   * long history can take seconds. Without it, notes are dated by their file times.
   */
  public VaultReader(SiteConfig config, boolean gitDates) {
    this.config = config;
    this.gitDates = gitDates;
  }

  /**
   * Reads every note and asset of the vault; notes sorted by id, assets by path.
   *
   * @throws IOException when the vault folder is missing or cannot be listed
   */
  public Vault read(Diagnostics diagnostics) throws IOException {
    Path root = realVault();
    CompletableFuture<GitHistory> history =
        gitDates
            ? CompletableFuture.supplyAsync(() -> GitHistory.load(root), GIT_THREAD)
            : CompletableFuture.completedFuture(GitHistory.none());
    VaultWalker.Listing listing;
    try {
      listing = new VaultWalker(root, config, diagnostics).walk();
    } catch (IOException e) {
      throw new IOException("vault: cannot list the vault folder " + config.vault() + ": " + e, e);
    }
    List<SourceNote> read =
        listing.notes().parallelStream()
            .map(file -> read(file, config.displayPath(file.path()), diagnostics))
            .flatMap(Optional::stream)
            .toList();
    GitHistory git = history.exceptionally(failure -> GitHistory.none()).join();
    List<SourceNote> notes =
        read.stream()
            .map(note -> withGitTime(note, git))
            .sorted(Comparator.comparing(SourceNote::id))
            .toList();
    List<Asset> assets =
        listing.assets().stream().map(file -> new Asset(file.path(), file.file())).toList();
    return new Vault(root, notes, assets);
  }

  private Path realVault() throws IOException {
    Path root;
    try {
      root = config.vault().toRealPath();
    } catch (IOException e) {
      throw new IOException("vault: cannot read the vault folder " + config.vault() + ": " + e, e);
    }
    if (!Files.isDirectory(root)) {
      throw new IOException("vault: " + config.vault() + " is not a folder");
    }
    return root;
  }

  /**
   * Reads one Markdown file on its own, for commands given a note's path rather than a vault; it is
   * named in messages as given. Empty when it cannot be read as a note (reported).
   */
  public Optional<SourceNote> readNote(Path file, Diagnostics diagnostics) {
    Path name = file.getFileName();
    Instant modified;
    try {
      modified = Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      modified = Instant.EPOCH;
    }
    return read(
        new VaultWalker.Found(name == null ? "note.md" : name.toString(), file, modified),
        file.toString(),
        diagnostics);
  }

  private Optional<SourceNote> read(
      VaultWalker.Found file, String displayPath, Diagnostics diagnostics) {
    NoteId id = new NoteId(file.path());
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file.file());
    } catch (IOException e) {
      diagnostics.warning(
          "unreadable",
          SourcePos.ofFile(displayPath),
          "cannot read the note (" + e + "); it is skipped. Check its permissions");
      return Optional.empty();
    }
    if (NoteDecoder.looksBinary(bytes)) {
      diagnostics.warning(
          "binary-note",
          SourcePos.ofFile(displayPath),
          "the file looks binary (it contains a NUL byte), not like Markdown text; it is skipped."
              + " Give it another extension if it is not a note");
      return Optional.empty();
    }
    String text = NoteDecoder.decode(bytes, displayPath, diagnostics);
    FrontmatterParser.Result parsed = frontmatterParser.parse(text, displayPath, diagnostics);
    Frontmatter frontmatter = parsed.frontmatter();
    Language language = language(id, frontmatter, parsed.body());
    return Optional.of(
        new SourceNote(
            id,
            displayPath,
            parsed.body(),
            parsed.bodyLine(),
            frontmatter,
            language.lang(),
            language.source(),
            file.modified()));
  }

  private record Language(Lang lang, LangSource source) {}

  /** Frontmatter, then file suffix, then top folder, then the text, then the site default. */
  private Language language(NoteId id, Frontmatter frontmatter, String body) {
    if (frontmatter.lang().isPresent()) {
      return new Language(frontmatter.lang().get(), LangSource.FRONTMATTER);
    }
    String baseName = id.baseName();
    int dot = baseName.lastIndexOf('.');
    if (dot > 0) {
      Optional<Lang> suffix = isoLanguage(baseName.substring(dot + 1));
      if (suffix.isPresent()) {
        return new Language(suffix.get(), LangSource.FILE_SUFFIX);
      }
    }
    int slash = id.path().indexOf('/');
    if (slash > 0) {
      Optional<Lang> folder = isoLanguage(id.path().substring(0, slash));
      if (folder.isPresent()) {
        return new Language(folder.get(), LangSource.FOLDER);
      }
    }
    return LanguageDetector.detect(body)
        .map(lang -> new Language(lang, LangSource.DETECTED))
        .orElseGet(() -> new Language(config.defaultLang(), LangSource.DEFAULT));
  }

  private static Optional<Lang> isoLanguage(String text) {
    String code = text.toLowerCase(Locale.ROOT);
    return ISO_LANGUAGES.contains(code) ? Lang.parse(code) : Optional.empty();
  }

  private static SourceNote withGitTime(SourceNote note, GitHistory git) {
    Optional<Instant> committed = git.lastCommit(note.id().path());
    if (committed.isEmpty()) {
      return note;
    }
    return new SourceNote(
        note.id(),
        note.displayPath(),
        note.body(),
        note.bodyLine(),
        note.frontmatter(),
        note.lang(),
        note.langSource(),
        committed.get());
  }
}
