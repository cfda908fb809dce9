package dev.memoria.links;

import dev.memoria.core.NoteId;
import dev.memoria.markdown.LinkKey;
import dev.memoria.markdown.ParsedNote;
import dev.memoria.vault.Asset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The vault as a graph of published notes.
 *
 * @param notes published notes by id, sorted by id
 * @param unpublished notes left out of the site (drafts, {@code publish: false})
 * @param resolutions for each published note, where each of its link keys leads
 * @param backlinks for each published note, the published notes linking to it, sorted, no
 *     duplicates, no self-links
 * @param tags each tag (lower-cased, nested tags also counted under their parents) to its notes
 * @param tagNames each lower-cased tag to its first spelling in the vault
 * @param translations for each note, its translations (other languages), sorted by language
 * @param pageUrls each published note's page, relative to the site root ({@code rust/box.html})
 * @param assets the attachments that published notes link to or embed, sorted by path
 * @param assetUrls each used attachment's file in the site ({@code attachments/img/a.png})
 */
public record NoteGraph(
    SortedMap<NoteId, ParsedNote> notes,
    List<ParsedNote> unpublished,
    Map<NoteId, Map<LinkKey, Resolution>> resolutions,
    Map<NoteId, List<NoteId>> backlinks,
    SortedMap<String, List<NoteId>> tags,
    Map<String, String> tagNames,
    Map<NoteId, List<NoteId>> translations,
    Map<NoteId, String> pageUrls,
    List<Asset> assets,
    Map<String, String> assetUrls) {

  public NoteGraph {
    notes = Collections.unmodifiableSortedMap(new TreeMap<>(notes));
    tags = Collections.unmodifiableSortedMap(new TreeMap<>(tags));
    unpublished = List.copyOf(unpublished);
    resolutions = Map.copyOf(resolutions);
    backlinks = Map.copyOf(backlinks);
    tagNames = Map.copyOf(tagNames);
    translations = Map.copyOf(translations);
    pageUrls = Map.copyOf(pageUrls);
    assets = List.copyOf(assets);
    assetUrls = Map.copyOf(assetUrls);
  }

  /** The published note with that id. */
  public Optional<ParsedNote> note(NoteId id) {
    return Optional.ofNullable(notes.get(id));
  }

  /** Where a link written in {@code from} leads; {@link Resolution.Missing} when unknown. */
  public Resolution resolve(NoteId from, LinkKey key) {
    return resolutions.getOrDefault(from, Map.of()).getOrDefault(key, new Resolution.Missing());
  }
}
