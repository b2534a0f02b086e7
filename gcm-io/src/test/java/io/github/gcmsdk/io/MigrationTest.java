package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Severity;
import io.github.gcmsdk.testkit.GcmGenerators;
import io.github.gcmsdk.testkit.Properties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Files of format 1.0 are upgraded to 2.0 on reading, and lose nothing: every value of the 1.0
 * file is in the 2.0 document, at the same JSON Pointer unless the {@link MigrationReport} says
 * where it moved, and the 2.0 document holds nothing else than what the report names.
 */
class MigrationTest {

  private static final Path EXAMPLES = Path.of("..", "examples", "data");
  private static final ObjectMapper TREES = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private final GcmJson json = GcmJson.standard();

  @Test
  void theUnece2020ExampleOfFormat10BecomesTheBundled20ExampleAndLosesNothing()
      throws IOException {
    byte[] old = Files.readAllBytes(EXAMPLES.resolve("format-1.0/unece-2020-stakeholder-input.json"));
    ReadResult<StakeholderInput> result = json.read(old);
    assertTrue(result.isValid(), () -> result.getReport().getProblems().toString());
    Problem upgraded = result.getReport().getProblems().get(0);
    assertEquals("GCM-J034", upgraded.getCode());
    assertEquals(Severity.INFO, upgraded.getSeverity());
    MigrationReport migration = result.getMigration().orElseThrow();
    assertEquals(List.of("/formatVersion -> /formatVersion: \"1.0\" becomes \"2.0\""),
        migration.toLines());
    String written = json.write(result.getDocument().orElseThrow());
    assertLossless(new String(old, StandardCharsets.UTF_8), written, migration);
    ReadResult<StakeholderInput> bundled = json.read(
        EXAMPLES.resolve("unece-2020-stakeholder-input.json"));
    assertTrue(bundled.getMigration().isEmpty(), "the bundled example is of format 2.0");
    StakeholderInput example = bundled.getDocument().orElseThrow();
    assertEquals(example.withReview(example.getReview().orElseThrow().withEvents(List.of())),
        result.getDocument().orElseThrow(),
        "the bundled 2.0 example is the 1.0 file migrated, plus the events 2.0 can record");
    assertTrue(result.getDocument().orElseThrow().getReview().orElseThrow().getEvents().isEmpty(),
        "the upgrade adds no event the 1.0 file did not state");
  }

  @Test
  void everyValueOfAGeneratedFormat10DocumentSurvivesItsUpgrade() {
    Properties.forAll(GcmGenerators.formatOneDocuments(), 500, 2022_05_20L, document -> {
      String old = json.write(document).replaceFirst("\"formatVersion\": \"2\\.0\"",
          "\"formatVersion\": \"1.0\"");
      ReadResult<StakeholderInput> result = json.readJson(old);
      assertTrue(result.isValid(), () -> result.getReport().getProblems().toString());
      assertTrue(result.getReport().getProblems().stream()
          .anyMatch(p -> p.getCode().equals("GCM-J034")), "the upgrade is reported");
      MigrationReport migration = result.getMigration().orElseThrow();
      assertLossless(old, json.write(result.getDocument().orElseThrow()), migration);
    });
  }

  @Test
  void aMapperWithTheJacksonModuleUpgradesAFormat10DocumentAsGcmJsonDoes() throws IOException {
    byte[] old = Files.readAllBytes(EXAMPLES.resolve("format-1.0/unece-2020-stakeholder-input.json"));
    ObjectMapper mapper = new ObjectMapper().registerModule(new GcmJacksonModule());
    StakeholderInput read = mapper.readValue(old, StakeholderInput.class);
    assertEquals(json.read(old).getDocument().orElseThrow(), read);
    assertEquals("2.0", read.getFormatVersion());
  }

  @Test
  void aFileOfFormat20IsNotMigrated() {
    ReadResult<StakeholderInput> result = json.readJson(
        "{\"formatVersion\": \"2.0\", \"id\": \"d\", \"title\": \"t\", \"language\": \"en\","
            + " \"review\": {\"process\": \"regional-review\", \"regionalReview\": \"ece-2020\"}}");
    assertTrue(result.getMigration().isEmpty());
    assertTrue(result.getReport().getProblems().isEmpty());
    assertTrue(result.getDocument().orElseThrow().getReview().orElseThrow().getEvents().isEmpty(),
        "a 2.0 file says which events it records");
  }

  /**
   * Checks that the 2.0 text is the 1.0 text with the moves of the report applied: the values a
   * move puts in place removed and the version put back, the two trees are equal.
   */
  private static void assertLossless(String old, String upgraded, MigrationReport migration) {
    try {
      JsonNode before = TREES.readTree(old);
      JsonNode after = TREES.readTree(upgraded);
      assertEquals("2.0", after.get("formatVersion").asText());
      ObjectNode undone = (ObjectNode) after.deepCopy();
      undone.set("formatVersion", before.get("formatVersion"));
      List<MigrationReport.Move> moves = migration.getMoves();
      for (int i = moves.size() - 1; i >= 0; i--) {
        MigrationReport.Move move = moves.get(i);
        if (move.getFrom().equals(move.getTo())) {
          continue; // a value changed in place: the version, put back above
        }
        com.fasterxml.jackson.core.JsonPointer to =
            com.fasterxml.jackson.core.JsonPointer.compile(move.getTo());
        assertFalse(undone.at(to).isMissingNode(), move + ": nothing at " + move.getTo());
        assertFalse(before.at(move.getFrom()).isMissingNode(),
            move + ": nothing at " + move.getFrom() + " in the 1.0 file");
        JsonNode parent = undone.at(to.head());
        if (parent instanceof ArrayNode array) {
          array.remove(Integer.parseInt(to.last().getMatchingProperty()));
          if (array.isEmpty()) {
            ((ObjectNode) undone.at(to.head().head())).remove(to.head().last()
                .getMatchingProperty());
          }
        } else {
          ((ObjectNode) parent).remove(to.last().getMatchingProperty());
        }
      }
      assertEquals(before, undone, "the 2.0 document is the 1.0 file and the moves only");
      assertEquals(TextNode.valueOf("2.0"), after.get("formatVersion"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
