package io.github.gcmsdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code gcm serve}'s server over plain HTTP (raw sockets, so that any Host and Origin can be
 * sent): what it refuses, and that its answer is what the commands report.
 */
class WebServerTest {

  /**
   * A small upload limit, so that going past it costs nothing, yet above the example workbook
   * (about 90 KB since format 2.0 added sheets).
   */
  static final long LIMIT = 256 * 1024;
  static final ObjectMapper MAPPER = new ObjectMapper();

  static WebServer server;

  @BeforeAll
  static void start() throws IOException {
    server = WebServer.start(InetAddress.getLoopbackAddress(), "127.0.0.1", 0,
        new WebCheck(false)::check, LIMIT);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** An HTTP response: status, headers (names in lower case), body. */
  record Response(int status, Map<String, String> headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  static String own() {
    return "127.0.0.1:" + server.port();
  }

  /** Sends one request with these header lines (and Connection: close) and reads the answer. */
  static Response send(String method, String target, List<String> headers, byte[] body)
      throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
      for (String header : headers) {
        head.append(header).append("\r\n");
      }
      head.append("Connection: close\r\n\r\n");
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return read(socket.getInputStream());
    }
  }

  /**
   * Reads the status line, the headers and the body of the Content-Length (as a browser does,
   * which need not wait for the server to close the connection).
   */
  static Response read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the connection closed before the headers ended: " + head);
      }
      head.write(b);
    }
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).trim().split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim());
    }
    byte[] body;
    if (headers.containsKey("content-length")) {
      body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
    } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunk(in.readAllBytes());
    } else {
      body = new byte[0];
    }
    return new Response(status, headers, body);
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (true) {
      int lineEnd = indexOf(chunked, i);
      int size = Integer.parseInt(new String(chunked, i, lineEnd - i, StandardCharsets.US_ASCII)
          .trim(), 16);
      if (size == 0) {
        return out.toByteArray();
      }
      out.write(chunked, lineEnd + 2, size);
      i = lineEnd + 2 + size + 2;
    }
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length - 1; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    throw new IllegalStateException("no line end");
  }

  static Response check(String query, byte[] body) throws IOException {
    return send("POST", "/api/check?" + query, List.of("Host: " + own(),
        "Origin: http://" + own(), WebServer.TOKEN_HEADER + ": " + server.token(),
        "Content-Length: " + body.length), body);
  }

  @Nested
  class Refused {

    @Test
    void aForeignHostIsRefusedForThePageAndTheApi() throws IOException {
      // DNS rebinding: evil.example resolves to 127.0.0.1, the browser sends its own name
      Response page = send("GET", "/", List.of("Host: evil.example:" + server.port()), null);
      assertEquals(403, page.status(), page.text());
      byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
      Response api = send("POST", "/api/check?name=a.json", List.of(
          "Host: evil.example:" + server.port(), WebServer.TOKEN_HEADER + ": " + server.token(),
          "Content-Length: 2"), body);
      assertEquals(403, api.status(), api.text());
    }

    @Test
    void anotherPortOfThisHostIsAForeignHost() throws IOException {
      Response page = send("GET", "/", List.of("Host: 127.0.0.1:" + (server.port() + 1)), null);
      assertEquals(403, page.status(), page.text());
    }

    @Test
    void aMissingHostIsRefused() throws IOException {
      Response page = send("GET", "/", List.of(), null);
      assertEquals(403, page.status(), page.text());
    }

    @Test
    void aForeignOriginIsRefusedEvenWithTheToken() throws IOException {
      byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
      for (String origin : List.of("http://evil.example", "null", "https://" + own(),
          "http://127.0.0.1:" + (server.port() + 1))) {
        Response api = send("POST", "/api/check?name=a.json", List.of("Host: " + own(),
            "Origin: " + origin, WebServer.TOKEN_HEADER + ": " + server.token(),
            "Content-Length: 2"), body);
        assertEquals(403, api.status(), origin + ": " + api.text());
      }
    }

    @Test
    void aMissingOrWrongTokenIsRefused() throws IOException {
      byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
      Response missing = send("POST", "/api/check?name=a.json", List.of("Host: " + own(),
          "Content-Length: 2"), body);
      assertEquals(401, missing.status(), missing.text());
      String wrong = server.token().substring(1) + (server.token().charAt(0) == '0' ? "1" : "0");
      Response bad = send("POST", "/api/check?name=a.json", List.of("Host: " + own(),
          WebServer.TOKEN_HEADER + ": " + wrong, "Content-Length: 2"), body);
      assertEquals(401, bad.status(), bad.text());
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedBeforeItIsSent() throws IOException {
      // nothing of the body is sent: the answer comes from the header alone
      Response response = send("POST", "/api/check?name=a.json", List.of("Host: " + own(),
          WebServer.TOKEN_HEADER + ": " + server.token(), "Content-Length: " + (LIMIT + 1)),
          null);
      assertEquals(413, response.status(), response.text());
    }

    @Test
    void aChunkedBodyLargerThanTheLimitIsRefused() throws IOException {
      ByteArrayOutputStream chunks = new ByteArrayOutputStream();
      byte[] chunk = new byte[16 * 1024];
      java.util.Arrays.fill(chunk, (byte) ' ');
      for (long sent = 0; sent <= LIMIT; sent += chunk.length) {
        chunks.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunks.write(chunk);
        chunks.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      chunks.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      Response response = send("POST", "/api/check?name=a.json", List.of("Host: " + own(),
          WebServer.TOKEN_HEADER + ": " + server.token(), "Transfer-Encoding: chunked"),
          chunks.toByteArray());
      assertEquals(413, response.status(), response.text());
    }

    @Test
    void onlyThePageFilesAreServed() throws IOException {
      for (String path : List.of("/../pom.xml", "/web/app.js", "/io/github/gcmsdk/cli/messages.properties",
          "/app.js/", "/%2e%2e/pom.xml")) {
        Response response = send("GET", path, List.of("Host: " + own()), null);
        assertEquals(404, response.status(), path + ": " + response.text());
      }
      Response put = send("PUT", "/", List.of("Host: " + own(), "Content-Length: 0"), new byte[0]);
      assertEquals(405, put.status());
      Response get = send("GET", "/api/check", List.of("Host: " + own(),
          WebServer.TOKEN_HEADER + ": " + server.token()), null);
      assertEquals(405, get.status());
    }
  }

  @Nested
  class Served {

    @Test
    void thePageCarriesTheSecurityHeaders() throws IOException {
      for (String path : List.of("/", "/app.js", "/app.css", "/i18n.json?lang=fr")) {
        Response response = send("GET", path, List.of("Host: " + own()), null);
        assertEquals(200, response.status(), path);
        String policy = response.headers().get("content-security-policy");
        assertTrue(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'")
            && !policy.contains("unsafe-inline"), policy);
        assertEquals("nosniff", response.headers().get("x-content-type-options"));
        assertEquals("no-referrer", response.headers().get("referrer-policy"));
      }
    }

    @Test
    void thePageHasNoInlineScriptAndNoInnerHtml() throws IOException {
      String html = send("GET", "/", List.of("Host: " + own()), null).text();
      assertTrue(html.contains("<script src=\"app.js\" defer></script>"), html);
      assertEquals(1, html.split("<script").length - 1, "one script element, from a file");
      assertFalse(html.contains(" on"), "no event handler attribute");
      String js = send("GET", "/app.js", List.of("Host: " + own()), null).text();
      for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write",
          "eval(", "new Function")) {
        assertFalse(js.contains(sink), sink);
      }
    }

    @Test
    void localhostIsThisServerToo() throws IOException {
      Response page = send("GET", "/", List.of("Host: localhost:" + server.port()), null);
      assertEquals(200, page.status());
    }

    @Test
    void theInterfaceSentencesComeInTheFourLanguages() throws IOException {
      JsonNode en = MAPPER.readTree(send("GET", "/i18n.json?lang=en", List.of("Host: " + own()),
          null).body());
      for (String lang : List.of("fr", "es", "ru")) {
        JsonNode other = MAPPER.readTree(send("GET", "/i18n.json?lang=" + lang,
            List.of("Host: " + own()), null).body());
        List<String> untranslated = new ArrayList<>();
        en.fieldNames().forEachRemaining(key -> {
          if (!other.has(key)) {
            untranslated.add(key);
          }
        });
        assertEquals(List.of(), untranslated, lang);
        assertFalse(en.get("title").asText().equals(other.get("title").asText()), lang);
      }
    }
  }

  static Stream<Path> files() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(Run.EXAMPLE);
    try (Stream<Path> invalid = Files.list(Run.INVALID)) {
      invalid.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
    }
    return files.stream();
  }

  /** The report of the page is gcm validate's: the same problems, in the same order. */
  @ParameterizedTest
  @MethodSource("files")
  void theAnswerHoldsTheReportOfGcmValidate(Path file) throws IOException {
    Response response = check("name=" + file.getFileName() + "&lang=fr&profile=publication",
        Files.readAllBytes(file));
    assertEquals(200, response.status(), response.text());
    JsonNode answer = MAPPER.readTree(response.body());
    JsonNode report = MAPPER.readTree(answer.get("report").asText());
    Run run = Run.gcm("validate", "--format", "json", "--lang", "fr", file.toString());
    JsonNode expected = MAPPER.readTree(run.out);
    ((ObjectNode) expected.get("files").get(0)).put("path", file.getFileName().toString());
    assertEquals(expected, report);
    assertEquals(expected.get("files").get(0).get("valid").asBoolean(),
        answer.get("valid").asBoolean());
    JsonNode sarif = MAPPER.readTree(answer.get("sarif").asText());
    assertEquals("2.1.0", sarif.get("version").asText());
    assertEquals(report.get("files").get(0).get("problems").size(),
        sarif.get("runs").get(0).get("results").size());
  }

  @Test
  void theExampleIsAcceptedAsGcmValidateAcceptsItAndCounted(@TempDir Path directory)
      throws IOException {
    JsonNode answer = MAPPER.readTree(check("name=example.json",
        Files.readAllBytes(Run.EXAMPLE)).body());
    assertEquals(1, answer.get("acceptedCount").asInt());
    assertEquals(0, answer.get("rejectedCount").asInt());
    Path accepted = directory.resolve("a.jsonl");
    Run run = Run.gcm("validate", "--accepted", accepted.toString(), "--rejected",
        directory.resolve("r.jsonl").toString(), Run.EXAMPLE.toString());
    assertEquals(0, run.status, run.toString());
    assertEquals(Files.readString(accepted), answer.get("accepted").asText());
    JsonNode coverage = MAPPER.readTree(answer.get("coverage").asText());
    Run summary = Run.gcm("summary", "--format", "json", Run.EXAMPLE.toString());
    assertEquals(MAPPER.readTree(summary.out), coverage);
  }

  @Test
  void aRejectedRecordComesBackByteForByte() throws IOException {
    byte[] lines = Files.readAllBytes(Run.EXAMPLE);
    String one = new String(lines, StandardCharsets.UTF_8).replace("\r", "").replace("\n", " ");
    // a second record with a byte that is no UTF-8, which a text answer would have replaced
    byte[] bad = "{\"formatVersion\": \"1.0\", \"title\": \"\u00e9\"}".getBytes(StandardCharsets.UTF_8);
    bad[bad.length - 4] = (byte) 0xe9;
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write(one.getBytes(StandardCharsets.UTF_8));
    file.write('\n');
    file.write(bad);
    file.write('\n');
    JsonNode answer = MAPPER.readTree(check("name=two.jsonl", file.toByteArray()).body());
    assertEquals(1, answer.get("acceptedCount").asInt(), answer.toString());
    assertEquals(1, answer.get("rejectedCount").asInt());
    byte[] rejected = Base64.getDecoder().decode(answer.get("rejectedBase64").asText());
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.write(bad);
    expected.write('\n');
    assertEquals(new String(expected.toByteArray(), StandardCharsets.ISO_8859_1),
        new String(rejected, StandardCharsets.ISO_8859_1));
  }

  @Test
  void anUploadedNameKeepsNoDirectory() {
    assertEquals("x.json", WebCheck.fileName("../../etc/x.json"));
    assertEquals("x.json", WebCheck.fileName("C:\\Users\\x.json"));
    assertEquals("upload.json", WebCheck.fileName(".."));
    assertEquals("upload.json", WebCheck.fileName(""));
    assertEquals(255, WebCheck.fileName("a".repeat(1000)).length());
  }

  static final Path WORKBOOK = Run.ROOT.resolve("examples/data/unece-2020-stakeholder-input.xlsx");

  /** A zip of the workbook's sheets as CSV, with objective 24 in Findings!C3. */
  static byte[] csvZip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      for (String[] file : new String[][] {
          {"Document.csv", "formatVersion,id,title,language\r\n1.0,doc-1,Input,en\r\n"},
          {"Sections.csv", "row key,belongs to,id,heading\ns1,,sec-1,Labour\n"},
          {"Findings.csv", "belongs to,text,objectives 1\ns1,Fine.,6\ns1,Bad.,24\n"}}) {
        zip.putNextEntry(new java.util.zip.ZipEntry(file[0]));
        zip.write(file[1].getBytes(StandardCharsets.UTF_8));
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void aWorkbookIsImportedAsGcmImportImportsIt(@TempDir Path directory) throws IOException {
    JsonNode answer = MAPPER.readTree(check("name=input.xlsx",
        Files.readAllBytes(WORKBOOK)).body());
    assertTrue(answer.get("workbook").asBoolean());
    Path out = directory.resolve("out.json");
    Run run = Run.gcm("import", "--format", "json", "-o", out.toString(), WORKBOOK.toString());
    JsonNode expected = MAPPER.readTree(run.out);
    ((ObjectNode) expected.get("files").get(0)).put("path", "input.xlsx");
    assertEquals(expected, MAPPER.readTree(answer.get("report").asText()));
    assertEquals(1, answer.get("acceptedCount").asInt(), answer.toString());
    assertEquals(MAPPER.readTree(out.toFile()), MAPPER.readTree(answer.get("accepted").asText()));
    Run summary = Run.gcm("summary", "--format", "json", out.toString());
    assertEquals(MAPPER.readTree(summary.out), MAPPER.readTree(answer.get("coverage").asText()));
  }

  @Test
  void aProblemOfAZipOfCsvSheetsIsLocatedByItsCell() throws IOException {
    JsonNode answer = MAPPER.readTree(check("name=sheets.zip", csvZip()).body());
    JsonNode problems = MAPPER.readTree(answer.get("report").asText()).get("files").get(0)
        .get("problems");
    List<String> cells = new ArrayList<>();
    problems.forEach(p -> cells.add(p.get("code").asText() + " " + p.path("cell").asText()));
    assertTrue(cells.contains("GCM-J020 Findings!C3"), cells.toString());
    assertFalse(answer.get("valid").asBoolean());
    assertEquals(0, answer.get("acceptedCount").asInt());
  }

  /** --host 0.0.0.0: the address printed is this machine's; foreign names are still refused. */
  @Test
  void onEveryAddressThePageIsAtThisMachinesAddressAndForeignHostsAreRefused()
      throws IOException {
    try (WebServer wide = WebServer.start(InetAddress.getByName("0.0.0.0"), "0.0.0.0", 0,
        new WebCheck(false)::check, LIMIT)) {
      assertEquals("127.0.0.1", wide.url().getHost());
      for (String host : List.of("127.0.0.1", "evil.example")) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), wide.port())) {
          socket.setSoTimeout(20_000);
          socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host + ":" + wide.port()
              + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
          assertEquals(host.equals("evil.example") ? 403 : 200,
              read(socket.getInputStream()).status(), host);
        }
      }
    }
  }

  /** A bug while checking: the client gets a 500 that says no more, and the server goes on. */
  @Test
  void aFailureWhileCheckingIsA500WithoutDetails() throws IOException {
    try (WebServer failing = WebServer.start(InetAddress.getLoopbackAddress(), "127.0.0.1", 0,
        (name, bytes, profile, language) -> {
          throw new IllegalStateException("secret detail");
        }, LIMIT)) {
      for (int i = 0; i < 2; i++) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), failing.port())) {
          socket.setSoTimeout(20_000);
          String own = "127.0.0.1:" + failing.port();
          socket.getOutputStream().write(("POST /api/check?name=a.json HTTP/1.1\r\nHost: " + own
              + "\r\n" + WebServer.TOKEN_HEADER + ": " + failing.token()
              + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
              .getBytes(StandardCharsets.US_ASCII));
          Response response = read(socket.getInputStream());
          assertEquals(500, response.status());
          assertEquals("internal error\n", response.text());
        }
      }
    }
  }
}
