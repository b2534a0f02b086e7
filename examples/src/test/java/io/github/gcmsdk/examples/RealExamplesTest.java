package io.github.gcmsdk.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Severity;
import io.github.gcmsdk.validation.GcmValidator;
import io.github.gcmsdk.validation.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The examples that encode real text of real GCM documents (issue 13): each must stay readable,
 * publishable, free of {@code x-} extensions, canonical, and tied to its source address.
 */
class RealExamplesTest {

  /** Tests run in examples/. */
  private static final Path DATA = Path.of("data");
  private static final Path SOURCES = DATA.resolve("SOURCES.md");

  @ParameterizedTest
  @ValueSource(strings = {
      "imrf-2022-progress-declaration.json",
      "escap-2021-stakeholder-consultations.json",
      "eca-2024-non-state-actors-key-messages.json"})
  void realExampleIsPublishableCanonicalAndNamesItsSource(String name) throws IOException {
    Path file = DATA.resolve(name);
    byte[] bytes = Files.readAllBytes(file);

    // strict: a misspelt property would be an error, not a kept unknown
    ReadResult<StakeholderInput> read = GcmJson.strict().read(bytes);
    assertTrue(read.getReport().getProblems(Severity.ERROR).isEmpty(),
        name + ": " + read.getReport());
    StakeholderInput document = read.getDocument().orElseThrow();

    GcmValidator validator = GcmValidator.builder().profile(Profile.PUBLICATION).build();
    List<Problem> blocking = validator.validate(read).getProblems().stream()
        .filter(p -> p.getSeverity() == Severity.ERROR || p.getSeverity() == Severity.WARNING)
        .collect(Collectors.toList());
    assertEquals(List.of(), blocking, name);

    assertEquals(List.of(), extensionMembers(new ObjectMapper().readTree(bytes), ""),
        name + ": x- extensions where the format has a place");

    String url = document.getUrl().orElse("");
    assertTrue(url.startsWith("https://"), name + ": source address " + url);
    String sources = Files.readString(SOURCES, StandardCharsets.UTF_8);
    assertTrue(sources.contains(name) && sources.contains(url),
        name + ": SOURCES.md names neither the file nor its address " + url);

    assertArrayEquals(GcmJson.standard().toCanonicalBytes(document), bytes,
        name + " is not canonical: run gcm format on it");
  }

  /** The JSON Pointers of every member whose name starts with "x-", at any depth. */
  private static List<String> extensionMembers(JsonNode node, String pointer) {
    List<String> found = new ArrayList<>();
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        String child = pointer + "/" + member.getKey();
        if (member.getKey().startsWith("x-")) {
          found.add(child);
        }
        found.addAll(extensionMembers(member.getValue(), child));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        found.addAll(extensionMembers(node.get(i), pointer + "/" + i));
      }
    }
    return found;
  }
}
