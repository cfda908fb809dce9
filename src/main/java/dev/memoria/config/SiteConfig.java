package dev.memoria.config;

import dev.memoria.core.Lang;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a build needs to know besides the notes themselves.
 *
 * @param vault the folder of notes, as given (relative paths print as the user typed them)
 * @param out the output folder
 * @param theme the theme folder (templates, assets, i18n)
 * @param baseUrl the public URL of the site, only used where absolute URLs are required (sitemap,
 *     feed); pages always link relatively
 * @param siteTitle the title shown in the header and the feed
 * @param defaultLang the language of pages that belong to no note (index, tags, 404)
 * @param excludes glob patterns, relative to the vault, of files and folders to skip
 * @param includeDrafts whether notes marked {@code draft: true} are published
 * @param unsafeHtml whether raw HTML in notes is kept as written instead of sanitised
 * @param force whether to write into a non-empty folder that Memoria did not create
 * @param checks how {@code check} judges findings (severity overrides from {@code memoria.yml})
 * @param search whether the site gets a search index, a search box in every page and a search page
 */
public record SiteConfig(
    Path vault,
    Path out,
    Path theme,
    Optional<String> baseUrl,
    String siteTitle,
    Lang defaultLang,
    List<String> excludes,
    boolean includeDrafts,
    boolean unsafeHtml,
    boolean force,
    CheckSettings checks,
    boolean search) {

  public static final String CONFIG_FILE = "memoria.yml";

  public SiteConfig {
    excludes = List.copyOf(excludes);
    baseUrl = baseUrl.map(url -> url.endsWith("/") ? url : url + "/");
  }

  /** How a file inside the vault is named in messages: the vault as given, then the path. */
  public String displayPath(String vaultRelativePath) {
    String prefix = vault.toString().replace('\\', '/');
    if (prefix.isEmpty() || prefix.equals(".")) {
      return vaultRelativePath;
    }
    return (prefix.endsWith("/") ? prefix : prefix + "/") + vaultRelativePath;
  }
}
