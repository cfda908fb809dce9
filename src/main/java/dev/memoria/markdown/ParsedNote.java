package dev.memoria.markdown;

import com.vladsch.flexmark.util.ast.Document;
import dev.memoria.core.NoteId;
import dev.memoria.vault.SourceNote;
import java.util.List;

/**
 * A note after parsing.
 *
 * @param document the flexmark tree; shared read-only by later stages
 * @param title frontmatter title, else first H1, else first short single-line paragraph, else the
 *     file name
 * @param headings the top-level headings in document order (the ones Obsidian can link to)
 * @param links every internal link and embed, in document order; links inside code are not here
 * @param blockIds the block ids ({@code ^id}) defined in the note, lower-cased
 * @param tags frontmatter tags then inline tags, without {@code #}, first spelling kept, duplicates
 *     (case-insensitive) removed
 * @param gaps the gap markers in the note's prose (never in code), in document order
 * @param scenarios the {@code rust memory} and {@code c memory} code blocks, in document order
 * @param usesMath whether the note has {@code $…$} or {@code $$…$$} math
 * @param usesMermaid whether the note has a {@code mermaid} code block
 */
public record ParsedNote(
    SourceNote source,
    Document document,
    String title,
    TitleSource titleSource,
    List<Heading> headings,
    List<LinkRef> links,
    List<String> blockIds,
    List<String> tags,
    List<Gap> gaps,
    List<ScenarioBlock> scenarios,
    boolean usesMath,
    boolean usesMermaid) {

  public ParsedNote {
    headings = List.copyOf(headings);
    links = List.copyOf(links);
    blockIds = List.copyOf(blockIds);
    tags = List.copyOf(tags);
    gaps = List.copyOf(gaps);
    scenarios = List.copyOf(scenarios);
  }

  /** Where a note's title was found. */
  public enum TitleSource {
    FRONTMATTER,
    HEADING,
    FIRST_LINE,
    FILE_NAME
  }

  public NoteId id() {
    return source.id();
  }
}
