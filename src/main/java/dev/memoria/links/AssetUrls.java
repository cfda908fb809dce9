package dev.memoria.links;

import dev.memoria.core.Slugs;
import dev.memoria.vault.Asset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Assigns each used attachment its file in the site, under {@code attachments/}. */
final class AssetUrls {

  /** Extensions are kept so servers send the right type; anything else is folded into the name. */
  private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,10}");

  private AssetUrls() {}

  /** A site file split before its extension: {@code attachments/img/a} and {@code .png}. */
  private record SiteFile(String stem, String extension) {
    String url() {
      return stem + extension;
    }

    String numbered(int n) {
      return stem + "-" + n + extension;
    }
  }

  /** The site file of each asset in {@code assets}, which must be sorted by path. */
  static Map<String, String> assign(List<Asset> assets) {
    Map<String, SiteFile> wanted = new HashMap<>();
    Map<String, String> owners = new HashMap<>();
    for (Asset asset : assets) {
      SiteFile file = siteFile(asset.path());
      wanted.put(asset.path(), file);
      owners.putIfAbsent(lower(file.url()), asset.path());
    }
    Set<String> taken = new HashSet<>(owners.keySet());
    Map<String, String> urls = new HashMap<>();
    for (Asset asset : assets) {
      SiteFile file = wanted.get(asset.path());
      String url = file.url();
      if (!owners.get(lower(url)).equals(asset.path())) {
        for (int n = 2; taken.contains(lower(url)); n++) {
          url = file.numbered(n);
        }
        taken.add(lower(url));
      }
      urls.put(asset.path(), url);
    }
    return urls;
  }

  private static SiteFile siteFile(String path) {
    StringBuilder url = new StringBuilder("attachments/");
    String[] segments = path.split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      if (!segments[i].isEmpty()) {
        url.append(Slugs.slug(segments[i], "folder")).append('/');
      }
    }
    String name = segments[segments.length - 1];
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 ? lower(name.substring(dot + 1)) : "";
    if (EXTENSION.matcher(extension).matches()) {
      url.append(Slugs.slug(name.substring(0, dot), "file"));
      return new SiteFile(url.toString(), "." + extension);
    }
    url.append(Slugs.slug(name, "file"));
    return new SiteFile(url.toString(), "");
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
