package dev.memoria.links;

import dev.memoria.vault.Asset;

/** A file a link can lead to: Obsidian lets links name notes and attachments alike. */
sealed interface VaultFile {

  /** The vault-relative path as written on disk. */
  String path();

  /** A Markdown note, published or not. */
  record Note(IndexedNote note) implements VaultFile {
    @Override
    public String path() {
      return note.id().path();
    }
  }

  /** Any other file. */
  record Attachment(Asset asset) implements VaultFile {
    @Override
    public String path() {
      return asset.path();
    }
  }
}
