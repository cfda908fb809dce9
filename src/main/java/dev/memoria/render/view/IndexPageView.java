package dev.memoria.render.view;

import java.util.List;

/** The home page: every note grouped by language and folder, and the recently changed ones. */
public record IndexPageView(
    PageChrome page,
    String intro,
    String healthSummary,
    boolean hasLanguages,
    List<LanguageCount> languages,
    boolean hasRecent,
    List<NoteLink> recent,
    List<LanguageGroup> groups) {

  public IndexPageView {
    languages = List.copyOf(languages);
    recent = List.copyOf(recent);
    groups = List.copyOf(groups);
  }

  /** A language filter button. */
  public record LanguageCount(String lang, String label, int count) {}

  /** The notes of one language. */
  public record LanguageGroup(
      String lang, String label, String countLabel, List<FolderGroup> folders) {
    public LanguageGroup {
      folders = List.copyOf(folders);
    }
  }

  /** The notes of one folder within a language. */
  public record FolderGroup(String name, List<NoteLink> notes) {
    public FolderGroup {
      notes = List.copyOf(notes);
    }
  }
}
