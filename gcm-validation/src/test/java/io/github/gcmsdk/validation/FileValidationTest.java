package io.github.gcmsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.problem.Location;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Report;
import io.github.gcmsdk.problem.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files: reading problems of gcm-io and rule problems in one report, every problem located. */
class FileValidationTest {

  /** A partner file with binding problems and rule problems. */
  static final String PARTNER_FILE = String.join("\n",
      "{",
      "  \"formatVersion\": \"1.0\",",
      "  \"id\": \"partner input\",",
      "  \"title\": \"Partner input\",",
      "  \"language\": \"en\",",
      "  \"date\": \"2020-13\",",
      "  \"colour\": \"blue\",",
      "  \"sections\": [",
      "    {",
      "      \"id\": \"s1\",",
      "      \"heading\": \"Borders\",",
      "      \"objectives\": [11, 24],",
      "      \"findings\": [",
      "        { \"text\": \"pushbacks\", \"countries\": [\"UK\"], \"figureIds\": [\"fig-9\"] }",
      "      ],",
      "      \"recommendations\": [",
      "        { \"id\": \"r1\", \"text\": \" \" }",
      "      ]",
      "    },",
      "    {",
      "      \"id\": \"s1\",",
      "      \"heading\": \"Returns\",",
      "      \"objectives\": [21],",
      "      \"findings\": [ { \"text\": \"as Objective 7 says\" } ]",
      "    }",
      "  ]",
      "}",
      "");

  /** The line and column (from 1) where {@code fragment} first starts in {@code text}. */
  private static int[] position(String text, String fragment) {
    int at = text.indexOf(fragment);
    assertTrue(at >= 0, fragment);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, at - lineStart + 1};
  }

  private static Problem find(Report report, String code, String pointer) {
    return report.getProblems().stream()
        .filter(p -> p.getCode().equals(code) && p.getLocation().getPointer().equals(pointer))
        .findFirst().orElseThrow(() -> new AssertionError(code + " at " + pointer + " in "
            + report.getProblems()));
  }

  private static void assertAt(Problem problem, String fragment) {
    int[] expected = position(PARTNER_FILE, fragment);
    Location location = problem.getLocation();
    assertEquals(expected[0], location.getLine().getAsInt(), problem.toString());
    assertEquals(expected[1], location.getColumn().getAsInt(), problem.toString());
  }

  @Test
  void oneFileWithBindingAndRuleProblemsGivesOneReportWithEveryProblemLocated() {
    Report report = GcmValidator.standard().validateJson(PARTNER_FILE);
    Set<String> kinds = report.getProblems().stream()
        .map(p -> p.getCode().substring(0, 5)).collect(Collectors.toSet());
    assertEquals(Set.of("GCM-J", "GCM-V"), kinds, "reading and rule problems: " + report);
    for (Problem p : report.getProblems()) {
      assertTrue(p.getLocation().getLine().isPresent(), "located: " + p);
      assertTrue(p.getLocation().getColumn().isPresent(), "located: " + p);
    }
    assertAt(find(report, "GCM-V004", "/id"), "\"partner input\"");
    assertAt(find(report, "GCM-V001", "/sections/0/recommendations/0/text"), "\" \"");
    assertAt(find(report, "GCM-V010", "/sections/0/findings/0/figureIds/0"), "\"fig-9\"");
    assertAt(find(report, "GCM-V009", "/sections/1/id"), "\"s1\",\n      \"heading\": \"Returns\"");
    assertAt(find(report, "GCM-V016", "/sections/1/findings/0/text"), "\"as Objective 7 says\"");
    List<String> reading = report.getProblems().stream().filter(p -> p.getCode().startsWith("GCM-J"))
        .map(p -> p.getLocation().getPointer()).collect(Collectors.toList());
    assertTrue(reading.containsAll(List.of("/date", "/colour")), reading.toString());
    assertTrue(reading.stream().anyMatch(p -> p.startsWith("/sections/0/objectives")), reading.toString());
    assertTrue(reading.stream().anyMatch(p -> p.startsWith("/sections/0/findings/0/countries")),
        reading.toString());
    assertFalse(report.isValid());
    assertEquals(report, report.sortedByLocation(), "sorted by line and column");
  }

  @Test
  void ruleProblemsThatOnlyFollowFromAReadingErrorAreLeftOut() {
    String file = String.join("\n",
        "{",
        "  \"formatVersion\": \"1.0\",",
        "  \"id\": \"doc\", \"title\": \"Doc\", \"language\": \"en\",",
        "  \"sections\": [",
        "    { \"id\": \"s1\", \"heading\": \"Objective 24\", \"objectives\": [24],",
        "      \"recommendations\": [ { \"id\": \"r1\", \"text\": \"Do it.\" } ] },",
        "    { \"id\": \"s2\", \"heading\": \"Borders\", \"objectives\": [11],",
        "      \"recommendations\": [ { \"id\": \"r2\", \"text\": \"Do it.\", \"objectives\": [\"eleven\"] } ] },",
        "    { \"id\": \"s3\", \"heading\": \"Themes only\", \"themes\": [\"youth\"],",
        "      \"recommendations\": [ { \"id\": \"r3\", \"text\": \"Do it.\" } ] }",
        "  ]",
        "}", "");
    Report report = GcmValidator.standard().validateJson(file);
    // The dropped objective 24 is the one problem of s1 (no "addresses no objective" for r1),
    // the bad "eleven" the one problem of r2; r3 never had an objective, so its rule problem stays.
    assertEquals(List.of("GCM-J020 /sections/0/objectives/0",
            "GCM-J010 /sections/1/recommendations/0/objectives/0",
            "GCM-V012 /sections/2/recommendations/0/objectives"),
        report.getProblems().stream()
            .filter(p -> p.getSeverity() == Severity.ERROR)
            .map(p -> p.getCode() + " " + p.getLocation().getPointer())
            .collect(Collectors.toList()));
  }

  @Test
  void bytesStringAndPathGiveTheSameReport(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("partner.json");
    Files.writeString(file, PARTNER_FILE, StandardCharsets.UTF_8);
    GcmValidator validator = GcmValidator.standard();
    Report fromString = validator.validateJson(PARTNER_FILE);
    assertEquals(fromString, validator.validate(PARTNER_FILE.getBytes(StandardCharsets.UTF_8)));
    assertEquals(fromString, validator.validate(file));
  }

  @Test
  void aFileThatCannotBeReadThrowsLikeGcmIoButBadContentNeverDoes(@TempDir Path dir) {
    assertThrows(UncheckedIOException.class,
        () -> GcmValidator.standard().validate(dir.resolve("missing.json")));
    for (String text : List.of("", "{", "[]", "null", "{\"id\": ", "\u0000\u0001", "{}}",
        "{\"formatVersion\": \"9.0\"}", "{\"sections\": [[[[[[]]]]]]}")) {
      Report report = GcmValidator.standard().validateJson(text);
      assertFalse(report.isValid(), text);
    }
  }

  @Test
  void aSyntaxErrorGivesTheReadingProblemsOnly() {
    Report report = GcmValidator.standard().validateJson("{\"id\": \"x\",, }");
    assertFalse(report.getProblems().isEmpty());
    assertTrue(report.getProblems().stream().allMatch(p -> p.getCode().startsWith("GCM-J")),
        report.toString());
  }

  @Test
  void readingMessagesFollowTheValidatorsLanguageAndAStrictReaderCanBeChosen() {
    Report lenient = GcmValidator.standard().validateJson(PARTNER_FILE);
    Report strict = GcmValidator.builder().json(GcmJson.strict()).build().validateJson(PARTNER_FILE);
    Problem unknownLenient = find(lenient, lenient.getProblems().stream()
        .filter(p -> p.getLocation().getPointer().equals("/colour")).findFirst().orElseThrow()
        .getCode(), "/colour");
    Problem unknownStrict = find(strict, unknownLenient.getCode(), "/colour");
    assertTrue(unknownStrict.getSeverity().isAtLeast(unknownLenient.getSeverity()));
    assertEquals(Severity.ERROR, unknownStrict.getSeverity());
    Report french = GcmValidator.builder().locale(Locale.FRENCH).build().validateJson(PARTNER_FILE);
    assertEquals(lenient.getProblems().size(), french.getProblems().size());
    assertEquals("ne doit pas être vide",
        find(french, "GCM-V001", "/sections/0/recommendations/0/text").getMessage());
  }

  @Test
  void theBundledUnece2020ExampleIsFitToPublish() {
    Path example = Path.of("..", "examples", "data", "unece-2020-stakeholder-input.json");
    Assumptions.assumeTrue(Files.exists(example), "the examples module's data is present");
    Report report = GcmValidator.standard().validate(example);
    assertEquals(List.of(), report.getProblems(Severity.ERROR), report.toString());
  }
}
