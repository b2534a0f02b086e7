package io.github.gcmsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs each example and checks what it prints, so that the examples cannot rot. */
class ExamplesTest {

  /** Tests run in examples/. */
  private static final Path EXAMPLE = Path.of("data/unece-2020-stakeholder-input.json");
  private static final Path INVALID = Path.of("data/invalid");

  @Test
  void buildDocument() {
    assertEquals(String.join("\n",
            "unece-2020-excerpt: Stakeholder input to the UNECE regional review (excerpt)",
            "section obj11 (Objective 11 - borders) addresses Objective 11 - Manage borders",
            "1 finding, 1 recommendation, 1 practice",
            "obj11-rec-1 links to objectives 7 21",
            ""),
        BuildDocument.run());
  }

  @Test
  void cataloguesAnswerAsTheReadmeSays() {
    assertEquals(String.join("\n",
            "Objective 11: Manage borders in an integrated, secure and coordinated manner",
            "parsed: Objective 11",
            "principle (h): CHILD_SENSITIVE",
            "paragraph 44 groups: 13",
            "round table for objective 11: ROUND_TABLE_2",
            "UNECE 2020 review starts 2020-11-12",
            "UNECE member States: 56",
            "MD: MD, a UNECE member State: yes",
            "France is a member of: [ECE, ECLAC, ESCAP]",
            "ECA 2024: hearing 2024-10-08 (Addis Ababa)",
            "ESCAP 2025 review verified: partly",
            "Objective.of(24): " + objective24Message(),
            ""),
        Catalogues.run());
  }

  private static String objective24Message() {
    try {
      io.github.gcmsdk.catalog.Objective.of(24);
      throw new AssertionError("Objective.of(24) did not throw");
    } catch (io.github.gcmsdk.catalog.CatalogException e) {
      assertTrue(e.getMessage().contains("24"), e.getMessage());
      return e.getMessage();
    }
  }

  @Test
  void writeDocumentWritesWhatReadsBack(@TempDir Path dir) throws IOException {
    String json = WriteDocument.run();
    assertTrue(json.startsWith("{\n  \"formatVersion\": \"2.0\",\n  \"id\": \"unece-2020-excerpt\","),
        json);
    assertTrue(json.endsWith("}\n"), json);
    ReadResult<StakeholderInput> read = GcmJson.standard().readJson(json);
    assertTrue(read.getReport().getProblems().isEmpty(), read.getReport().toString());
    assertEquals(BuildDocument.build(), read.getDocument().orElseThrow());

    Path file = dir.resolve("excerpt.json");
    WriteDocument.write(BuildDocument.build(), file);
    assertEquals(json, Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void readAndValidateTheUneceExample() {
    String out = ReadAndValidate.run(EXAMPLE, Locale.ENGLISH);
    assertTrue(out.startsWith("read unece-2020-stakeholder-input: 3 top-level sections\n"), out);
    assertTrue(out.contains("\nvalid: yes (errors: 0, "), out);
  }

  @Test
  void readAndValidateAnInvalidFile() {
    String out = ReadAndValidate.run(INVALID.resolve("objective-24.json"), Locale.ENGLISH);
    assertTrue(out.contains("objective-24.json:46:9: error GCM-J020 objective 24"), out);
    assertTrue(out.contains("\n1 file, 0 valid, 1 error, 0 warnings\n"), out);
    assertTrue(out.endsWith("valid: no (errors: 1, warnings: 0, information: 0)\n"), out);
  }

  @Test
  void readAndValidateInFrench() {
    String out = ReadAndValidate.run(INVALID.resolve("blank-recommendation.json"), Locale.FRENCH);
    assertTrue(out.contains("blank-recommendation.json:33:19: error GCM-V001 "), out);
    assertTrue(!out.contains("must not be blank"), out);
  }

  @Test
  void recommendationsByObjective() {
    String out = RecommendationsByObjective.run(
        List.of(EXAMPLE, INVALID.resolve("dangling-reference.json"), INVALID.resolve("truncated.json")));
    List<String> lines = out.lines().collect(java.util.stream.Collectors.toList());
    assertTrue(lines.get(0).startsWith("Objective 2 - Minimize adverse drivers (2)"), out);
    // 4 from the UNECE example, 1 from dangling-reference.json; truncated.json cannot be read
    assertTrue(out.contains("\nObjective 11 - Manage borders (5)\n"
        + "  unece-2020-stakeholder-input/obj11-rec-1: "), out);
    assertTrue(out.contains("\n  partner-input-borders/borders-rec-1: End pushbacks and guarantee"
        + " access to fair and efficient asylum ...\n"), out);
    for (String line : lines) {
      assertTrue(line.startsWith("Objective ") || line.startsWith("  "), line);
    }
  }

  @Test
  void validateCollectionPrintsTheInvalidDocumentsOfAJsonLinesFile(@TempDir Path dir) {
    StakeholderInput valid = GcmJson.standard().read(EXAMPLE).getDocument().orElseThrow();
    Path file = dir.resolve("inputs.jsonl");
    StakeholderInput twice = valid.withSections(valid.getSections().get(0),
        valid.getSections().get(0)); // the same ids twice: GCM-V009
    GcmJson.standard().writeCollection(List.of(valid, twice, valid), file,
        io.github.gcmsdk.io.CollectionFormat.JSON_LINES);
    String out = ValidateCollection.run(file);
    assertTrue(out.startsWith("document 1:\n" + file + ":2:"), out);
    assertTrue(out.contains(" error GCM-V009 "), out);
    assertTrue(out.contains("\n1 file, 0 valid, "), out);
    assertTrue(!out.contains("document 0:") && !out.contains("document 2:"), out);
  }
}
