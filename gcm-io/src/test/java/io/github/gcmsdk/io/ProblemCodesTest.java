package io.github.gcmsdk.io;

import static io.github.gcmsdk.io.Problems.assertProblem;
import static io.github.gcmsdk.io.Problems.column;
import static io.github.gcmsdk.io.Problems.only;
import static io.github.gcmsdk.io.Problems.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.catalog.RegionalOrganization;
import io.github.gcmsdk.catalog.SubRegion;
import io.github.gcmsdk.catalog.Theme;
import io.github.gcmsdk.model.Section;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.model.json.JsonValue;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Severity;
import io.github.gcmsdk.testkit.GcmGenerators;
import io.github.gcmsdk.testkit.Properties;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** One test per problem code: its code, severity, pointer, line and column. */
class ProblemCodesTest {

  private static final Set<ReadProblem> TESTED = EnumSet.noneOf(ReadProblem.class);
  private final GcmJson json = GcmJson.standard();

  private static final String HEAD = """
      {
        "formatVersion": "2.0",
        "id": "d1",
        "title": "T",
        "language": "en",
      """;

  private ReadResult<StakeholderInput> read(String text) {
    return json.readJson(text);
  }

  private static Problem tested(Problem problem) {
    ReadProblem.fromCode(problem.getCode()).ifPresent(TESTED::add);
    return problem;
  }

  @AfterAll
  static void everyCodeHasItsTest() {
    assertEquals(EnumSet.allOf(ReadProblem.class), TESTED,
        "every problem code needs a test in ProblemCodesTest");
  }

  @Test
  void syntaxErrorIsOneFatalLocatedErrorAndNoDocument() {
    String text = """
        {
          "formatVersion": "2.0",
          "id": "d1",
        }
        """;
    ReadResult<StakeholderInput> result = read(text);
    Problem problem = tested(single(result));
    assertProblem(problem, ReadProblem.SYNTAX_ERROR, Severity.ERROR, "", 4, 1);
    assertEquals("a comma before \"}\" is not allowed", problem.getMessage());
    assertFalse(result.getDocument().isPresent());
  }

  @Test
  void emptyInputIsReportedAtTheStart() {
    Problem problem = tested(single(read("  \n  ")));
    assertProblem(problem, ReadProblem.EMPTY_INPUT, Severity.ERROR, "", 1, 1);
    assertEquals("the file is empty", problem.getMessage());
  }

  @Test
  void utf16IsAnUnsupportedEncoding() {
    String text = HEAD + "  \"url\": \"x\"\n}\n";
    for (var charset : new java.nio.charset.Charset[] {
        StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16}) {
      ReadResult<StakeholderInput> result = json.read(text.getBytes(charset));
      Problem problem = tested(single(result));
      assertProblem(problem, ReadProblem.UNSUPPORTED_ENCODING, Severity.ERROR, "", 1, 1);
      assertTrue(problem.getMessage().startsWith("the file is UTF-16"), problem.getMessage());
      assertTrue(problem.getMessage().endsWith("; save it as UTF-8"), problem.getMessage());
    }
  }

  @Test
  void invalidUtf8IsLocatedAtTheBadByte() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(("{\n  \"formatVersion\": \"2.0\",\n  \"id\": \"caf").getBytes(
        StandardCharsets.US_ASCII));
    bytes.write(0xE9); // é in ISO-8859-1
    bytes.writeBytes("\",\n  \"title\": \"T\",\n  \"language\": \"en\"\n}\n".getBytes(
        StandardCharsets.US_ASCII));
    ReadResult<StakeholderInput> result = json.read(bytes.toByteArray());
    Problem problem = tested(single(result));
    assertProblem(problem, ReadProblem.INVALID_UTF8, Severity.ERROR, "/id", 3, 13);
    assertEquals("invalid UTF-8 bytes 0xE9", problem.getMessage());
    assertFalse(result.getDocument().isPresent());
  }

  @Test
  void byteOrderMarkIsInformationOnly() {
    byte[] body = (HEAD + "  \"url\": \"x\"\n}\n").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    ReadResult<StakeholderInput> result = json.read(bytes);
    assertProblem(tested(single(result)), ReadProblem.BYTE_ORDER_MARK, Severity.INFO, "", 1, 1);
    assertTrue(result.isValid());
    assertEquals(body.length, json.toCanonicalBytes(result.getDocument().orElseThrow()).length);
  }

  @Test
  void wrongTypeNamesWhatWasExpectedAndFound() {
    String text = HEAD + "  \"contributors\": \"UNHCR\"\n}\n";
    ReadResult<StakeholderInput> result = read(text);
    Problem problem = tested(single(result));
    assertProblem(problem, ReadProblem.WRONG_TYPE, Severity.ERROR, "/contributors", 6, 19);
    assertEquals("expected a list of objects (an actor), found a string", problem.getMessage());
    assertTrue(result.getDocument().isPresent(), "the rest of the document is built");
  }

  @Test
  void nullForAPropertyOfTheFormatIsAnError() {
    String text = HEAD + "  \"url\": null\n}\n";
    Problem problem = tested(single(read(text)));
    assertProblem(problem, ReadProblem.NULL_VALUE, Severity.ERROR, "/url", 6, 10);
    assertEquals("expected a string, found null", problem.getMessage());
    assertEquals("Leave the property out when it has no value.", problem.getHint().orElseThrow());
  }

  @Test
  void missingRequiredPropertyIsLocatedAtItsObject() {
    String text = HEAD + """
          "sections": [
            {"id": "s1"}
          ]
        }
        """;
    ReadResult<StakeholderInput> result = read(text);
    Problem problem = tested(single(result));
    assertProblem(problem, ReadProblem.MISSING_PROPERTY, Severity.ERROR, "/sections/0/heading",
        7, 5);
    assertEquals("missing required property \"heading\"", problem.getMessage());
    assertTrue(result.getDocument().orElseThrow().getSections().isEmpty(),
        "the section that cannot be built is left out");
  }

  @Test
  void unknownPropertyIsAWarningWithASuggestionAndIsKept() {
    String text = HEAD + "  \"titel\": \"Summary\"\n}\n";
    ReadResult<StakeholderInput> result = read(text);
    Problem problem = tested(single(result));
    assertProblem(problem, ReadProblem.UNKNOWN_PROPERTY, Severity.WARNING, "/titel", 6, 3);
    assertEquals("unknown property \"titel\" (did you mean \"title\"?)", problem.getMessage());
    assertTrue(result.isValid());
    assertEquals(JsonValue.of("Summary"),
        result.getDocument().orElseThrow().getExtensions().get("titel"));
  }

  @Test
  void duplicateKeyKeepsTheFirstValue() {
    String text = HEAD + "  \"id\": \"d2\"\n}\n";
    ReadResult<StakeholderInput> result = read(text);
    Problem problem = tested(single(result));
    assertProblem(problem, ReadProblem.DUPLICATE_KEY, Severity.ERROR, "/id", 6, 3);
    assertEquals("duplicate key \"id\"", problem.getMessage());
    assertEquals("d1", result.getDocument().orElseThrow().getId());
  }

  @Test
  void objectiveOutOfRangeSaysWhichObjectivesExist() {
    String text = HEAD + """
          "sections": [
            {"id": "s1", "heading": "Borders", "objectives": [11, 24]}
          ]
        }
        """;
    ReadResult<StakeholderInput> result = read(text);
    Problem problem = tested(single(result));
    assertProblem(problem, ReadProblem.UNKNOWN_OBJECTIVE, Severity.ERROR,
        "/sections/0/objectives/1", 7, column(text, 7, "24"));
    assertEquals("objective 24 does not exist: the GCM has objectives 1 to 23",
        problem.getMessage());
    assertEquals(1, result.getDocument().orElseThrow().getSections().get(0).getObjectives().size());
  }

  @Test
  void unknownCodeSuggestsTheClosestCode() {
    String text = HEAD + """
          "sections": [
            {"id": "s1", "heading": "H", "recommendations": [
              {"id": "r1", "text": "Do it", "principles": ["human-right"]}
            ]}
          ]
        }
        """;
    Problem problem = tested(single(read(text)));
    assertProblem(problem, ReadProblem.UNKNOWN_CODE, Severity.ERROR,
        "/sections/0/recommendations/0/principles/0", 8, column(text, 8, "\"human-right\""));
    assertEquals(
        "unknown guiding principle code \"human-right\" (did you mean \"human-rights\"?)",
        problem.getMessage());
  }

  // --- Open vocabularies: themes, sub-regions, stakeholder groups, reference kinds

  private static String openCodes(String theme, String subRegion, String group, String kind) {
    return HEAD + """
          "contributors": [{"group": "%s", "subRegions": ["%s"]}],
          "sections": [
            {"id": "s1", "heading": "H", "themes": ["%s"], "references": [
              {"id": "ref1", "title": "T", "kind": "%s"}
            ]}
          ]
        }
        """.formatted(group, subRegion, theme, kind);
  }

  @Test
  void knownCodesOfOpenVocabulariesReadWithoutProblem() {
    ReadResult<StakeholderInput> result =
        read(openCodes("labour-rights", "igad", "trade-unions", "report"));
    assertEquals(List.of(), result.getReport().getProblems());
    StakeholderInput document = result.getDocument().orElseThrow();
    assertSame(Theme.LABOUR_RIGHTS, document.getSections().get(0).getThemes().get(0));
    assertSame(SubRegion.of(RegionalOrganization.IGAD),
        document.getContributors().get(0).getSubRegions().get(0));
  }

  @Test
  void aPartnersOwnCodeIsKeptWithAnInfoNamingTheNearestKnownCode() {
    String text = openCodes("kafala", "sahel", "non-state-actors", "declaration");
    ReadResult<StakeholderInput> result = read(text);
    List<Problem> problems = result.getReport().getProblems();
    problems.forEach(ProblemCodesTest::tested);
    assertEquals(List.of("GCM-J023 INFO /contributors/0/group",
        "GCM-J023 INFO /contributors/0/subRegions/0",
        "GCM-J023 INFO /sections/0/references/0/kind",
        "GCM-J023 INFO /sections/0/themes/0"),
        problems.stream().map(p -> p.getCode() + " " + p.getSeverity() + " "
            + p.getLocation().getPointer()).sorted().collect(Collectors.toList()));
    Problem theme = problems.stream()
        .filter(p -> p.getLocation().getPointer().equals("/sections/0/themes/0")).findFirst()
        .orElseThrow();
    assertProblem(theme, ReadProblem.PARTNER_CODE, Severity.INFO, "/sections/0/themes/0", 8,
        column(text, 8, "\"kafala\""));
    assertEquals("theme code \"kafala\" is not a known one; it is kept as the partner's own code"
        + " (the nearest known code is \"youth\")", theme.getMessage());
    assertTrue(result.isValid(), "an info does not make the file invalid");
    StakeholderInput document = result.getDocument().orElseThrow();
    Theme kafala = document.getSections().get(0).getThemes().get(0);
    assertEquals("kafala", kafala.getCode());
    assertFalse(kafala.isKnown());
    String canonical = json.write(document);
    assertTrue(canonical.contains("\"kafala\"") && canonical.contains("\"non-state-actors\"")
        && canonical.contains("\"sahel\"") && canonical.contains("\"declaration\""), canonical);
    assertEquals(canonical, json.write(read(canonical).getDocument().orElseThrow()),
        "written back byte for byte in canonical form");
  }

  @Test
  void aPartnersCodeCloseToAKnownOneIsALikelyMisspelling() {
    String text = openCodes("labour-right", "central-asa", "trade-union", "reprot");
    ReadResult<StakeholderInput> result = read(text);
    List<Problem> problems = result.getReport().getProblems();
    problems.forEach(ProblemCodesTest::tested);
    assertEquals(List.of(
        "GCM-J024 WARNING /contributors/0/group trade-unions",
        "GCM-J024 WARNING /contributors/0/subRegions/0 central-asia",
        "GCM-J024 WARNING /sections/0/references/0/kind report",
        "GCM-J024 WARNING /sections/0/themes/0 labour-rights"),
        problems.stream().map(p -> p.getCode() + " " + p.getSeverity() + " "
            + p.getLocation().getPointer() + " "
            + p.getMessage().replaceAll(".*did you mean \"([a-z-]+)\"\\?$", "$1"))
            .sorted().collect(Collectors.toList()));
    assertEquals("theme code \"labour-right\" is not a known one; it is kept as written, but did"
        + " you mean \"labour-rights\"?", problems.stream()
            .filter(p -> p.getLocation().getPointer().equals("/sections/0/themes/0"))
            .findFirst().orElseThrow().getMessage());
    String canonical = json.write(result.getDocument().orElseThrow());
    assertTrue(canonical.contains("\"labour-right\"") && canonical.contains("\"reprot\""),
        "kept as written");
  }

  @Test
  void generatedPartnersThemesReadBackEqualWithAnInfoOrAWarningOnly() {
    Properties.forAll(GcmGenerators.partnerThemes(), 200, 13L, theme -> {
      assertFalse(theme.isKnown(), theme.getCode());
      StakeholderInput document = StakeholderInput.builder().id("d1").title("T").language("en")
          .addSection(Section.builder().id("s1").heading("H").addThemes(theme).build()).build();
      ReadResult<StakeholderInput> result = read(json.write(document));
      assertEquals(document, result.getDocument().orElseThrow());
      List<String> codes = result.getReport().getProblems().stream().map(Problem::getCode)
          .collect(Collectors.toList());
      assertTrue(codes.equals(List.of("GCM-J023")) || codes.equals(List.of("GCM-J024")),
          theme.getCode() + " " + codes);
    });
  }

  @Test
  void whatIsNotACodeStaysAnErrorInAnOpenVocabulary() {
    String text = openCodes("Labour rights", "central-asia", "trade-unions", "report");
    Problem problem = tested(single(read(text)));
    assertProblem(problem, ReadProblem.UNKNOWN_CODE, Severity.ERROR, "/sections/0/themes/0", 8,
        column(text, 8, "\"Labour rights\""));
    assertEquals("\"Labour rights\" is not a theme code: a code is 1 to 100 lower-case letters"
        + " a-z and digits, in groups joined by single hyphens (did you mean \"labour-rights\"?)",
        problem.getMessage());
    Problem other = tested(single(read(openCodes("children", "central-asia", "trade-unions",
        "press release!"))));
    assertEquals("\"press release!\" is not a reference kind code: a code is 1 to 100 lower-case"
        + " letters a-z and digits, in groups joined by single hyphens", other.getMessage());
  }

  @Test
  void invalidDateSaysWhichFormsAreAllowed() {
    String text = HEAD + "  \"date\": \"2020-13\"\n}\n";
    Problem problem = tested(single(read(text)));
    assertProblem(problem, ReadProblem.INVALID_DATE, Severity.ERROR, "/date", 6, 11);
    assertEquals("invalid date \"2020-13\": write yyyy, yyyy-MM or yyyy-MM-dd",
        problem.getMessage());
  }

  @Test
  void missingFormatVersionIsAnErrorAtTheRootAndTheDocumentIsStillRead() {
    String text = """
        {
          "id": "d1",
          "title": "T",
          "language": "en"
        }
        """;
    ReadResult<StakeholderInput> result = read(text);
    Problem problem = tested(single(result));
    assertProblem(problem, ReadProblem.MISSING_FORMAT_VERSION, Severity.ERROR, "/formatVersion",
        1, 1);
    assertTrue(result.getDocument().isPresent());
  }

  @Test
  void formatVersionThatIsNotAVersionStringIsInvalid() {
    String text = HEAD.replace("\"2.0\"", "2.0") + "  \"url\": \"x\"\n}\n";
    Problem problem = tested(single(read(text)));
    assertProblem(problem, ReadProblem.INVALID_FORMAT_VERSION, Severity.ERROR, "/formatVersion",
        2, 20);
    assertEquals("formatVersion must be a string such as \"2.0\", found a number",
        problem.getMessage());
    Problem malformed = single(read(HEAD.replace("\"2.0\"", "\"v1\"") + "  \"url\": \"x\"\n}\n"));
    assertEquals("invalid formatVersion \"v1\": expected a string such as \"2.0\"",
        malformed.getMessage());
  }

  @Test
  void newerMinorFormatVersionIsAWarningAndTheDocumentIsRead() {
    String text = HEAD.replace("\"2.0\"", "\"2.3\"") + "  \"newIn13\": true\n}\n";
    ReadResult<StakeholderInput> result = read(text);
    Problem problem = tested(only(result, ReadProblem.NEWER_FORMAT_VERSION));
    assertProblem(problem, ReadProblem.NEWER_FORMAT_VERSION, Severity.WARNING, "/formatVersion",
        2, 20);
    assertTrue(result.isValid());
    assertEquals(JsonValue.JsonBoolean.TRUE,
        result.getDocument().orElseThrow().getExtensions().get("newIn13"));
  }

  @Test
  void formatOneIsUpgradedOnReadingWithAnInfoThatNamesTheMigration() {
    String text = HEAD.replace("\"2.0\"", "\"1.0\"") + "  \"url\": \"x\"\n}\n";
    ReadResult<StakeholderInput> result = read(text);
    Problem problem = tested(single(result));
    assertProblem(problem, ReadProblem.FORMAT_UPGRADED, Severity.INFO, "/formatVersion", 2, 20);
    assertEquals("written for format 1.0: upgraded to format 2.0 on reading; save it as 2.0"
        + " with gcm migrate", problem.getMessage());
    assertTrue(result.isValid());
    assertEquals("2.0", result.getDocument().orElseThrow().getFormatVersion());
    MigrationReport migration = result.getMigration().orElseThrow();
    assertEquals("1.0", migration.getFromVersion());
    assertEquals(List.of("/formatVersion -> /formatVersion: \"1.0\" becomes \"2.0\""),
        migration.toLines());
  }

  @Test
  void otherMajorFormatVersionStopsReadingWithOneError() {
    String text = """
        {
          "formatVersion": "3.0",
          "id": 17,
          "sections": "all new",
          "documentKind": "input"
        }
        """;
    ReadResult<StakeholderInput> result = read(text);
    Problem problem = tested(single(result));
    assertProblem(problem, ReadProblem.UNSUPPORTED_FORMAT_VERSION, Severity.ERROR,
        "/formatVersion", 2, 20);
    assertEquals("written for format 3.0; this reader knows 2.0; upgrade gcm-sdk",
        problem.getMessage());
    assertFalse(result.getDocument().isPresent());
  }

  @Test
  void documentOverTheSizeLimitStopsWhereTheLimitIsCrossed() {
    GcmJson small = GcmJson.builder().limits(ReadLimits.defaults().withMaxDocumentSize(50))
        .build();
    String text = "{\"formatVersion\": \"2.0\", \"id\": \"d1\", \"title\": \"A title that is too long\","
        + " \"language\": \"en\"}";
    ReadResult<StakeholderInput> result = small.read(text.getBytes(StandardCharsets.UTF_8));
    Problem problem = tested(single(result));
    assertProblem(problem, ReadProblem.DOCUMENT_TOO_LARGE, Severity.ERROR, "/title", 1, 51);
    assertEquals("the document is larger than the limit of 50 bytes", problem.getMessage());
    assertFalse(result.getDocument().isPresent());
  }

  @Test
  void nestingDeeperThanTheLimitIsSkipped() {
    GcmJson shallow = GcmJson.builder().limits(ReadLimits.defaults().withMaxNestingDepth(3))
        .build();
    String text = HEAD + "  \"x-deep\": [[[1]], 2]\n}\n";
    ReadResult<StakeholderInput> result = shallow.readJson(text);
    Problem problem = tested(single(result));
    assertProblem(problem, ReadProblem.NESTING_TOO_DEEP, Severity.ERROR, "/x-deep/0/0", 6,
        column(text, 6, "[1]"));
    assertEquals(JsonValue.arrayOf(JsonValue.arrayOf(), JsonValue.of(2)),
        result.getDocument().orElseThrow().getExtensions().get("x-deep"));
  }

  @Test
  void stringLongerThanTheLimitIsSkipped() {
    GcmJson limited = GcmJson.builder().limits(ReadLimits.defaults().withMaxStringLength(5))
        .build();
    Problem problem = tested(only(limited.readJson(HEAD + "  \"url\": \"abcdef\"\n}\n"),
        ReadProblem.STRING_TOO_LONG));
    assertProblem(problem, ReadProblem.STRING_TOO_LONG, Severity.ERROR, "/url", 6, 10);
    assertEquals("a string is longer than the limit of 5 characters", problem.getMessage());
  }

  @Test
  void numberLongerThanTheLimitIsSkipped() {
    GcmJson limited = GcmJson.builder().limits(ReadLimits.defaults().withMaxNumberLength(5))
        .build();
    Problem problem = tested(single(limited.readJson(HEAD + "  \"x-count\": 1234567\n}\n")));
    assertProblem(problem, ReadProblem.NUMBER_TOO_LONG, Severity.ERROR, "/x-count", 6, 14);
  }

  @Test
  void problemsPastTheLimitAreCountedByCodeInOneProblemWhereTheFirstOfThemIs() {
    GcmJson limited = GcmJson.builder().limits(ReadLimits.defaults().withMaxProblems(2)).build();
    String text = HEAD + "  \"x-a\": 1,\n  \"sections\": [{\"id\": \"s1\", \"heading\": \"H\","
        + " \"objectives\": [0, 24, 0, 99, \"a\"]}]\n}\n";
    ReadResult<StakeholderInput> result = limited.readJson(text);
    List<Problem> problems = result.getReport().getProblems();
    assertEquals(3, problems.size(), () -> Problems.describe(problems));
    Problem last = tested(problems.get(2));
    assertProblem(last, ReadProblem.PROBLEMS_LEFT_OUT, Severity.ERROR, "", 7,
        column(text, 7, "0, 99"));
    assertEquals("3 more problems left out (GCM-J020: 2, GCM-J010: 1): the report keeps the"
        + " first 2", last.getMessage());
    assertTrue(result.getDocument().isPresent(), "reading goes on past the limit");
  }

  @Test
  void propertyNameLongerThanTheLimitIsSkipped() {
    GcmJson limited = GcmJson.builder().limits(ReadLimits.defaults().withMaxNameLength(20))
        .build();
    ReadResult<StakeholderInput> result =
        limited.readJson(HEAD + "  \"x-abcdefghijklmnopqrstuvwxyz\": 1\n}\n");
    Problem problem = tested(single(result));
    assertProblem(problem, ReadProblem.NAME_TOO_LONG, Severity.ERROR, "", 6, 3);
    assertTrue(result.getDocument().orElseThrow().getExtensions().isEmpty());
  }
}
