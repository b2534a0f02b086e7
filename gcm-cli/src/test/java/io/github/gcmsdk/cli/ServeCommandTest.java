package io.github.gcmsdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gcm serve} as a user starts it: its options, its address, Ctrl-C. */
class ServeCommandTest {

  @Test
  void aPortOutOfRangeIsAUsageError() {
    Run run = Run.gcm("serve", "--port", "70000");
    assertEquals(2, run.status, run.toString());
    assertEquals("gcm serve: --port must be between 0 and 65535, not 70000", run.errLines().get(0));
  }

  @Test
  void anUnknownHostIsAUsageError() {
    Run run = Run.gcm("serve", "--host", "no-such-host.invalid", "--port", "0");
    assertEquals(2, run.status, run.toString());
    assertEquals("gcm serve: unknown host: no-such-host.invalid", run.errLines().get(0));
  }

  /**
   * In a JVM of its own, headless, with --open and --port 0: prints the address with its token,
   * serves the page there, says it opened no browser, and stops on Ctrl-C (SIGINT), saying so.
   */
  @Test
  void servesOnAFreePortAndStopsCleanlyOnCtrlC(@TempDir Path dir) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx128m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Djava.awt.headless=true");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of("serve", "--port", "0", "--open"));
    Process process = new ProcessBuilder(command)
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
    try {
      BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      Matcher address = Pattern.compile(
          "gcm serve: open (http://127\\.0\\.0\\.1:([0-9]+)/)#token=([0-9a-f]{32})").matcher(
              String.valueOf(first));
      assertTrue(address.matches(), first);
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> page = client.send(HttpRequest.newBuilder(
          URI.create(address.group(1))).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("<script src=\"app.js\""), page.body());
      HttpResponse<String> check = client.send(HttpRequest.newBuilder(
              URI.create(address.group(1) + "api/check?name=x.json"))
          .header(WebServer.TOKEN_HEADER, address.group(3))
          .POST(HttpRequest.BodyPublishers.ofFile(Run.EXAMPLE)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, check.statusCode(), check.body());
      assertTrue(check.body().contains("\"valid\": true"), check.body());

      new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
      assertTrue(process.waitFor(30, TimeUnit.SECONDS), "gcm serve still runs after Ctrl-C");
      String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
      assertTrue(err.contains("gcm serve: no browser could be opened here"), err);
      assertTrue(err.endsWith("gcm serve: stopped\n"), err);
      assertEquals(130, process.exitValue(), "ended by SIGINT: " + err);
    } finally {
      process.destroyForcibly();
    }
  }
}
