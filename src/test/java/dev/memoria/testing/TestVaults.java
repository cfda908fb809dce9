package dev.memoria.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Writes fixture vaults from inline text and reads output trees back, for whole-build tests. */
public final class TestVaults {

  private TestVaults() {}

  /** Writes each entry (vault-relative path → UTF-8 text) under {@code root}. */
  public static Path write(Path root, Map<String, String> files) {
    files.forEach((path, text) -> writeBytes(root, path, text.getBytes(StandardCharsets.UTF_8)));
    return root;
  }

  /** Writes one file's exact bytes, creating folders. */
  public static void writeBytes(Path root, String path, byte[] bytes) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file under {@code root} (relative path with forward slashes → bytes), sorted. */
  public static Map<String, byte[]> tree(Path root) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** A file of the tree as text. */
  public static String text(Path root, String path) {
    try {
      return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
