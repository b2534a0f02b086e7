package io.github.gcmsdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.catalog.StakeholderGroup;
import io.github.gcmsdk.io.CollectionFormat;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.model.Actor;
import io.github.gcmsdk.model.Recommendation;
import io.github.gcmsdk.model.Section;
import io.github.gcmsdk.model.StakeholderInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs every command in-process and checks its output and exit status. */
class GcmCommandsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static StakeholderInput document(String id, String recommendation) {
    return StakeholderInput.builder()
        .id(id)
        .title("Input " + id)
        .language("en")
        .addContributors(Actor.of(StakeholderGroup.CIVIL_SOCIETY))
        .addSections(Section.builder()
            .id("obj11")
            .heading("Borders")
            .addObjectives(Objective.of(11))
            .addRecommendations(Recommendation.builder()
                .id("obj11-rec-1")
                .text(recommendation)
                .addAddressees(Actor.of(StakeholderGroup.GOVERNMENTS))
                .build())
            .build())
        .build();
  }

  private static void assertNoStackTrace(Run run) {
    assertFalse(run.err.contains("\tat "), run.toString());
    assertFalse(run.err.contains("Exception"), run.toString());
  }

  @Nested
  class Validate {

    @Test
    void theUneceExampleIsValid() {
      Run run = Run.gcm("validate", Run.EXAMPLE.toString());
      assertEquals(0, run.status, run.toString());
      assertEquals("", run.err);
      List<String> lines = run.outLines();
      assertTrue(lines.get(lines.size() - 1).matches("1 file, 1 valid, 0 errors, \\d+ warnings?"),
          run.toString());
    }

    @Test
    void textReportsOneLinePerProblemThenASummary() {
      Path file = Run.INVALID.resolve("objective-24.json");
      Run run = Run.gcm("validate", file.toString());

      assertEquals(1, run.status, run.toString());
      assertEquals("", run.err);
      List<String> lines = run.outLines();
      assertEquals(2, lines.size(), run.toString());
      assertTrue(lines.get(0).startsWith(file + ":46:9: error GCM-J020 "), lines.get(0));
      assertEquals("1 file, 0 valid, 1 error, 0 warnings", lines.get(1));
    }

    @Test
    void aDirectoryIsSearchedInNameOrder() {
      Run run = Run.gcm("validate", Run.INVALID.toString());
      assertEquals(1, run.status, run.toString());
      List<String> files = new ArrayList<>();
      for (String line : run.outLines()) {
        int colon = line.indexOf(".json:");
        if (colon > 0) {
          String file = line.substring(0, colon + ".json".length());
          if (files.isEmpty() || !files.get(files.size() - 1).equals(file)) {
            files.add(file);
          }
        }
      }
      List<String> sorted = new ArrayList<>(files);
      sorted.sort(null);
      assertEquals(sorted, files);
      assertEquals(9, files.size(), run.toString());
      String summary = run.outLines().get(run.outLines().size() - 1);
      assertTrue(summary.startsWith("9 files, 0 valid, "), summary);
    }

    @Test
    void jsonCanBeParsedBack() throws IOException {
      Run run = Run.gcm("validate", "--format", "json",
          Run.EXAMPLE.toString(), Run.INVALID.resolve("duplicate-key.json").toString());

      assertEquals(1, run.status, run.toString());
      JsonNode report = MAPPER.readTree(run.out);
      JsonNode files = report.get("files");
      assertEquals(2, files.size());
      assertEquals(Run.EXAMPLE.toString(), files.get(0).get("path").asText());
      assertTrue(files.get(0).get("valid").asBoolean());
      JsonNode duplicate = files.get(1);
      assertFalse(duplicate.get("valid").asBoolean());
      JsonNode problem = duplicate.get("problems").get(0);
      assertEquals("ERROR", problem.get("severity").asText());
      assertEquals("GCM-J014", problem.get("code").asText());
      assertEquals(28, problem.get("line").asInt());
      assertEquals(11, problem.get("column").asInt());
      assertTrue(problem.get("pointer").asText().startsWith("/sections/0/findings/0"),
          problem.toString());
      assertFalse(problem.get("message").asText().isBlank());
      JsonNode summary = report.get("summary");
      assertEquals(2, summary.get("files").asInt());
      assertEquals(1, summary.get("valid").asInt());
      assertEquals(1, summary.get("errors").asInt());
    }

    @Test
    void langFrGivesFrenchMessagesAndSummary() {
      Path file = Run.INVALID.resolve("blank-recommendation.json");
      Run english = Run.gcm("validate", file.toString());
      Run french = Run.gcm("validate", "--lang", "fr", file.toString());

      assertEquals(1, french.status, french.toString());
      assertEquals("1 fichier, 0 valide, 1 erreur, 0 avertissement", french.outLines().get(1));
      String prefix = file + ":33:19: error GCM-V001 ";
      assertTrue(french.outLines().get(0).startsWith(prefix), french.toString());
      assertFalse(english.outLines().get(0).equals(french.outLines().get(0)),
          "the message is translated: " + french.outLines().get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "ru", "EN"})
    void otherLanguages(String lang) {
      Run run = Run.gcm("validate", "--lang", lang, Run.INVALID.resolve("truncated.json").toString());
      assertEquals(1, run.status, run.toString());
      assertEquals(2, run.outLines().size(), run.toString());
    }

    @Test
    void draftProfileLetsUnfinishedWorkPass() {
      Path file = Run.INVALID.resolve("blank-recommendation.json");
      Run run = Run.gcm("validate", "--profile", "draft", file.toString());
      assertEquals(0, run.status, run.toString());
      assertTrue(run.out.contains(": info GCM-V001 "), run.toString());
    }

    @Test
    void strictReportsUnknownPropertiesAsErrors(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("unknown.json");
      String json = GcmJson.standard().write(document("a", "Open regular pathways."));
      Files.writeString(file, json.replace("\"language\": \"en\",",
          "\"language\": \"en\",\n  \"colour\": \"red\","), StandardCharsets.UTF_8);

      Run lenient = Run.gcm("validate", file.toString());
      Run strict = Run.gcm("validate", "--strict", file.toString());

      assertEquals(0, lenient.status, lenient.toString());
      assertTrue(lenient.out.contains(": warning GCM-J013 "), lenient.toString());
      assertEquals(1, strict.status, strict.toString());
      assertTrue(strict.out.contains(": error GCM-J013 "), strict.toString());
    }

    @Test
    void jsonLinesProblemsCarryTheFilesLineNumbers(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("inputs.jsonl");
      GcmJson.standard().writeCollection(
          List.of(document("a", "Open regular pathways."), document("b", " "),
              document("c", "Count the missing.")),
          file, CollectionFormat.JSON_LINES);

      Run text = Run.gcm("validate", file.toString());
      Run json = Run.gcm("validate", "--format", "json", file.toString());

      assertEquals(1, text.status, text.toString());
      assertTrue(text.outLines().get(0).startsWith(file + ":2:"), text.toString());
      assertTrue(text.outLines().get(0).contains(" error GCM-V001 "), text.toString());
      JsonNode problem = MAPPER.readTree(json.out).get("files").get(0).get("problems").get(0);
      assertEquals(2, problem.get("line").asInt());
      assertEquals(1, problem.get("document").asInt());
      assertEquals("/sections/0/recommendations/0/text", problem.get("pointer").asText());
    }

    @Test
    void aMissingFileIsOneLineAndExitTwo(@TempDir Path dir) {
      Path missing = dir.resolve("missing.json");
      Run run = Run.gcm("validate", Run.EXAMPLE.toString(), missing.toString());

      assertEquals(2, run.status, run.toString());
      assertEquals(List.of("gcm validate: " + missing + ": no such file or directory"),
          run.errLines());
      assertTrue(run.out.contains("1 file, 1 valid"), "the other files are still validated");
      assertNoStackTrace(run);
    }

    @Test
    void anEmptyDirectoryIsAnError(@TempDir Path dir) {
      Run run = Run.gcm("validate", dir.toString());
      assertEquals(2, run.status, run.toString());
      assertEquals(1, run.errLines().size(), run.toString());
    }
  }

  @Nested
  class Usage {

    @Test
    void aBadOptionIsOneLinePlusAPointerToHelp() {
      Run run = Run.gcm("validate", "--formt", "json", Run.EXAMPLE.toString());

      assertEquals(2, run.status, run.toString());
      assertEquals("", run.out);
      List<String> lines = run.errLines();
      assertEquals(2, lines.size(), run.toString());
      assertTrue(lines.get(0).startsWith("gcm validate: Unknown option: '--formt'"), lines.get(0));
      assertTrue(lines.get(0).contains("--format"), "suggests the right option: " + lines.get(0));
      assertEquals("Try 'gcm validate --help' for more information.", lines.get(1));
      assertNoStackTrace(run);
    }

    @Test
    void aBadValueNamesTheAllowedOnes() {
      Run run = Run.gcm("validate", "--format", "xml", Run.EXAMPLE.toString());
      assertEquals(2, run.status, run.toString());
      assertEquals(2, run.errLines().size(), run.toString());
      assertTrue(run.errLines().get(0).contains("'xml' is not one of text, json"), run.toString());
      assertNoStackTrace(run);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--lang=de", "--profile=final"})
    void otherBadValues(String option) {
      Run run = Run.gcm("validate", option, Run.EXAMPLE.toString());
      assertEquals(2, run.status, run.toString());
      assertEquals(2, run.errLines().size(), run.toString());
      assertNoStackTrace(run);
    }

    @Test
    void aMissingPathIsAUsageError() {
      Run run = Run.gcm("validate");
      assertEquals(2, run.status, run.toString());
      assertTrue(run.errLines().get(0).startsWith("gcm validate: Missing required parameter"),
          run.toString());
    }

    @Test
    void noCommandIsAUsageError() {
      Run run = Run.gcm();
      assertEquals(2, run.status, run.toString());
      assertEquals(
          "gcm: missing command: validate, summary, format, schema, import, export, template"
              + " or serve",
          run.errLines().get(0));
    }

    @Test
    void anUnknownCommandIsAUsageError() {
      Run run = Run.gcm("validat", Run.EXAMPLE.toString());
      assertEquals(2, run.status, run.toString());
      assertEquals(2, run.errLines().size(), run.toString());
      assertTrue(run.errLines().get(0).contains("validate"), run.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "summary", "format", "schema", "serve"})
    void everyCommandHasHelp(String command) {
      Run run = Run.gcm(command, "--help");
      assertEquals(0, run.status, run.toString());
      assertTrue(run.out.startsWith("Usage: gcm " + command), run.out);
      assertEquals("", run.err);
    }

    @Test
    void theCommandLineOfMainHoldsOnlyTheCommandThatRuns() {
      picocli.CommandLine validate = Main.newCommandLine("validate");
      assertEquals(List.of("validate"), List.copyOf(validate.getSubcommands().keySet()));
      assertEquals(
          List.of("validate", "summary", "format", "schema", "import", "export", "template",
              "serve", "migrate"),
          List.copyOf(Main.newCommandLine("--help").getSubcommands().keySet()));
      java.io.StringWriter err = new java.io.StringWriter();
      validate.setErr(new java.io.PrintWriter(err));
      assertEquals(2, validate.execute("validate", "--bogus", "x.json"));
      assertTrue(err.toString().startsWith("gcm validate: Unknown option: '--bogus'"), err.toString());
    }

    @Test
    void theTopLevelHelpListsTheCommandsAndExitStatuses() {
      Run run = Run.gcm("--help");
      assertEquals(0, run.status, run.toString());
      for (String word : new String[] {"validate", "summary", "format", "schema", "Exit status"}) {
        assertTrue(run.out.contains(word), word + " in\n" + run.out);
      }
    }

    @Test
    void versionComesFromTheBuild() {
      Run run = Run.gcm("--version");
      assertEquals(0, run.status, run.toString());
      assertTrue(run.out.matches("(?s)gcm \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R.*"), run.out);
    }
  }

  @Nested
  class Summary {

    @Test
    void jsonOnTheUneceExample() throws IOException {
      Run run = Run.gcm("summary", "--format", "json", Run.EXAMPLE.toString());

      assertEquals(0, run.status, run.toString());
      JsonNode summary = MAPPER.readTree(run.out);
      assertEquals(1, summary.get("documents").asInt());
      List<String> objectives = new ArrayList<>();
      summary.get("objectives").fieldNames().forEachRemaining(objectives::add);
      assertEquals(List.of("2", "5", "6", "7", "11", "13", "15", "18", "20", "21"), objectives);
      // sections, findings, recommendations, relatedRecommendations, practices
      Map<String, int[]> expected = Map.of(
          "2", new int[] {1, 0, 2, 0, 0},
          "5", new int[] {4, 5, 3, 1, 1},
          "6", new int[] {1, 3, 5, 0, 0},
          "7", new int[] {1, 3, 5, 1, 1},
          "11", new int[] {2, 5, 4, 0, 0},
          "13", new int[] {1, 4, 2, 0, 0},
          "15", new int[] {2, 4, 4, 0, 5},
          "18", new int[] {0, 0, 0, 0, 1},
          "20", new int[] {1, 0, 0, 0, 1},
          "21", new int[] {0, 1, 0, 1, 0});
      for (Map.Entry<String, int[]> e : expected.entrySet()) {
        JsonNode o = summary.get("objectives").get(e.getKey());
        int[] counts = {
          o.get("sections").asInt(), o.get("findings").asInt(), o.get("recommendations").asInt(),
          o.get("relatedRecommendations").asInt(), o.get("practices").asInt()
        };
        assertEquals(java.util.Arrays.toString(e.getValue()), java.util.Arrays.toString(counts),
            "Objective " + e.getKey());
        assertEquals(Objective.fromCode(e.getKey()).getTitle(), o.get("title").asText());
      }
      assertTrue(summary.get("stakeholderGroups").has("civil-society"), run.out);
      assertEquals(1, summary.get("stakeholderGroups").get("civil-society").get("contributors")
          .asInt());
      assertTrue(summary.get("countries").isObject());
      // format 2.0: pledges per objective, documents per review, events per kind (added fields)
      assertEquals(0, summary.get("objectives").get("11").get("pledges").asInt(), run.out);
      assertEquals(1, summary.get("processes").get("regional-review").get("documents").asInt());
      assertEquals(1, summary.get("commissions").get("ece").get("documents").asInt());
      assertEquals("ECE", summary.get("commissions").get("ece").get("acronym").asText());
      assertEquals(1, summary.get("regionalReviews").get("ece-2020").get("documents").asInt());
      assertEquals(1, summary.get("events").get("consultation").get("events").asInt());
    }

    @Test
    void documentsOfAnImrfReviewAreCountedPerForum() throws IOException {
      Path imrf = Run.EXAMPLE.resolveSibling("imrf-2022-progress-declaration.json");
      Run json = Run.gcm("summary", "--format", "json", imrf.toString());
      Run markdown = Run.gcm("summary", "--format", "markdown", imrf.toString());
      assertEquals(0, json.status, json.toString());
      JsonNode forum = MAPPER.readTree(json.out).get("forums").get("imrf-2022");
      assertEquals(1, forum.get("documents").asInt(), json.out);
      assertTrue(forum.get("title").asText().contains("International Migration Review Forum"),
          json.out);
      assertTrue(markdown.out.contains("| forum | imrf-2022 | 1 |"), markdown.out);
    }

    @Test
    void textAndMarkdown() {
      Run text = Run.gcm("summary", Run.EXAMPLE.toString());
      Run markdown = Run.gcm("summary", "--format", "markdown", Run.EXAMPLE.toString());

      assertEquals(0, text.status, text.toString());
      assertEquals("1 document", text.outLines().get(0));
      assertTrue(text.out.contains("Manage borders"), text.out);
      assertEquals(0, markdown.status, markdown.toString());
      assertTrue(markdown.out.contains("## Objectives"), markdown.out);
      assertTrue(markdown.out.contains("| 11 | Manage borders | 2 | 5 | 4 | 0 | 0 | 0 |"),
          markdown.out);
      assertTrue(markdown.out.contains("| regional review | ece-2020 | 1 |"), markdown.out);
      assertTrue(markdown.out.contains("| consultation | 1 |"), markdown.out);
      assertTrue(text.out.contains("Events"), text.out);
    }

    @Test
    void documentsThatCannotBeReadAreNamedAndLeftOut() throws IOException {
      Run run = Run.gcm("summary", "--format", "json", Run.EXAMPLE.toString(),
          Run.INVALID.resolve("truncated.json").toString());
      assertEquals(1, run.status, run.toString());
      assertEquals(1, MAPPER.readTree(run.out).get("documents").asInt());
      assertEquals(1, run.errLines().size(), run.toString());
      assertTrue(run.err.contains("truncated.json"), run.toString());
      JsonNode left = MAPPER.readTree(run.out).get("notCounted");
      assertEquals(1, left.size(), run.out);
      assertTrue(left.get(0).get("path").asText().endsWith("truncated.json"), run.out);
      assertEquals("1 reading error", left.get(0).get("reason").asText());
    }

    @Test
    void aFileThatCannotBeFoundIsListedAsNotCountedInJson() throws IOException {
      Run run = Run.gcm("summary", "--format", "json", Run.EXAMPLE.toString(), "no-such.json");
      assertEquals(2, run.status, run.toString());
      JsonNode summary = MAPPER.readTree(run.out);
      assertEquals(1, summary.get("documents").asInt());
      assertEquals("no such file or directory",
          summary.get("notCounted").get(0).get("reason").asText());
      assertEquals("no-such.json", summary.get("notCounted").get(0).get("path").asText());
    }

    @Test
    void countsEveryDocumentOfACollection(@TempDir Path dir) throws IOException {
      GcmJson.standard().writeCollection(
          List.of(document("a", "One."), document("b", "Two.")),
          dir.resolve("all.json"), CollectionFormat.JSON_ARRAY);
      Run run = Run.gcm("summary", "--format", "json", dir.toString());
      assertEquals(0, run.status, run.toString());
      JsonNode summary = MAPPER.readTree(run.out);
      assertEquals(2, summary.get("documents").asInt());
      assertEquals(2, summary.get("objectives").get("11").get("recommendations").asInt());
    }

    @Test
    void aMissingFileIsExitTwo() {
      Run run = Run.gcm("summary", "no-such-file.json");
      assertEquals(2, run.status, run.toString());
      assertEquals(List.of("gcm summary: no-such-file.json: no such file or directory"),
          run.errLines());
    }
  }

  @Nested
  class Format {

    @Test
    void checkReportsNonCanonicalFilesAndWritesNothing(@TempDir Path dir) throws IOException {
      Path canonical = dir.resolve("canonical.json");
      Path messy = dir.resolve("messy.json");
      String json = GcmJson.standard().write(document("a", "Open regular pathways."));
      Files.writeString(canonical, json, StandardCharsets.UTF_8);
      String compact = MAPPER.readTree(json).toString();
      Files.writeString(messy, compact, StandardCharsets.UTF_8);

      Run run = Run.gcm("format", "--check", dir.toString());

      assertEquals(1, run.status, run.toString());
      assertEquals(List.of(messy + ": not canonical"), run.outLines());
      assertEquals(compact, Files.readString(messy, StandardCharsets.UTF_8));
      assertEquals(0, Run.gcm("format", "--check", canonical.toString()).status);
    }

    @Test
    void rewritesCanonically(@TempDir Path dir) throws IOException {
      Path messy = dir.resolve("messy.json");
      String json = GcmJson.standard().write(document("a", "Open regular pathways."));
      Files.writeString(messy, MAPPER.readTree(json).toString(), StandardCharsets.UTF_8);

      Run run = Run.gcm("format", messy.toString());

      assertEquals(0, run.status, run.toString());
      assertEquals(List.of(messy + ": formatted"), run.outLines());
      assertEquals(json, Files.readString(messy, StandardCharsets.UTF_8));
      Run again = Run.gcm("format", messy.toString());
      assertEquals(0, again.status);
      assertEquals("", again.out, "a canonical file is left alone");
    }

    @Test
    void keepsJsonLinesAsJsonLines(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("all.jsonl");
      GcmJson.standard().writeCollection(List.of(document("a", "One."), document("b", "Two.")),
          file, CollectionFormat.JSON_LINES);
      String canonical = Files.readString(file, StandardCharsets.UTF_8);
      Files.writeString(file, canonical.replace("\n", "\n\n"), StandardCharsets.UTF_8);

      assertEquals(1, Run.gcm("format", "--check", file.toString()).status);
      assertEquals(0, Run.gcm("format", file.toString()).status);
      assertEquals(canonical, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void aFileWithReadingErrorsIsLeftAlone() throws IOException {
      Path file = Run.INVALID.resolve("duplicate-key.json");
      byte[] before = Files.readAllBytes(file);
      Run run = Run.gcm("format", file.toString());
      assertEquals(1, run.status, run.toString());
      assertTrue(run.err.contains("GCM-J014"), run.toString());
      assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)));
    }
  }

  @Test
  void schemaIsJson() throws IOException {
    Run run = Run.gcm("schema");
    assertEquals(0, run.status, run.toString());
    JsonNode schema = MAPPER.readTree(run.out);
    assertTrue(schema.has("$schema"), run.out);
    Iterator<String> names = schema.fieldNames();
    assertTrue(names.hasNext());
  }
}
