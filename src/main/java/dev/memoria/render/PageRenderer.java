package dev.memoria.render;

import com.github.mustachejava.Mustache;
import dev.memoria.checks.CheckReport;
import dev.memoria.checks.Finding;
import dev.memoria.checks.FindingCode;
import dev.memoria.config.SiteConfig;
import dev.memoria.core.Diagnostics;
import dev.memoria.core.Lang;
import dev.memoria.core.NoteId;
import dev.memoria.core.OutputFile;
import dev.memoria.links.NoteGraph;
import dev.memoria.markdown.Heading;
import dev.memoria.markdown.LinkRef;
import dev.memoria.markdown.NoteTree;
import dev.memoria.markdown.ParsedNote;
import dev.memoria.render.body.BodyContext;
import dev.memoria.render.body.BodyRenderer;
import dev.memoria.render.view.HealthPageView;
import dev.memoria.render.view.IndexPageView;
import dev.memoria.render.view.LangLink;
import dev.memoria.render.view.LinkView;
import dev.memoria.render.view.MissingPageView;
import dev.memoria.render.view.NotFoundPageView;
import dev.memoria.render.view.NoteLink;
import dev.memoria.render.view.NotePageView;
import dev.memoria.render.view.PageChrome;
import dev.memoria.render.view.SearchPageView;
import dev.memoria.render.view.TagLink;
import dev.memoria.render.view.TagPageView;
import dev.memoria.render.view.TagsPageView;
import dev.memoria.render.view.TocEntry;
import dev.memoria.render.view.TranslationLink;
import dev.memoria.scenarios.ScenarioResult;
import dev.memoria.scenarios.Scenarios;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Renders every page of the site through the theme: note pages, the index, the tag pages and the
 * 404 page, plus the sitemap, feed, robots file and the static files pages need.
 */
public final class PageRenderer {

  private static final int RECENT_NOTES = 10;

  private final SiteConfig config;
  private final Theme theme;
  private final BodyRenderer bodies;
  private final SiteFeeds feeds;
  private final StaticFiles staticFiles;

  public PageRenderer(SiteConfig config, Theme theme) {
    this.config = config;
    this.theme = theme;
    this.bodies = new BodyRenderer(config);
    this.feeds = new SiteFeeds(config);
    this.staticFiles = new StaticFiles(theme);
  }

  /** All files of the site, in no particular order; paths are unique. */
  public List<OutputFile> render(
      NoteGraph graph, Scenarios scenarios, CheckReport report, Diagnostics diagnostics)
      throws IOException {
    return render(graph, scenarios, report, diagnostics, () -> {});
  }

  /**
   * All files of the site; {@code noteRendered} runs after each note page, from any thread, so a
   * progress bar can follow.
   */
  public List<OutputFile> render(
      NoteGraph graph,
      Scenarios scenarios,
      CheckReport report,
      Diagnostics diagnostics,
      Runnable noteRendered)
      throws IOException {
    NoteListings listings = new NoteListings(graph);
    List<NotePage> notePages;
    try {
      notePages =
          graph.notes().values().parallelStream()
              .map(
                  note -> {
                    NotePage page = notePage(note, graph, scenarios, listings, diagnostics);
                    noteRendered.run();
                    return page;
                  })
              .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    List<OutputFile> files = new ArrayList<>();
    notePages.forEach(page -> files.add(page.file()));
    files.add(indexPage(graph, report, listings));
    files.add(healthPage(graph, report));
    files.addAll(missingPages(graph, listings));
    files.addAll(tagPages(graph, listings));
    files.add(notFoundPage(graph));
    if (config.search()) {
      files.add(searchPage(graph));
    }
    files.addAll(feeds.render(graph));
    files.addAll(
        staticFiles.render(
            graph,
            notePages.stream().anyMatch(NotePage::usesMath),
            notePages.stream().anyMatch(NotePage::usesMermaid)));
    return files;
  }

  /** A rendered note page and the browser libraries it loads. */
  private record NotePage(OutputFile file, boolean usesMath, boolean usesMermaid) {}

  /** Embeds bring their note's math and diagrams along, so the rendered body decides. */
  private static boolean usesMath(String body) {
    return body.contains("class=\"math ");
  }

  private static boolean usesMermaid(String body) {
    return body.contains("class=\"mermaid\"");
  }

  private NotePage notePage(
      ParsedNote note,
      NoteGraph graph,
      Scenarios scenarios,
      NoteListings listings,
      Diagnostics diagnostics) {
    String path = graph.pageUrls().get(note.id());
    String root = rootOf(path);
    Lang lang = note.source().lang();
    UiStrings ui = theme.strings(lang);
    Map<String, ScenarioResult> figures = new HashMap<>();
    for (ScenarioResult result : scenarios.of(note.id())) {
      result.figure().ifPresent(figure -> figures.put(figure.id(), result));
    }
    String body =
        bodies.render(note, graph, new BodyContext(root, lang, ui.flat(), figures), diagnostics);

    List<TranslationLink> translations = new ArrayList<>();
    List<LangLink> langSwitch = new ArrayList<>();
    List<LinkView> alternates = new ArrayList<>();
    List<NoteId> translationIds = graph.translations().getOrDefault(note.id(), List.of());
    if (!translationIds.isEmpty()) {
      langSwitch.add(new LangLink(lang.code(), nativeName(lang), root + path, true));
      alternates.add(new LinkView(lang.code(), pageHref(root, path)));
      for (NoteId id : translationIds) {
        ParsedNote other = graph.notes().get(id);
        String otherPath = graph.pageUrls().get(id);
        Lang otherLang = other.source().lang();
        translations.add(
            new TranslationLink(
                other.title(), root + otherPath, otherLang.code(), nativeName(otherLang)));
        langSwitch.add(
            new LangLink(otherLang.code(), nativeName(otherLang), root + otherPath, false));
        alternates.add(new LinkView(otherLang.code(), pageHref(root, otherPath)));
      }
    }

    PageChrome chrome =
        chrome(
            lang,
            note.title(),
            root,
            path,
            note.source().frontmatter().description().orElse(""),
            alternates,
            false,
            false,
            langSwitch,
            usesMath(body),
            usesMermaid(body));
    List<TagLink> tags = listings.tagLinks(note.tags(), root);
    List<TocEntry> toc = toc(note);
    List<NoteLink> backlinks =
        graph.backlinks().getOrDefault(note.id(), List.of()).stream()
            .map(id -> listings.noteLink(id, root, ui))
            .toList();
    Instant modified = note.source().lastModified();
    NotePageView view =
        new NotePageView(
            chrome,
            nativeName(lang),
            ui.date(modified),
            isoDate(modified),
            !tags.isEmpty(),
            tags,
            !translations.isEmpty(),
            translations,
            toc.size() > 1,
            toc,
            body,
            !backlinks.isEmpty(),
            backlinks);
    return new NotePage(page(path, "note", view), chrome.usesMath(), chrome.usesMermaid());
  }

  /** The headings of the body, without the one shown as the page title. */
  private static List<TocEntry> toc(ParsedNote note) {
    List<Heading> headings = new ArrayList<>(note.headings());
    boolean titleIsFirstHeading =
        note.titleSource() == ParsedNote.TitleSource.HEADING
            && NoteTree.titleBlock(note).isPresent()
            && !headings.isEmpty();
    if (titleIsFirstHeading) {
      headings.remove(0);
    }
    int top = headings.stream().mapToInt(Heading::level).min().orElse(1);
    return headings.stream()
        .map(h -> new TocEntry(h.text(), h.anchor(), Math.min(h.level() - top + 1, 5)))
        .toList();
  }

  private OutputFile indexPage(NoteGraph graph, CheckReport report, NoteListings listings) {
    Lang lang = config.defaultLang();
    UiStrings ui = theme.strings(lang);
    String root = "";
    Map<Lang, List<ParsedNote>> byLang = new TreeMap<>();
    for (ParsedNote note : graph.notes().values()) {
      byLang.computeIfAbsent(note.source().lang(), l -> new ArrayList<>()).add(note);
    }
    List<IndexPageView.LanguageCount> languages = new ArrayList<>();
    List<IndexPageView.LanguageGroup> groups = new ArrayList<>();
    for (Map.Entry<Lang, List<ParsedNote>> entry : byLang.entrySet()) {
      Lang noteLang = entry.getKey();
      List<ParsedNote> notes = entry.getValue();
      languages.add(
          new IndexPageView.LanguageCount(noteLang.code(), nativeName(noteLang), notes.size()));
      Map<String, List<ParsedNote>> byFolder = new TreeMap<>();
      for (ParsedNote note : notes) {
        byFolder.computeIfAbsent(note.id().folder(), f -> new ArrayList<>()).add(note);
      }
      List<IndexPageView.FolderGroup> folders = new ArrayList<>();
      byFolder.forEach(
          (folder, folderNotes) ->
              folders.add(
                  new IndexPageView.FolderGroup(
                      folder.isEmpty() ? ui.text("index.top") : folder,
                      listings.byTitle(
                          folderNotes.stream().map(ParsedNote::id).toList(), root, ui))));
      groups.add(
          new IndexPageView.LanguageGroup(
              noteLang.code(),
              nativeName(noteLang),
              ui.count("index.count", notes.size()),
              folders));
    }
    List<NoteLink> recent =
        graph.notes().values().stream()
            .sorted(
                Comparator.comparing((ParsedNote n) -> n.source().lastModified())
                    .reversed()
                    .thenComparing(ParsedNote::id))
            .limit(RECENT_NOTES)
            .map(n -> listings.noteLink(n.id(), root, ui))
            .toList();
    String title = ui.text("index.title");
    PageChrome chrome = listChrome(lang, title, root, "index.html", true, false);
    IndexPageView view =
        new IndexPageView(
            chrome,
            ui.format(
                "index.intro",
                ui.count("index.count", graph.notes().size()),
                ui.count("tags.total", graph.tags().size())),
            healthSummary(report, ui),
            languages.size() > 1,
            languages,
            !recent.isEmpty(),
            recent,
            groups);
    return page("index.html", "index", view);
  }

  /** "5 broken links, 19 missing sections" in the page's language. */
  private static String healthSummary(CheckReport report, UiStrings ui) {
    return ui.count("health.links", report.count(FindingCode.Group.LINKS))
        + ", "
        + ui.count("health.sections", report.count(FindingCode.Group.SECTIONS));
  }

  /** The problems {@code check} found, by file, each linked to its place in the note's page. */
  private OutputFile healthPage(NoteGraph graph, CheckReport report) {
    Lang lang = config.defaultLang();
    UiStrings ui = theme.strings(lang);
    String path = "health.html";
    String root = rootOf(path);
    Map<String, List<Finding>> byFile = new TreeMap<>();
    // Broken links, missing sections and other problems; information (orphans, missing
    // translations) stays in `memoria check`, or the page would list every note of a big vault.
    for (Finding finding : report.findings()) {
      if (FindingCode.groupOf(finding.code()) != FindingCode.Group.INFO) {
        byFile
            .computeIfAbsent(finding.diagnostic().pos().file(), f -> new ArrayList<>())
            .add(finding);
      }
    }
    List<HealthPageView.FileFindings> files = new ArrayList<>();
    for (Map.Entry<String, List<Finding>> entry : byFile.entrySet()) {
      List<Finding> findings = entry.getValue();
      java.util.Optional<NoteId> noteId =
          findings.stream()
              .map(Finding::note)
              .flatMap(java.util.Optional::stream)
              .filter(graph.notes()::containsKey)
              .findFirst();
      String page = noteId.map(id -> root + graph.pageUrls().get(id)).orElse("");
      List<HealthPageView.FindingView> views =
          findings.stream().map(f -> findingView(f, page, ui)).toList();
      files.add(
          new HealthPageView.FileFindings(
              "h_" + files.size(),
              noteId.map(id -> graph.notes().get(id).title()).orElse(entry.getKey()),
              entry.getKey(),
              !page.isEmpty(),
              page,
              ui.count("health.findings", findings.size()),
              views));
    }
    PageChrome chrome = listChrome(lang, ui.text("health.title"), root, path, false, false);
    return page(
        path,
        "health",
        new HealthPageView(chrome, healthSummary(report, ui), !files.isEmpty(), files));
  }

  private static HealthPageView.FindingView findingView(
      Finding finding, String page, UiStrings ui) {
    String severity = finding.diagnostic().severity().label();
    boolean linked = !page.isEmpty();
    String url = page + (finding.anchor().isEmpty() ? "" : "#" + finding.anchor());
    return new HealthPageView.FindingView(
        severity,
        ui.text("severity." + severity),
        finding.code(),
        finding.diagnostic().message(),
        !finding.subject().isEmpty(),
        finding.subject(),
        linked,
        linked ? url : "",
        ui.format("health.line", finding.diagnostic().pos().line()),
        !finding.suggestions().isEmpty(),
        ui.format("health.suggestions", String.join(", ", finding.suggestions())));
  }

  /**
   * A stub page for every note that is linked but does not exist: the reader lands on "this note
   * does not exist yet — linked from …" instead of a 404, as with Wikipedia's red links.
   */
  private List<OutputFile> missingPages(NoteGraph graph, NoteListings listings) {
    Map<String, String> names = new TreeMap<>();
    Map<String, java.util.Set<NoteId>> linkers = new TreeMap<>();
    for (ParsedNote note : graph.notes().values()) {
      for (LinkRef link : note.links()) {
        // The same rule the body renderer links by, so every stub link has its page.
        BodyRenderer.stubPage(link.key(), graph.resolve(note.id(), link.key()))
            .ifPresent(
                stub -> {
                  names.putIfAbsent(stub, link.key().path());
                  linkers.computeIfAbsent(stub, s -> new TreeSet<>()).add(note.id());
                });
      }
    }
    List<OutputFile> files = new ArrayList<>();
    for (Map.Entry<String, java.util.Set<NoteId>> entry : linkers.entrySet()) {
      String path = entry.getKey();
      String root = rootOf(path);
      java.util.Set<Lang> langs = new TreeSet<>();
      entry.getValue().forEach(id -> langs.add(graph.notes().get(id).source().lang()));
      Lang lang = langs.size() == 1 ? langs.iterator().next() : config.defaultLang();
      UiStrings ui = theme.strings(lang);
      List<NoteLink> linkedFrom = listings.byTitle(entry.getValue(), root, ui);
      PageChrome chrome =
          listChrome(lang, ui.format("missing.title", names.get(path)), root, path, false, false);
      files.add(page(path, "missing", new MissingPageView(chrome, linkedFrom)));
    }
    return files;
  }

  private List<OutputFile> tagPages(NoteGraph graph, NoteListings listings) {
    Lang lang = config.defaultLang();
    UiStrings ui = theme.strings(lang);
    List<OutputFile> files = new ArrayList<>();
    String indexPath = "tags/index.html";
    String indexRoot = rootOf(indexPath);
    List<TagsPageView.TagCount> all =
        graph.tags().entrySet().stream()
            .map(e -> tagCount(graph, listings, e.getKey(), e.getValue().size(), indexRoot))
            .toList();
    PageChrome indexChrome =
        listChrome(lang, ui.text("tags.title"), indexRoot, indexPath, false, true);
    files.add(page(indexPath, "tags", new TagsPageView(indexChrome, all)));

    for (Map.Entry<String, List<NoteId>> entry : graph.tags().entrySet()) {
      String tag = entry.getKey();
      String path = listings.tagPath(tag);
      String root = rootOf(path);
      String name = graph.tagNames().getOrDefault(tag, tag);
      List<TagsPageView.TagCount> children =
          // Nested tags sort right after their parent: "a/" up to "a0" ('0' follows '/').
          graph.tags().subMap(tag + "/", tag + "0").entrySet().stream()
              .filter(e -> e.getKey().indexOf('/', tag.length() + 1) < 0)
              .map(e -> tagCount(graph, listings, e.getKey(), e.getValue().size(), root))
              .toList();
      List<NoteLink> notes = listings.byTitle(entry.getValue(), root, ui);
      PageChrome chrome =
          listChrome(lang, ui.format("tags.tagged", "#" + name), root, path, false, false);
      files.add(
          page(
              path,
              "tag",
              new TagPageView(
                  chrome,
                  ui.count("tags.count", notes.size()),
                  !children.isEmpty(),
                  children,
                  notes)));
    }
    return files;
  }

  private TagsPageView.TagCount tagCount(
      NoteGraph graph, NoteListings listings, String tag, int count, String root) {
    String name = graph.tagNames().getOrDefault(tag, tag);
    int depth = (int) tag.chars().filter(c -> c == '/').count();
    return new TagsPageView.TagCount(name, root + listings.tagPath(tag), count, depth);
  }

  /**
   * The 404 page is served for missing paths at any depth, where relative links cannot work: with
   * {@code --base-url} its links are absolute, without it they assume the site root.
   */
  private OutputFile notFoundPage(NoteGraph graph) {
    Lang lang = config.defaultLang();
    UiStrings ui = theme.strings(lang);
    String root = config.baseUrl().orElse("");
    Set<Lang> langs = new TreeSet<>();
    langs.add(lang);
    graph.notes().values().forEach(n -> langs.add(n.source().lang()));
    List<NotFoundPageView.Message> messages = new ArrayList<>();
    messages.add(message(lang, root));
    langs.stream()
        .filter(l -> !l.equals(lang))
        .filter(theme::hasStrings)
        .forEach(l -> messages.add(message(l, root)));
    PageChrome chrome = listChrome(lang, ui.text("notfound.title"), root, "404.html", false, false);
    return page("404.html", "404", new NotFoundPageView(chrome, messages));
  }

  /** The search page, in the site's language; its results are drawn by the theme's script. */
  private OutputFile searchPage(NoteGraph graph) {
    Lang lang = config.defaultLang();
    UiStrings ui = theme.strings(lang);
    Set<Lang> langs = new TreeSet<>();
    graph.notes().values().forEach(n -> langs.add(n.source().lang()));
    List<SearchPageView.LangOption> options =
        langs.stream().map(l -> new SearchPageView.LangOption(l.code(), nativeName(l))).toList();
    PageChrome chrome = listChrome(lang, ui.text("search.title"), "", "search.html", false, false);
    return page("search.html", "search", new SearchPageView(chrome, options));
  }

  private NotFoundPageView.Message message(Lang lang, String root) {
    UiStrings strings = theme.strings(lang);
    return new NotFoundPageView.Message(
        lang.code(),
        strings.text("notfound.text"),
        strings.text("notfound.home"),
        root + "index.html");
  }

  /** The chrome of a page that belongs to no note: no description, translations or libraries. */
  private PageChrome listChrome(
      Lang lang, String title, String root, String path, boolean isHome, boolean isTags) {
    return chrome(lang, title, root, path, "", List.of(), isHome, isTags, List.of(), false, false);
  }

  private PageChrome chrome(
      Lang lang,
      String title,
      String root,
      String path,
      String description,
      List<LinkView> alternates,
      boolean isHome,
      boolean isTags,
      List<LangLink> langSwitch,
      boolean usesMath,
      boolean usesMermaid) {
    return new PageChrome(
        lang.code(),
        title,
        config.siteTitle(),
        root,
        description,
        config.baseUrl().map(base -> base + path).orElse(""),
        alternates,
        root + SiteFeeds.FEED,
        theme.strings(lang).tree(),
        isHome,
        isTags,
        !langSwitch.isEmpty(),
        langSwitch,
        usesMath,
        usesMermaid,
        config.search());
  }

  /** A language's name in that language ("Español"), so a reader finds their own. */
  private String nativeName(Lang lang) {
    return theme.hasStrings(lang) ? theme.strings(lang).text("lang.name") : lang.code();
  }

  private String pageHref(String root, String path) {
    return config.baseUrl().map(base -> base + path).orElse(root + path);
  }

  private OutputFile page(String path, String template, Object view) {
    Mustache mustache = theme.template(template);
    StringWriter out = new StringWriter(8192);
    mustache.execute(out, view);
    return OutputFile.text(path, out.toString());
  }

  /** The path from a page to the site root: "" for {@code a.html}, "../" for {@code x/a.html}. */
  static String rootOf(String pagePath) {
    int depth = (int) pagePath.chars().filter(c -> c == '/').count();
    return "../".repeat(depth);
  }

  static String isoDate(Instant instant) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(ZoneOffset.UTC));
  }
}
