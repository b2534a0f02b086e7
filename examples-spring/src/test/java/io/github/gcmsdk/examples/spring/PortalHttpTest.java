package io.github.gcmsdk.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.cli.Main;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.spring.GcmProblemDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The portal over real HTTP: a real server on a random port, the JDK's HTTP client. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@Import(PortalHttpTest.NoteController.class)
class PortalHttpTest {

  /** An application type of its own, validated by {@code @Valid} as well. */
  record Note(@NotBlank String text) {}

  /** An application type of its own with the model's types as fields (Boot's JsonMapper reads it). */
  record Batch(String from, List<StakeholderInput> documents, List<Objective> objectives) {}

  /** A controller of the application's own that takes other types than stakeholder input. */
  @RestController
  static class NoteController {
    @PostMapping("/notes")
    String note(@Valid @RequestBody Note note) {
      return note.text();
    }

    @PostMapping("/batches")
    Map<String, Object> batch(@RequestBody Batch batch) {
      return Map.of("from", batch.from(),
          "ids", batch.documents().stream().map(StakeholderInput::getId).toList(),
          "objectives", batch.objectives());
    }
  }

  private static final Path DATA = Path.of("..", "examples", "data");
  private static final Path VALID = DATA.resolve("unece-2020-stakeholder-input.json");
  private static final long THIRTY_MB = 30L * 1024 * 1024;
  /** gcm.limits.max-document-size in src/main/resources/application.properties. */
  private static final long LIMIT = 10L * 1024 * 1024;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient client = HttpClient.newHttpClient();

  @LocalServerPort
  private int port;

  private HttpResponse<String> post(Path file) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/documents"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofFile(file))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String json) {
    return JSON.readValue(json, Map.class);
  }

  @Test
  void aValidDocumentIsStoredAndCounted() throws Exception {
    HttpResponse<String> stored = post(VALID);
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
    assertThat(parse(stored.body())).containsKeys("id", "title");

    HttpResponse<String> coverage = client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/coverage")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(coverage.statusCode()).isEqualTo(200);
    Map<String, Object> summary = parse(coverage.body());
    assertThat(summary.get("documents")).isEqualTo(1);
    assertThat((List<?>) summary.get("objectives")).isNotEmpty();
  }

  static Stream<Path> invalidFiles() throws IOException {
    try (Stream<Path> files = Files.list(DATA.resolve("invalid"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  /** The lines "line:column severity code" of the .expected file next to an invalid example. */
  private static List<String> expected(Path file) throws IOException {
    Path expected = Path.of(file.toString().replaceFirst("\\.json$", ".expected"));
    return Files.readAllLines(expected).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .toList();
  }

  @ParameterizedTest
  @MethodSource("invalidFiles")
  void anInvalidDocumentGets400WithLocatedProblems(Path file) throws Exception {
    HttpResponse<String> answer = post(file);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    Map<String, Object> problem = parse(answer.body());
    assertThat(problem).containsEntry("status", 400).containsKeys("title", "detail");
    List<String> located = new ArrayList<>();
    for (Object each : (List<?>) problem.get("problems")) {
      Map<?, ?> p = (Map<?, ?>) each;
      located.add(p.get("line") + ":" + p.get("column") + " "
          + p.get("severity").toString().toLowerCase(java.util.Locale.ROOT) + " " + p.get("code"));
    }
    assertThat(located).containsAll(expected(file));
  }

  @ParameterizedTest
  @MethodSource("invalidFiles")
  void problemsHaveTheShapeOfGcmValidateFormatJson(Path file) throws Exception {
    StringWriter out = new StringWriter();
    picocli.CommandLine cli = Main.newCommandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    cli.execute("validate", "--format", "json", file.toString());
    Map<String, Object> report = parse(out.toString());
    List<?> cliProblems = (List<?>) ((Map<?, ?>) ((List<?>) report.get("files")).get(0))
        .get("problems");
    List<?> httpProblems = (List<?>) parse(post(file).body()).get("problems");

    for (Object each : httpProblems) {
      Map<?, ?> http = (Map<?, ?>) each;
      Map<?, ?> same = cliProblems.stream().map(p -> (Map<?, ?>) p)
          .filter(p -> p.get("code").equals(http.get("code"))
              && p.get("pointer").equals(http.get("pointer")))
          .findFirst().orElseThrow(() -> new AssertionError(
              "gcm validate does not report " + http + " but " + cliProblems));
      assertThat(List.copyOf(http.keySet())).isEqualTo(List.copyOf(same.keySet()));
      assertThat(http).isEqualTo(same);
    }
  }

  @Test
  void anotherTypesInvalidBodyIsLeftToSpringsOwnHandling() throws Exception {
    HttpResponse<String> answer = client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/notes"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \" \"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).doesNotContain(GcmProblemDetails.PROBLEMS);
  }

  @Test
  void bootsJsonMapperReadsTheModelInsideTheApplicationsOwnTypesWithGcmsModule() throws Exception {
    String document = Files.readString(VALID);
    String batch = "{\"from\": \"IOM\", \"objectives\": [11, 23], \"documents\": ["
        + document + "]}";
    HttpResponse<String> answer = client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/batches"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(batch))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(parse(answer.body())).containsEntry("from", "IOM")
        .containsEntry("ids", List.of("unece-2020-stakeholder-input"))
        .containsEntry("objectives", List.of(11, 23));
    HttpResponse<String> bad = client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/batches"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(
                "{\"from\": \"IOM\", \"objectives\": [24], \"documents\": []}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
  }

  @Test
  void a30MegabyteBodyIsRefusedWith413BeforeItIsSent() throws Exception {
    // Content-Length says 30 MB; only 64 KB is sent, and the rest never is: a server that read
    // the body before answering would wait for it (the read timeout then fails the test).
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /documents HTTP/1.1\r\nHost: localhost\r\n"
          + "Content-Type: application/json\r\nContent-Length: " + THIRTY_MB + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[64 * 1024]);
      out.flush();
      BufferedReader in = new BufferedReader(
          new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      String status = in.readLine();
      assertThat(status).isEqualTo("HTTP/1.1 413 ");
      StringBuilder rest = new StringBuilder();
      for (String line; (line = in.readLine()) != null && rest.length() < 10_000; ) {
        rest.append(line).append('\n');
        if (line.contains("GCM-J040")) {
          break;
        }
      }
      assertThat(rest.toString()).contains("application/problem+json").contains("GCM-J040");
    }
  }

  @Test
  void a30MegabyteChunkedBodyIsCutOffPastTheLimit() throws Exception {
    // No Content-Length: the body is streamed in chunks until the server answers.
    AtomicLong sent = new AtomicLong();
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(60_000);
      Thread writer = new Thread(() -> {
        try {
          OutputStream out = socket.getOutputStream();
          out.write(("POST /documents HTTP/1.1\r\nHost: localhost\r\n"
              + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
          byte[] chunk = new byte[64 * 1024];
          byte[] head = (Integer.toHexString(chunk.length) + "\r\n")
              .getBytes(StandardCharsets.US_ASCII);
          while (sent.get() < THIRTY_MB) {
            out.write(head);
            out.write(chunk);
            out.write(new byte[] {'\r', '\n'});
            sent.addAndGet(chunk.length);
          }
          out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          out.flush();
        } catch (IOException closedByTheServer) {
          // expected: the server answers and closes before the whole body is sent
        }
      });
      writer.setDaemon(true);
      writer.start();
      InputStream in = socket.getInputStream();
      String status = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))
          .readLine();
      assertThat(status).isEqualTo("HTTP/1.1 413 ");
      socket.shutdownOutput();
      writer.join(60_000);
      // the server stopped reading one buffer past the limit; sent also counts what the
      // sockets' buffers took and what the server discarded before closing
      assertThat(sent.get()).isGreaterThan(LIMIT).isLessThan(THIRTY_MB);
    }
  }
}
