package dev.memoria.links;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import dev.memoria.core.Lang;
import dev.memoria.core.NoteId;
import dev.memoria.core.SourcePos;
import dev.memoria.markdown.Heading;
import dev.memoria.markdown.LinkKey;
import dev.memoria.markdown.LinkRef;
import dev.memoria.markdown.ParsedNote;
import dev.memoria.vault.Frontmatter;
import dev.memoria.vault.SourceNote;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds a {@link ParsedNote} by hand, as the markdown stage would produce it. */
final class NoteFixture {

  private static final Document EMPTY = Parser.builder().build().parse("");

  private final String path;
  private Lang lang = Lang.ES;
  private final List<Heading> headings = new ArrayList<>();
  private final List<LinkRef> links = new ArrayList<>();
  private final List<String> blockIds = new ArrayList<>();
  private final List<String> tags = new ArrayList<>();
  private final List<String> aliases = new ArrayList<>();
  private final List<String> translations = new ArrayList<>();
  private Optional<String> translationKey = Optional.empty();
  private Optional<String> permalink = Optional.empty();
  private boolean publish = true;
  private boolean draft;

  private NoteFixture(String path) {
    this.path = path;
  }

  static NoteFixture note(String path) {
    return new NoteFixture(path);
  }

  NoteFixture lang(String code) {
    lang = new Lang(code);
    return this;
  }

  NoteFixture heading(int level, String source, String anchor) {
    headings.add(new Heading(level, source, source, anchor, headings.size() + 1));
    return this;
  }

  /** Wikilinks such as {@code Box#Uso}: the path and the subpath split at the first {@code #}. */
  NoteFixture links(String... targets) {
    for (String target : targets) {
      links.add(ref(LinkRef.Kind.WIKI, false, target));
    }
    return this;
  }

  NoteFixture embeds(String... targets) {
    for (String target : targets) {
      links.add(ref(LinkRef.Kind.WIKI, true, target));
    }
    return this;
  }

  /** Markdown links, already URL-decoded as the markdown stage hands them over. */
  NoteFixture markdownLinks(String... targets) {
    for (String target : targets) {
      links.add(ref(LinkRef.Kind.MARKDOWN, false, target));
    }
    return this;
  }

  NoteFixture blocks(String... ids) {
    blockIds.addAll(List.of(ids));
    return this;
  }

  NoteFixture tags(String... names) {
    tags.addAll(List.of(names));
    return this;
  }

  NoteFixture aliases(String... names) {
    aliases.addAll(List.of(names));
    return this;
  }

  NoteFixture translations(String... targets) {
    translations.addAll(List.of(targets));
    return this;
  }

  NoteFixture translationKey(String key) {
    translationKey = Optional.of(key);
    return this;
  }

  NoteFixture permalink(String url) {
    permalink = Optional.of(url);
    return this;
  }

  NoteFixture unpublished() {
    publish = false;
    return this;
  }

  NoteFixture draft() {
    draft = true;
    return this;
  }

  ParsedNote build() {
    Frontmatter frontmatter =
        new Frontmatter(
            Optional.empty(),
            tags,
            aliases,
            Optional.of(lang),
            draft,
            publish,
            permalink,
            Optional.empty(),
            translations,
            translationKey);
    NoteId id = new NoteId(path);
    SourceNote source =
        new SourceNote(
            id,
            "notes/" + path,
            "",
            1,
            frontmatter,
            lang,
            SourceNote.LangSource.FRONTMATTER,
            Instant.EPOCH);
    return new ParsedNote(
        source,
        EMPTY,
        id.baseName(),
        ParsedNote.TitleSource.FILE_NAME,
        headings,
        links,
        blockIds,
        tags,
        List.of(),
        List.of(),
        false,
        false);
  }

  static LinkKey key(String target) {
    int hash = target.indexOf('#');
    return hash < 0
        ? new LinkKey(target, "")
        : new LinkKey(target.substring(0, hash), target.substring(hash + 1));
  }

  private LinkRef ref(LinkRef.Kind kind, boolean embed, String target) {
    String raw = kind == LinkRef.Kind.WIKI ? "[[" + target + "]]" : "[x](" + target + ")";
    return new LinkRef(
        kind,
        embed,
        key(target),
        Optional.empty(),
        new SourcePos("notes/" + path, links.size() + 1, 1),
        embed ? "!" + raw : raw);
  }
}
