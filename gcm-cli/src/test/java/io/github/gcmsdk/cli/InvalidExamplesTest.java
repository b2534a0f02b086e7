package io.github.gcmsdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code gcm validate} on each file of {@code examples/data/invalid/} and checks that it
 * reports exactly the problems its {@code .expected} file lists ({@code line:column severity code}).
 */
class InvalidExamplesTest {

  static Stream<Path> invalidFiles() throws IOException {
    try (Stream<Path> files = Files.list(Run.INVALID)) {
      List<Path> list = files
          .filter(f -> f.getFileName().toString().endsWith(".json"))
          .sorted()
          .collect(Collectors.toList());
      return list.stream();
    }
  }

  @Test
  void thereAreInvalidExamplesEachWithItsExpectations() throws IOException {
    List<Path> files = invalidFiles().collect(Collectors.toList());
    assertTrue(files.size() >= 9, "invalid examples: " + files);
    for (Path file : files) {
      assertTrue(Files.exists(expectedFile(file)), "no .expected beside " + file);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFiles")
  void reportsExactlyTheExpectedProblems(Path file) throws IOException {
    Run run = Run.gcm("validate", "--format", "json", file.toString());

    assertEquals(1, run.status, run.toString());
    JsonNode report = new ObjectMapper().readTree(run.out);
    JsonNode result = report.get("files").get(0);
    assertFalse(result.get("valid").asBoolean());
    List<String> actual = new ArrayList<>();
    for (JsonNode problem : result.get("problems")) {
      actual.add(problem.get("line").asInt() + ":" + problem.get("column").asInt() + " "
          + problem.get("severity").asText().toLowerCase(Locale.ROOT) + " "
          + problem.get("code").asText());
    }
    assertEquals(expected(file), actual, file.getFileName() + "\n" + run.out);
  }

  private static Path expectedFile(Path json) {
    String name = json.getFileName().toString();
    return json.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".expected");
  }

  private static List<String> expected(Path json) throws IOException {
    return Files.readAllLines(expectedFile(json), StandardCharsets.UTF_8).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .collect(Collectors.toList());
  }
}
