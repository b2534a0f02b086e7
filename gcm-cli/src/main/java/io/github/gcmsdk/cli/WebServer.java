package io.github.gcmsdk.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.gcmsdk.cli.Options.Language;
import io.github.gcmsdk.cli.Options.ProfileName;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The web server of {@code gcm serve}: the page (static files from the class path) and one API,
 * {@code POST /api/check}, which checks the bytes of one file and answers with its report.
 *
 * <p>It runs on the JDK's own HTTP server ({@code com.sun.net.httpserver}, module
 * jdk.httpserver, an exported and supported JDK API), so serving a page adds no dependency.
 *
 * <p>Safety, since a page in any browser tab can send requests to a local port:
 *
 * <ul>
 *   <li>every request whose {@code Host} is not this server's own address is refused (403), so
 *       that a site whose name resolves to 127.0.0.1 (DNS rebinding) cannot read the page or the
 *       API; so is any request with an {@code Origin} other than the page's own;</li>
 *   <li>every API call needs the token made at start ({@link SecureRandom}, 128 bits), given in
 *       the address printed at start and sent by the page in the {@value #TOKEN_HEADER} header
 *       (401 without it);</li>
 *   <li>a body longer than the limit (the read limits' document size) is refused with 413 before
 *       any of it is read past the limit;</li>
 *   <li>every response forbids inline script, framing, sniffing and referrers; the page inserts
 *       partner data as text only.</li>
 * </ul>
 *
 * <p>Nothing is written to disk: uploads are checked in memory, and what the page offers to
 * download is made in the browser from the answer.
 */
final class WebServer implements AutoCloseable {

  /** The request header that carries the token. */
  static final String TOKEN_HEADER = "X-GCM-Token";

  /** The files of the page, by path: the only ones served. */
  private static final Map<String, String> STATIC = Map.of(
      "/", "index.html",
      "/index.html", "index.html",
      "/app.js", "app.js",
      "/app.css", "app.css");

  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8");

  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self';"
      + " style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none';"
      + " form-action 'none'; frame-ancestors 'none'";

  private final HttpServer server;
  private final ExecutorService executor;
  private final String token;
  private final Set<String> hosts;
  private final String authority;
  private final long maxBody;
  private final Check check;

  /** What checks an upload and answers: {@link WebCheck#check}. */
  @FunctionalInterface
  interface Check {
    String check(String name, byte[] bytes, ProfileName profile, Language language);
  }

  private WebServer(HttpServer server, ExecutorService executor, String token, Set<String> hosts,
      String authority, long maxBody, Check check) {
    this.server = server;
    this.executor = executor;
    this.token = token;
    this.hosts = hosts;
    this.authority = authority;
    this.maxBody = maxBody;
    this.check = check;
  }

  /**
   * Starts a server.
   *
   * @param address the address to listen on (loopback unless the user chose otherwise)
   * @param host the address as the user named it, for the {@code Host} check and the page's URL
   * @param port the port, 0 for any free one
   * @param check what checks an upload
   * @param maxBody the most bytes of an upload
   * @throws IOException if the port cannot be bound
   */
  static WebServer start(InetAddress address, String host, int port, Check check,
      long maxBody) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 0);
    int bound = server.getAddress().getPort();
    String name = address instanceof Inet6Address && !host.startsWith("[") ? "[" + host + "]"
        : host;
    Set<String> hosts = new LinkedHashSet<>();
    hosts.add(name.toLowerCase(Locale.ROOT) + ":" + bound);
    if (address.isLoopbackAddress()) {
      hosts.add("localhost:" + bound);
      hosts.add("127.0.0.1:" + bound);
      hosts.add("[::1]:" + bound);
    } else if (address.isAnyLocalAddress()) {
      hosts.addAll(interfaceAddresses(bound));
    }
    // a few threads: each check holds one upload in memory, so memory stays bounded
    AtomicInteger count = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
      Thread thread = new Thread(r, "gcm-serve-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    // on every address (0.0.0.0, ::), the page is opened at one of them: this machine's own
    String shown = address.isAnyLocalAddress() ? "127.0.0.1" : name;
    WebServer web = new WebServer(server, executor, newToken(), Collections.unmodifiableSet(hosts),
        shown + ":" + bound, maxBody, check);
    server.setExecutor(executor);
    server.createContext("/", web::handle);
    server.start();
    return web;
  }

  /** Every address of this machine, as {@code host:port}, for a server on the wildcard address. */
  private static Set<String> interfaceAddresses(int port) {
    Set<String> hosts = new LinkedHashSet<>();
    try {
      for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress a : Collections.list(network.getInetAddresses())) {
          String literal = a.getHostAddress();
          int zone = literal.indexOf('%');
          literal = zone >= 0 ? literal.substring(0, zone) : literal;
          hosts.add((a instanceof Inet6Address ? "[" + literal + "]" : literal) + ":" + port);
        }
      }
    } catch (SocketException e) {
      // no interface listed: the name given with --host is still accepted
    }
    return hosts;
  }

  /** 128 random bits, as 32 hexadecimal digits. */
  private static String newToken() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    StringBuilder hex = new StringBuilder();
    for (byte b : bytes) {
      hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return hex.toString();
  }

  /** The port listened on. */
  int port() {
    return server.getAddress().getPort();
  }

  /** The token every API call needs. */
  String token() {
    return token;
  }

  /** The page's address with the token in its fragment (never sent to a server, nor logged). */
  URI url() {
    return URI.create("http://" + authority + "/#token=" + token);
  }

  /** The page's address without token. */
  URI base() {
    return URI.create("http://" + authority + "/");
  }

  /** Stops the server: requests under way are dropped. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    // the answer to a failure is sent before the exchange is closed (a try-with-resources
    // would close it first, and the client would get no answer at all)
    try (exchange) {
      try {
        securityHeaders(exchange.getResponseHeaders());
        Headers request = exchange.getRequestHeaders();
        String host = Optional.ofNullable(request.getFirst("Host")).orElse("")
            .toLowerCase(Locale.ROOT);
        if (!hosts.contains(host)) {
          // DNS rebinding: a foreign name that resolves here
          plain(exchange, 403, "refused: the Host header is not this server's address");
          return;
        }
        String origin = request.getFirst("Origin");
        if (origin != null && !origin.equalsIgnoreCase("http://" + host)) {
          plain(exchange, 403, "refused: a request from another site (Origin)");
          return;
        }
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        if (path.startsWith("/api/")) {
          api(exchange, path, method);
        } else if (STATIC.containsKey(path) || path.equals("/i18n.json")) {
          if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            plain(exchange, 405, "method not allowed");
          } else if (path.equals("/i18n.json")) {
            strings(exchange);
          } else {
            resource(exchange, STATIC.get(path));
          }
        } else {
          plain(exchange, 404, "not found");
        }
      } catch (OutOfMemoryError e) {
        // one upload that needs more memory than there is fails alone, as a file in validate
        failed(exchange, "not enough memory to check this file");
      } catch (IOException | RuntimeException e) {
        // a client that went away, or a bug: the server goes on; no stack trace to anybody
        failed(exchange, "internal error");
      }
    }
  }

  private static void failed(HttpExchange exchange, String text) {
    try {
      plain(exchange, 500, text);
    } catch (IOException | RuntimeException e) {
      // the response was already under way, or the client is gone
    }
  }

  private void api(HttpExchange exchange, String path, String method) throws IOException {
    String given = exchange.getRequestHeaders().getFirst(TOKEN_HEADER);
    if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
        token.getBytes(StandardCharsets.UTF_8))) {
      plain(exchange, 401, "refused: missing or wrong token (open the address gcm serve printed)");
      return;
    }
    if (!path.equals("/api/check")) {
      plain(exchange, 404, "not found");
      return;
    }
    if (!method.equals("POST")) {
      exchange.getResponseHeaders().set("Allow", "POST");
      plain(exchange, 405, "method not allowed");
      return;
    }
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null && !length.matches("[0-9]{1,18}")) {
      plain(exchange, 400, "bad Content-Length");
      return;
    }
    if (length != null && Long.parseLong(length) > maxBody) {
      tooLarge(exchange);
      return;
    }
    Optional<byte[]> body = body(exchange.getRequestBody());
    if (body.isEmpty()) {
      tooLarge(exchange);
      return;
    }
    ProfileName profile = "draft".equals(query.get("profile")) ? ProfileName.DRAFT
        : ProfileName.PUBLICATION;
    Language language = language(query.get("lang"));
    String answer = check.check(WebCheck.fileName(query.getOrDefault("name", "upload.json")),
        body.get(), profile, language);
    send(exchange, 200, "application/json; charset=utf-8",
        answer.getBytes(StandardCharsets.UTF_8));
  }

  private void tooLarge(HttpExchange exchange) throws IOException {
    // the connection is closed after the answer: the rest of the body is never read
    exchange.getResponseHeaders().set("Connection", "close");
    plain(exchange, 413, "refused: the file is larger than the limit of " + maxBody + " bytes");
  }

  /** The body, or empty if it is longer than the limit (then read no further). */
  private Optional<byte[]> body(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
      if (total > maxBody) {
        return Optional.empty();
      }
      bytes.write(buffer, 0, n);
    }
    return Optional.of(bytes.toByteArray());
  }

  static Language language(String code) {
    for (Language language : Language.values()) {
      if (language.toString().equals(code)) {
        return language;
      }
    }
    return Language.EN;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new HashMap<>();
    if (raw == null) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        try {
          query.putIfAbsent(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          // a malformed escape: the parameter is left out, its default applies
        }
      }
    }
    return query;
  }

  /** The interface's sentences in one language, as a JSON object. */
  private void strings(HttpExchange exchange) throws IOException {
    Language language = language(query(exchange.getRequestURI().getRawQuery()).get("lang"));
    StringWriter text = new StringWriter();
    try (JsonGenerator json = Json.generator(text)) {
      json.writeStartObject();
      for (Map.Entry<String, String> e
          : new CliMessages(language.locale()).withPrefix("web.").entrySet()) {
        json.writeStringField(e.getKey(), e.getValue());
      }
      json.writeEndObject();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    send(exchange, 200, "application/json; charset=utf-8",
        text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private void resource(HttpExchange exchange, String name) throws IOException {
    try (InputStream in = WebServer.class.getResourceAsStream("web/" + name)) {
      if (in == null) {
        plain(exchange, 404, "not found");
        return;
      }
      String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
      send(exchange, 200, type, in.readAllBytes());
    }
  }

  private static void securityHeaders(Headers headers) {
    headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Cross-Origin-Opener-Policy", "same-origin");
    headers.set("Cross-Origin-Resource-Policy", "same-origin");
    headers.set("Cache-Control", "no-store");
  }

  private static void plain(HttpExchange exchange, int status, String text) throws IOException {
    send(exchange, status, "text/plain; charset=utf-8",
        (text + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
