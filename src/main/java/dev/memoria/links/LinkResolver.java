package dev.memoria.links;

import dev.memoria.config.SiteConfig;
import dev.memoria.core.Diagnostics;
import dev.memoria.core.NoteId;
import dev.memoria.markdown.LinkKey;
import dev.memoria.markdown.LinkRef;
import dev.memoria.markdown.ParsedNote;
import dev.memoria.vault.Asset;
import dev.memoria.vault.SourceNote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Stage 3: resolves every link of the published notes by Obsidian's rules and assembles the {@link
 * NoteGraph} (page URLs, backlinks, tags, translations, used attachments).
 */
public final class LinkResolver {

  private final SiteConfig config;

  public LinkResolver(SiteConfig config) {
    this.config = config;
  }

  /**
   * Builds the graph of {@code notes} (every note read, published or not) and {@code assets},
   * reporting URL collisions, invalid permalinks and translation problems to {@code diagnostics}.
   */
  public NoteGraph resolve(List<ParsedNote> notes, List<Asset> assets, Diagnostics diagnostics) {
    // Indexing and resolving are per note and independent, so both run on every core.
    List<IndexedNote> all =
        new ArrayList<>(
            notes.parallelStream()
                .map(note -> IndexedNote.of(note, note.source().published(config.includeDrafts())))
                .toList());
    all.sort(Comparator.comparing(IndexedNote::id));
    FileIndex index = FileIndex.build(all, assets);

    List<IndexedNote> published = new ArrayList<>();
    SortedMap<NoteId, ParsedNote> publishedById = new TreeMap<>();
    List<ParsedNote> unpublished = new ArrayList<>();
    for (IndexedNote note : all) {
      if (note.published()) {
        published.add(note);
        publishedById.put(note.id(), note.parsed());
      } else {
        unpublished.add(note.parsed());
      }
    }
    List<SourceNote> publishedSources = published.stream().map(n -> n.parsed().source()).toList();

    Map<NoteId, Map<LinkKey, Resolution>> resolutions =
        published.parallelStream()
            .collect(Collectors.toMap(IndexedNote::id, note -> resolveLinks(note, index)));
    Map<String, Asset> assetsByPath = new HashMap<>();
    assets.forEach(asset -> assetsByPath.put(asset.path(), asset));
    List<Asset> used = usedAssets(resolutions, assetsByPath);

    TagIndex tags = TagIndex.of(published);
    return new NoteGraph(
        publishedById,
        unpublished,
        resolutions,
        backlinks(published, resolutions),
        tags.notes(),
        tags.names(),
        Translations.find(publishedSources, index, diagnostics),
        PageUrls.assign(publishedSources, diagnostics),
        used,
        AssetUrls.assign(used));
  }

  private static Map<LinkKey, Resolution> resolveLinks(IndexedNote note, FileIndex index) {
    Map<LinkKey, Resolution> resolved = new LinkedHashMap<>();
    for (LinkRef link : note.parsed().links()) {
      resolved.computeIfAbsent(link.key(), key -> resolveKey(note, key, index));
    }
    return Map.copyOf(resolved);
  }

  private static Resolution resolveKey(IndexedNote from, LinkKey key, FileIndex index) {
    if (key.path().isEmpty()) {
      return toNote(from, key, List.of(), false);
    }
    FileIndex.Match match = index.find(key.path(), from.folderKey());
    if (match.files().isEmpty()) {
      return new Resolution.Missing();
    }
    VaultFile best = match.files().get(0);
    if (best instanceof VaultFile.Attachment attachment) {
      // Fragments on attachments are viewer options or CSS hooks (#page=3, #icon), not sections.
      return new Resolution.ToAsset(attachment.asset().path());
    }
    IndexedNote target = ((VaultFile.Note) best).note();
    if (!target.published()) {
      return new Resolution.Unpublished(target.id());
    }
    List<NoteId> others = new ArrayList<>();
    for (VaultFile other : match.files().subList(1, match.files().size())) {
      if (other instanceof VaultFile.Note note) {
        others.add(note.note().id());
      }
    }
    return toNote(target, key, others, match.viaAlias());
  }

  private static Resolution toNote(
      IndexedNote target, LinkKey key, List<NoteId> others, boolean viaAlias) {
    Subpaths.Match subpath = Subpaths.match(target, key.subpath());
    return new Resolution.ToNote(target.id(), subpath.anchor(), subpath.status(), viaAlias, others);
  }

  private static List<Asset> usedAssets(
      Map<NoteId, Map<LinkKey, Resolution>> resolutions, Map<String, Asset> assetsByPath) {
    SortedMap<String, Asset> used = new TreeMap<>();
    for (Map<LinkKey, Resolution> byKey : resolutions.values()) {
      for (Resolution resolution : byKey.values()) {
        if (resolution instanceof Resolution.ToAsset toAsset) {
          used.put(toAsset.assetPath(), assetsByPath.get(toAsset.assetPath()));
        }
      }
    }
    return List.copyOf(used.values());
  }

  /** The notes linking to each note, in id order; {@code published} must be in id order. */
  private static Map<NoteId, List<NoteId>> backlinks(
      List<IndexedNote> published, Map<NoteId, Map<LinkKey, Resolution>> resolutions) {
    Map<NoteId, List<NoteId>> linking = new HashMap<>();
    published.forEach(note -> linking.put(note.id(), new ArrayList<>()));
    for (IndexedNote note : published) {
      for (Resolution resolution : resolutions.get(note.id()).values()) {
        if (resolution instanceof Resolution.ToNote toNote && !toNote.note().equals(note.id())) {
          addInOrder(linking.get(toNote.note()), note.id());
        }
      }
    }
    Map<NoteId, List<NoteId>> backlinks = new HashMap<>();
    linking.forEach((id, from) -> backlinks.put(id, List.copyOf(from)));
    return backlinks;
  }

  /**
   * Appends {@code id} unless it is already last. Callers visit notes in id order, so each list
   * stays sorted and free of repeats without a sorted set (which costs a comparison of paths for
   * every link of the vault).
   */
  private static void addInOrder(List<NoteId> ids, NoteId id) {
    if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(id)) {
      ids.add(id);
    }
  }

  /** Tags of the published notes, nested tags also counted under each parent. */
  private record TagIndex(SortedMap<String, List<NoteId>> notes, Map<String, String> names) {

    /** The tags of {@code published}, which must be in id order. */
    static TagIndex of(List<IndexedNote> published) {
      SortedMap<String, List<NoteId>> notes = new TreeMap<>();
      Map<String, String> names = new HashMap<>();
      for (IndexedNote note : published) {
        for (String tag : note.parsed().tags()) {
          StringBuilder spelled = new StringBuilder();
          for (String part : tag.split("/")) {
            if (part.isBlank()) {
              continue;
            }
            spelled.append(spelled.length() == 0 ? "" : "/").append(part.strip());
            String spelling = spelled.toString();
            String key = spelling.toLowerCase(Locale.ROOT);
            names.putIfAbsent(key, spelling);
            addInOrder(notes.computeIfAbsent(key, k -> new ArrayList<>()), note.id());
          }
        }
      }
      SortedMap<String, List<NoteId>> lists = new TreeMap<>();
      notes.forEach((tag, ids) -> lists.put(tag, List.copyOf(ids)));
      return new TagIndex(lists, names);
    }
  }
}
