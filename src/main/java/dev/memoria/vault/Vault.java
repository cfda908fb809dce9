package dev.memoria.vault;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything read from the vault folder, sorted by path.
 *
 * @param root the real path of the vault folder
 */
public record Vault(Path root, List<SourceNote> notes, List<Asset> assets) {

  public Vault {
    notes = List.copyOf(notes);
    assets = List.copyOf(assets);
  }
}
