package dev.memoria.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A built site served on 127.0.0.1 under a sub-path, as a static host would serve it: a folder
 * gives its {@code index.html}, anything else outside the site is a 404.
 */
public final class SiteServer implements AutoCloseable {

  private final HttpServer server;
  private final String prefix;

  private SiteServer(HttpServer server, String prefix) {
    this.server = server;
    this.prefix = prefix;
  }

  /** Serves {@code site} at {@code prefix} ({@code /some/path/}) on a free loopback port. */
  public static SiteServer start(Path site, String prefix) throws IOException {
    Path root = site.toAbsolutePath().normalize();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path =
              URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
          Path file =
              path.startsWith(prefix)
                  ? root.resolve(path.substring(prefix.length())).normalize()
                  : null;
          if (file != null && Files.isDirectory(file)) {
            file = file.resolve("index.html");
          }
          if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
          }
          byte[] body = Files.readAllBytes(file);
          exchange.getResponseHeaders().set("Content-Type", contentType(file));
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    return new SiteServer(server, prefix);
  }

  /** The address of the site's root, ending in {@code /}. */
  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
  }

  private static String contentType(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".html")) {
      return "text/html; charset=utf-8";
    }
    if (name.endsWith(".css")) {
      return "text/css";
    }
    return name.endsWith(".js") ? "text/javascript" : "application/octet-stream";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
