package dev.memoria.output;

import dev.memoria.core.OutputFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Writes the site into the output folder as a difference from the previous build.
 *
 * <p>Every new or changed file is first written to a staging folder next to the output folder; only
 * when all of them are ready are they renamed into place, stale files of the previous build removed
 * and the manifest {@value #MANIFEST} rewritten. Unchanged files are left alone: deleting and
 * recreating 10,000 files costs seconds, comparing them does not. A failure before that point
 * leaves the output folder as it was.
 */
public final class SiteWriter {

  /** The manifest in the output root: the files of the last build, and Memoria's mark. */
  public static final String MANIFEST = ".memoria-site";

  static final String MANIFEST_HEADER =
      "# Written by Memoria. Files listed here are replaced or removed by the next build.";

  private static final String STAGING_INFIX = ".memoria-staging-";
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  /** Where the staging folder goes; only tests force {@link #INSIDE}. */
  enum Staging {
    /** Beside the output folder, or inside it when the parent is unwritable or another mount. */
    BESIDE,
    INSIDE
  }

  private final Path outDir;
  private final Path vault;
  private final boolean force;
  private final Optional<Path> home;
  private final Staging staging;

  /**
   * A writer for one output folder.
   *
   * @param outDir the output folder, as the user gave it (messages show it this way)
   * @param vault the vault folder, which the output folder must neither be, contain nor lie in
   * @param force whether to write into a non-empty folder that has no Memoria manifest
   */
  public SiteWriter(Path outDir, Path vault, boolean force) {
    this(outDir, vault, force, homeFolder(), Staging.BESIDE);
  }

  SiteWriter(Path outDir, Path vault, boolean force, Optional<Path> home, Staging staging) {
    this.outDir = outDir;
    this.vault = vault;
    this.force = force;
    this.home = home;
    this.staging = staging;
  }

  /**
   * What a write did.
   *
   * @param written files created or replaced
   * @param unchanged files whose bytes were already in place and were not touched
   * @param removed files of the previous build that this build no longer produces
   */
  public record WriteResult(int written, int unchanged, int removed) {}

  /** The output folder is one Memoria must not write to; nothing was touched. */
  public static final class OutputRefusedException extends IOException {
    public OutputRefusedException(String message) {
      super(message);
    }
  }

  /**
   * Checks, without touching anything, that the output folder may be written, so a build can fail
   * before doing its work.
   *
   * @throws OutputRefusedException saying why and what to do
   */
  public void checkOutput() throws IOException {
    target();
  }

  /** Files still being made while the first ones are written, such as the search index. */
  @FunctionalInterface
  public interface Later {
    /** Waits for the files. */
    List<OutputFile> await() throws IOException;
  }

  /**
   * Makes the output folder hold exactly {@code files} plus anything Memoria did not create.
   *
   * @throws IllegalArgumentException when two files share a path (also differing only in case) or a
   *     path is both a file and a folder: bugs of earlier stages
   * @throws OutputRefusedException when the folder is refused, or when a file or folder Memoria did
   *     not create stands where the site needs the other kind; nothing was touched
   * @throws IOException when reading a source or writing fails; if it happens before the files are
   *     moved into place, the output folder is unchanged
   */
  public WriteResult write(List<OutputFile> files) throws IOException {
    return write(files, List::of);
  }

  /**
   * Makes the output folder hold exactly {@code first} and the files {@code later} gives, plus
   * anything Memoria did not create. {@code first} is staged while {@code later} is still being
   * made: a build writes its pages while its search index is built. Nothing in the output folder
   * changes before both are staged.
   *
   * @throws IllegalArgumentException as {@link #write(List)}, over both lists together
   * @throws OutputRefusedException as {@link #write(List)}; nothing was touched
   * @throws IOException when {@code later} fails, or as {@link #write(List)}; the output folder is
   *     then unchanged
   */
  public WriteResult write(List<OutputFile> first, Later later) throws IOException {
    Path root = target();
    String stagingPrefix = "." + root.getFileName() + STAGING_INFIX;
    PathCheck paths = new PathCheck(root, stagingPrefix);
    List<OutputFile> firstSorted = paths.add(first);
    SortedSet<String> previous = readManifest(root, stagingPrefix);
    removeStaleStaging(root, stagingPrefix);
    Folders firstFolders = planFolders(root, firstSorted, previous);
    Path stage = createStaging(root, stagingPrefix);
    WriteResult result;
    try {
      Status[] statuses = stageAll(root, stage, firstSorted, firstFolders.existing(), 0);
      List<OutputFile> files = firstSorted;
      Folders folders = firstFolders;
      List<OutputFile> rest = later.await();
      if (!rest.isEmpty()) {
        // The later files follow the first ones, so a file's place in the list stays its staged
        // name; they are checked against the first ones before anything moves.
        List<OutputFile> restSorted = paths.add(rest);
        files = new ArrayList<>(firstSorted);
        files.addAll(restSorted);
        folders = planFolders(root, files, previous);
        Status[] restStatuses =
            stageAll(root, stage, restSorted, folders.existing(), firstSorted.size());
        statuses = Arrays.copyOf(statuses, files.size());
        System.arraycopy(restStatuses, 0, statuses, firstSorted.size(), restStatuses.length);
      }
      List<String> replacedFolders = checkReplacedFolders(root, files, statuses, previous);
      result = apply(root, stage, files, statuses, previous, folders, replacedFolders);
    } catch (IOException | RuntimeException | Error e) {
      try {
        deleteTree(stage);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    deleteTree(stage);
    return result;
  }

  // ---- Refusals -------------------------------------------------------------------------------

  private Path target() throws IOException {
    Path out = realPath(outDir);
    if (out.getParent() == null) {
      throw refuse("it is the root of the file system; choose a folder for the site");
    }
    Path realVault = realPath(vault);
    if (out.equals(realVault)) {
      throw refuse("it is the vault; choose a separate folder for the site, such as \"site\"");
    }
    if (out.startsWith(realVault)) {
      throw refuse(
          "it is inside the vault \""
              + vault
              + "\", so the site would be read back as notes; choose a folder outside the vault");
    }
    if (realVault.startsWith(out)) {
      throw refuse(
          "it contains the vault \""
              + vault
              + "\"; choose a folder outside the vault for the site");
    }
    if (home.isPresent()) {
      Path realHome = realPath(home.get());
      if (out.equals(realHome)) {
        throw refuse("it is your home folder; choose a folder for the site, such as \"site\"");
      }
      if (realHome.startsWith(out)) {
        throw refuse("it contains your home folder; choose a folder for the site");
      }
    }
    if (Files.exists(out)) {
      if (!Files.isDirectory(out)) {
        throw refuse("it is a file, not a folder; choose a folder for the site");
      }
      if (!force && !isMarked(out) && holdsFiles(out, "." + out.getFileName() + STAGING_INFIX)) {
        throw refuse(
            "it holds files Memoria did not create; choose an empty folder or pass --force");
      }
    }
    return out;
  }

  private OutputRefusedException refuse(String why) {
    return new OutputRefusedException("refusing to write to \"" + outDir + "\": " + why);
  }

  private static boolean isMarked(Path root) {
    return Files.isRegularFile(root.resolve(MANIFEST), NOFOLLOW);
  }

  private static boolean holdsFiles(Path root, String stagingPrefix) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
      for (Path entry : entries) {
        if (!entry.getFileName().toString().startsWith(stagingPrefix)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      return !entries.iterator().hasNext();
    }
  }

  /**
   * The absolute path with symbolic links of its existing part resolved, so that a link to the
   * vault counts as the vault.
   */
  private static Path realPath(Path path) throws IOException {
    Path absolute = path.toAbsolutePath().normalize();
    Deque<Path> missing = new ArrayDeque<>();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      missing.push(existing.getFileName());
      existing = existing.getParent();
    }
    Path real = existing == null ? absolute.getRoot() : existing.toRealPath();
    while (!missing.isEmpty()) {
      real = real.resolve(missing.pop());
    }
    return real;
  }

  private static Optional<Path> homeFolder() {
    String home = System.getProperty("user.home", "");
    if (home.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(home));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  // ---- Inputs ---------------------------------------------------------------------------------

  /**
   * The output paths met so far, list by list, each path checked against all before it: two files
   * for one path (also differing only in case), a path that is both a file and a folder, Memoria's
   * own names, and paths that lead out of the output folder are refused.
   */
  private static final class PathCheck {
    private final Path root;
    private final String reservedStaging;

    /** Each file's path by its lower-cased path. */
    private final Map<String, String> files = new HashMap<>();

    /** For each lower-cased folder the files need, the path of one file in it. */
    private final Map<String, String> folders = new HashMap<>();

    PathCheck(Path root, String stagingPrefix) {
      this.root = root;
      this.reservedStaging = stagingPrefix.toLowerCase(Locale.ROOT);
    }

    /**
     * Checks {@code more} against each other and the files added before.
     *
     * @return {@code more} sorted by path
     * @throws IllegalArgumentException naming the path or the two paths that cannot be written
     */
    List<OutputFile> add(List<OutputFile> more) {
      for (OutputFile file : more) {
        String path = file.path();
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.equals(MANIFEST) || lower.startsWith(reservedStaging)) {
          throw new IllegalArgumentException(
              "output path \"" + path + "\" is reserved for Memoria's own bookkeeping");
        }
        String other = files.putIfAbsent(lower, path);
        if (other != null) {
          throw new IllegalArgumentException(
              "two output files for one path: " + quotedPair(other, path));
        }
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
          throw new IllegalArgumentException(
              "output path \"" + path + "\" leads outside the output folder");
        }
        String inside = folders.get(lower);
        if (inside != null) {
          throw bothFileAndFolder(path, inside);
        }
        for (int slash = lower.indexOf('/'); slash >= 0; slash = lower.indexOf('/', slash + 1)) {
          String folder = lower.substring(0, slash);
          String asFile = files.get(folder);
          if (asFile != null) {
            throw bothFileAndFolder(asFile, path);
          }
          folders.putIfAbsent(folder, path);
        }
      }
      List<OutputFile> sorted = new ArrayList<>(more);
      sorted.sort(Comparator.comparing(OutputFile::path));
      return sorted;
    }

    private static IllegalArgumentException bothFileAndFolder(String file, String inside) {
      return new IllegalArgumentException(
          "output path is both a file and a folder: " + quotedPair(file, inside));
    }
  }

  private static String quotedPair(String a, String b) {
    return a.compareTo(b) <= 0
        ? "\"" + a + "\" and \"" + b + "\""
        : "\"" + b + "\" and \"" + a + "\"";
  }

  /**
   * The files listed by the previous build. Entries that are not safe paths are ignored: the
   * manifest is a plain file anyone can edit, and it decides what gets deleted.
   */
  private static SortedSet<String> readManifest(Path root, String stagingPrefix)
      throws IOException {
    SortedSet<String> listed = new TreeSet<>();
    Path manifest = root.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest, NOFOLLOW)) {
      return listed;
    }
    String text = new String(Files.readAllBytes(manifest), StandardCharsets.UTF_8);
    for (String line : text.split("\n")) {
      String entry = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      try {
        OutputFile.checkPath(entry);
      } catch (IllegalArgumentException e) {
        continue;
      }
      String lower = entry.toLowerCase(Locale.ROOT);
      Path target = root.resolve(entry).normalize();
      if (!lower.equals(MANIFEST)
          && !lower.startsWith(stagingPrefix.toLowerCase(Locale.ROOT))
          && target.startsWith(root)
          && !target.equals(root)) {
        listed.add(entry);
      }
    }
    return listed;
  }

  // ---- Planning -------------------------------------------------------------------------------

  /**
   * The folders the new files need.
   *
   * @param existing folders already there as real folders (not links)
   * @param toCreate folders to create, parents first
   * @param filesInTheWay files of the previous build standing where a folder must go
   */
  private record Folders(Set<String> existing, List<String> toCreate, List<String> filesInTheWay) {}

  private Folders planFolders(Path root, List<OutputFile> files, Set<String> previous)
      throws IOException {
    SortedSet<String> needed = new TreeSet<>();
    for (OutputFile file : files) {
      String path = file.path();
      for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
        needed.add(path.substring(0, slash));
      }
    }
    Set<String> existing = new HashSet<>();
    List<String> toCreate = new ArrayList<>();
    List<String> filesInTheWay = new ArrayList<>();
    // A prefix sorts before its extensions, so parents are settled before their children.
    for (String folder : needed) {
      String parent = parentOf(folder);
      if (!parent.isEmpty() && !existing.contains(parent)) {
        toCreate.add(folder);
        continue;
      }
      Optional<BasicFileAttributes> attributes = attributes(root.resolve(folder));
      if (attributes.isEmpty()) {
        toCreate.add(folder);
      } else if (attributes.get().isDirectory()) {
        existing.add(folder);
      } else if (previous.contains(folder)) {
        filesInTheWay.add(folder);
        toCreate.add(folder);
      } else {
        throw new OutputRefusedException(
            "refusing to write to \""
                + outDir
                + "\": the site needs a folder at \""
                + shown(folder)
                + "\", but a file Memoria did not create is there; move it away and build again");
      }
    }
    return new Folders(existing, toCreate, filesInTheWay);
  }

  /** Whether each file is already in place, must be written, or must replace an old folder. */
  private enum Status {
    UNCHANGED,
    CHANGED,
    REPLACES_FOLDER
  }

  /** Stages the files that changed, under the names {@code firstName}, {@code firstName + 1}, … */
  private static Status[] stageAll(
      Path root, Path stage, List<OutputFile> files, Set<String> existingFolders, int firstName)
      throws IOException {
    Status[] statuses;
    try {
      statuses =
          IntStream.range(0, files.size())
              .parallel()
              .mapToObj(i -> status(root, files.get(i), existingFolders))
              .toArray(Status[]::new);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    // One thread creates the files: they all go into the one staging folder, and threads creating
    // files in one folder wait on its lock, which doubled the system time of a 15,000-file site.
    for (int i = 0; i < statuses.length; i++) {
      if (statuses[i] != Status.UNCHANGED) {
        stageOne(stage, firstName + i, files.get(i));
      }
    }
    return statuses;
  }

  /** Whether {@code file} is already in place; reads the current file to compare. */
  private static Status status(Path root, OutputFile file, Set<String> existingFolders) {
    String path = file.path();
    try {
      String parent = parentOf(path);
      // Only look at the current file when every folder above it is a real folder: through a
      // link or a file in the way, "unchanged" would describe the wrong file.
      if (parent.isEmpty() || existingFolders.contains(parent)) {
        Path target = root.resolve(path);
        Optional<BasicFileAttributes> attributes = attributes(target);
        if (attributes.isPresent() && attributes.get().isDirectory()) {
          return Status.REPLACES_FOLDER;
        } else if (attributes.isPresent()
            && attributes.get().isRegularFile()
            && sameContent(file.content(), target, attributes.get().size())) {
          return Status.UNCHANGED;
        }
      }
      return Status.CHANGED;
    } catch (IOException e) {
      throw new UncheckedIOException(failure(path, e));
    }
  }

  private static void stageOne(Path stage, int index, OutputFile file) throws IOException {
    Path staged = stage.resolve(Integer.toString(index));
    try {
      if (file.content() instanceof OutputFile.Bytes bytes) {
        try (OutputStream out = Files.newOutputStream(staged, StandardOpenOption.CREATE_NEW)) {
          bytes.writeTo(out);
        }
      } else if (file.content() instanceof OutputFile.CopyOf copy) {
        Files.copy(readableSource(copy.source()), staged);
      }
    } catch (IOException e) {
      throw failure(file.path(), e);
    }
  }

  private static IOException failure(String path, IOException e) {
    return new IOException("cannot write \"" + path + "\" of the site: " + describe(e), e);
  }

  private static boolean sameContent(OutputFile.Content content, Path target, long size)
      throws IOException {
    if (content instanceof OutputFile.Bytes bytes) {
      return bytes.size() == size && bytes.sameAs(Files.readAllBytes(target));
    }
    Path source = readableSource(((OutputFile.CopyOf) content).source());
    return Files.size(source) == size && Files.mismatch(source, target) == -1L;
  }

  private static Path readableSource(Path source) throws IOException {
    if (!Files.isRegularFile(source)) {
      throw new NoSuchFileException(source.toString(), null, "no such file to copy");
    }
    return source;
  }

  private static String describe(IOException e) {
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /**
   * The folders that files of this build replace, after checking that they hold only files of the
   * previous build, which may therefore go.
   */
  private List<String> checkReplacedFolders(
      Path root, List<OutputFile> files, Status[] statuses, Set<String> previous)
      throws IOException {
    List<String> replaced = new ArrayList<>();
    for (int i = 0; i < statuses.length; i++) {
      if (statuses[i] != Status.REPLACES_FOLDER) {
        continue;
      }
      String folder = files.get(i).path();
      Optional<String> foreign = firstForeignFile(root, folder, previous);
      if (foreign.isPresent()) {
        throw new OutputRefusedException(
            "refusing to write to \""
                + outDir
                + "\": the site needs a file at \""
                + shown(folder)
                + "\", but that folder holds \""
                + foreign.get()
                + "\", which Memoria did not create; move it away and build again");
      }
      replaced.add(folder);
    }
    return replaced;
  }

  private static Optional<String> firstForeignFile(Path root, String folder, Set<String> previous)
      throws IOException {
    List<String> foreign = new ArrayList<>();
    Files.walkFileTree(
        root.resolve(folder),
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String relative = relative(root, file);
            if (!previous.contains(relative)) {
              foreign.add(relative);
              return FileVisitResult.TERMINATE;
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return foreign.stream().findFirst();
  }

  // ---- Applying -------------------------------------------------------------------------------

  /** Moves the staged files into place: the file at {@code i} was staged under the name i. */
  private WriteResult apply(
      Path root,
      Path stage,
      List<OutputFile> files,
      Status[] statuses,
      SortedSet<String> previous,
      Folders folders,
      List<String> replacedFolders)
      throws IOException {
    SortedSet<String> current = new TreeSet<>();
    Map<String, String> currentByLower = new HashMap<>();
    for (OutputFile file : files) {
      current.add(file.path());
      currentByLower.put(file.path().toLowerCase(Locale.ROOT), file.path());
    }
    Files.createDirectories(root);
    // List the union first: if the process dies while files move, every file it may have left
    // is still Memoria's, to be replaced or removed by the next build.
    if (!previous.containsAll(current)) {
      SortedSet<String> union = new TreeSet<>(previous);
      union.addAll(current);
      writeManifest(root, stage, union, "listing-all");
    }
    int removed = 0;
    for (String file : folders.filesInTheWay()) {
      Files.delete(root.resolve(file));
      removed++;
    }
    for (String folder : replacedFolders) {
      removed += deleteTree(root.resolve(folder));
    }
    for (String folder : folders.toCreate()) {
      Files.createDirectories(root.resolve(folder));
    }
    int written = 0;
    int unchanged = 0;
    for (int i = 0; i < statuses.length; i++) {
      if (statuses[i] == Status.UNCHANGED) {
        unchanged++;
        continue;
      }
      Files.move(
          stage.resolve(Integer.toString(i)),
          root.resolve(files.get(i).path()),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      written++;
    }
    removed += removeStale(root, previous, current, currentByLower);
    writeManifest(root, stage, current, "listing");
    return new WriteResult(written, unchanged, removed);
  }

  private static int removeStale(
      Path root, Set<String> previous, Set<String> current, Map<String, String> currentByLower)
      throws IOException {
    Set<String> realFolders = new HashSet<>();
    SortedSet<String> emptiedFolders = new TreeSet<>(Comparator.reverseOrder());
    int removed = 0;
    for (String stale : previous) {
      if (current.contains(stale) || !underRealFolders(root, parentOf(stale), realFolders)) {
        continue;
      }
      Path file = root.resolve(stale);
      Optional<BasicFileAttributes> attributes = attributes(file);
      if (attributes.isEmpty() || attributes.get().isDirectory()) {
        continue;
      }
      String sameButCase = currentByLower.get(stale.toLowerCase(Locale.ROOT));
      if (sameButCase != null && isCurrentFile(file, root.resolve(sameButCase))) {
        continue;
      }
      Files.delete(file);
      removed++;
      if (!parentOf(stale).isEmpty()) {
        emptiedFolders.add(parentOf(stale));
      }
    }
    // Reverse order visits a folder before any folder that is a prefix of it, children first.
    Set<String> kept = new HashSet<>();
    for (String folder : emptiedFolders) {
      for (String f = folder; !f.isEmpty() && !kept.contains(f); f = parentOf(f)) {
        Path dir = root.resolve(f);
        if (!Files.isDirectory(dir, NOFOLLOW) || !isEmpty(dir)) {
          kept.add(f);
          break;
        }
        Files.delete(dir);
      }
    }
    return removed;
  }

  /**
   * Whether a stale entry that differs from a current one only in case is that same file, as on
   * case-insensitive file systems, where deleting it would delete the page just written.
   */
  private static boolean isCurrentFile(Path stale, Path current) throws IOException {
    return Files.exists(current, NOFOLLOW) && Files.isSameFile(stale, current);
  }

  /**
   * Whether every folder from the root down to {@code folder} is a real folder, so deleting below
   * it cannot reach outside the output folder through a link.
   */
  private static boolean underRealFolders(Path root, String folder, Set<String> known)
      throws IOException {
    if (folder.isEmpty() || known.contains(folder)) {
      return true;
    }
    if (!underRealFolders(root, parentOf(folder), known)) {
      return false;
    }
    Optional<BasicFileAttributes> attributes = attributes(root.resolve(folder));
    if (attributes.isPresent() && attributes.get().isDirectory()) {
      known.add(folder);
      return true;
    }
    return false;
  }

  private static void writeManifest(Path root, Path stage, Set<String> listed, String stagedName)
      throws IOException {
    StringBuilder text = new StringBuilder(MANIFEST_HEADER).append('\n');
    for (String path : listed) {
      text.append(path).append('\n');
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    Path manifest = root.resolve(MANIFEST);
    if (Files.isRegularFile(manifest, NOFOLLOW)
        && Arrays.equals(bytes, Files.readAllBytes(manifest))) {
      return;
    }
    Path staged = stage.resolve(stagedName);
    Files.write(staged, bytes, StandardOpenOption.CREATE_NEW);
    Files.move(
        staged, manifest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  // ---- Staging folders ------------------------------------------------------------------------

  private Path createStaging(Path root, String prefix) throws IOException {
    if (staging == Staging.BESIDE) {
      try {
        Path parent = Files.createDirectories(root.getParent());
        Path beside = Files.createTempDirectory(parent, prefix);
        // A rename cannot cross file systems (nor mount points): stage inside instead.
        if (!Files.exists(root) || Files.getFileStore(beside).equals(Files.getFileStore(root))) {
          return beside;
        }
        deleteTree(beside);
      } catch (IOException e) {
        if (!Files.isDirectory(root)) {
          throw e;
        }
      }
    }
    return Files.createTempDirectory(Files.createDirectories(root), prefix);
  }

  /** Removes staging folders that builds killed mid-write left beside or inside the output. */
  private static void removeStaleStaging(Path root, String prefix) throws IOException {
    for (Path folder : List.of(root.getParent(), root)) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      List<Path> leftovers = new ArrayList<>();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
        for (Path entry : entries) {
          if (entry.getFileName().toString().startsWith(prefix)
              && Files.isDirectory(entry, NOFOLLOW)) {
            leftovers.add(entry);
          }
        }
      }
      for (Path leftover : leftovers) {
        deleteTree(leftover);
      }
    }
  }

  // ---- Files ----------------------------------------------------------------------------------

  /** Deletes a folder and everything in it, links themselves rather than their targets. */
  private static int deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder, NOFOLLOW)) {
      return 0;
    }
    int[] files = {0};
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            files[0]++;
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
    return files[0];
  }

  private static Optional<BasicFileAttributes> attributes(Path path) throws IOException {
    try {
      return Optional.of(Files.readAttributes(path, BasicFileAttributes.class, NOFOLLOW));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  private static String parentOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/");
  }

  private String shown(String relative) {
    String out = outDir.toString().replace('\\', '/');
    return (out.endsWith("/") ? out : out + "/") + relative;
  }
}
