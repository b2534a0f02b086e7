package io.github.gcmsdk.io;

import static io.github.gcmsdk.io.Problems.assertProblem;
import static io.github.gcmsdk.io.Problems.column;
import static io.github.gcmsdk.io.Problems.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.model.json.JsonValue;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading whole files: every problem in one pass, follow-on noise suppressed, strictness. */
class ReadingTest {

  private final GcmJson json = GcmJson.standard();

  static final String FIVE_PROBLEMS = """
      {
        "formatVersion": "2.0",
        "id": "unece-2020",
        "title": "Stakeholder input to the UNECE regional review",
        "language": "en",
        "contributors": [
          {"group": "trade-unions", "countries": "AM"}
        ],
        "sections": [
          {
            "id": "s1",
            "heading": "Objective 11 - borders",
            "objectives": [11, 24],
            "findings": [
              {"kind": "concern"}
            ],
            "recommendations": [
              {"id": "r1", "text": "Ensure access to asylum", "principles": ["human-right"]}
            ]
          }
        ],
        "id": "again"
      }
      """;

  @Test
  void fileWithFiveIndependentProblemsGivesFiveProblemsInOneRead() {
    ReadResult<StakeholderInput> result = json.readJson(FIVE_PROBLEMS);
    List<Problem> problems = result.getReport().getProblems();
    assertEquals(5, problems.size(), Problems.describe(problems));
    assertProblem(problems.get(0), ReadProblem.WRONG_TYPE, Severity.ERROR,
        "/contributors/0/countries", 7, column(FIVE_PROBLEMS, 7, "\"AM\""));
    assertProblem(problems.get(1), ReadProblem.UNKNOWN_OBJECTIVE, Severity.ERROR,
        "/sections/0/objectives/1", 13, column(FIVE_PROBLEMS, 13, "24"));
    assertProblem(problems.get(2), ReadProblem.MISSING_PROPERTY, Severity.ERROR,
        "/sections/0/findings/0/text", 15, column(FIVE_PROBLEMS, 15, "{"));
    assertProblem(problems.get(3), ReadProblem.UNKNOWN_CODE, Severity.ERROR,
        "/sections/0/recommendations/0/principles/0", 18,
        column(FIVE_PROBLEMS, 18, "\"human-right\""));
    assertProblem(problems.get(4), ReadProblem.DUPLICATE_KEY, Severity.ERROR, "/id", 22, 3);
    assertFalse(result.isValid());
    StakeholderInput document = result.getDocument().orElseThrow();
    assertEquals("unece-2020", document.getId());
    assertEquals(List.of(Objective.of(11)), document.getSections().get(0).getObjectives());
    assertTrue(document.getSections().get(0).getFindings().isEmpty());
  }

  @Test
  void badValueInARequiredPropertyIsOneProblemNotTwo() {
    String text = """
        {
          "formatVersion": "2.0",
          "id": "d1",
          "title": "T",
          "language": "en",
          "sections": [
            {"id": "s1", "heading": 42},
            {"id": "s2", "heading": "Fine"}
          ]
        }
        """;
    ReadResult<StakeholderInput> result = json.readJson(text);
    assertProblem(single(result), ReadProblem.WRONG_TYPE, Severity.ERROR, "/sections/0/heading",
        7, column(text, 7, "42"));
    StakeholderInput document = result.getDocument().orElseThrow();
    assertEquals(1, document.getSections().size());
    assertEquals("s2", document.getSections().get(0).getId());
  }

  @Test
  void misspeltRequiredPropertyIsOneMissingProblemNamingTheMisspelling() {
    String text = """
        {
          "formatVersion": "2.0",
          "id": "d1",
          "titel": "T",
          "language": "en"
        }
        """;
    ReadResult<StakeholderInput> result = json.readJson(text);
    Problem problem = single(result);
    assertProblem(problem, ReadProblem.MISSING_PROPERTY, Severity.ERROR, "/title", 1, 1);
    assertEquals("missing required property \"title\" (is \"titel\" a misspelling of it?)",
        problem.getMessage());
    assertEquals("Rename \"titel\" to \"title\".", problem.getHint().orElseThrow());
  }

  @Test
  void unknownPropertiesAreWarningsWhenLenientAndErrorsWhenStrictAndKeptEitherWay() {
    String text = """
        {
          "formatVersion": "2.0",
          "id": "d1",
          "title": "T",
          "language": "en",
          "Title": "t",
          "x-source": "survey"
        }
        """;
    ReadResult<StakeholderInput> lenient = GcmJson.standard().readJson(text);
    ReadResult<StakeholderInput> strict = GcmJson.strict().readJson(text);
    assertProblem(single(lenient), ReadProblem.UNKNOWN_PROPERTY, Severity.WARNING, "/Title", 6, 3);
    assertProblem(single(strict), ReadProblem.UNKNOWN_PROPERTY, Severity.ERROR, "/Title", 6, 3);
    assertTrue(lenient.isValid());
    assertFalse(strict.isValid());
    assertEquals(lenient.getDocument(), strict.getDocument());
    assertEquals(List.of("Title", "x-source"), List.copyOf(
        strict.getDocument().orElseThrow().getExtensions().keySet()));
  }

  @Test
  void extensionDataIsNeverReported() {
    String text = """
        {"formatVersion": "2.0", "id": "d1", "title": "T", "language": "en",
         "x-anything": {"nested": [1, 2, {"deep": null}]}}
        """;
    ReadResult<StakeholderInput> result = GcmJson.strict().readJson(text);
    assertTrue(result.getReport().getProblems().isEmpty(), result.getReport().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      truncated file          | {"formatVersion": "2.0"                   | 1 | 24 | the file ends before its JSON is complete
      trailing comma in list  | {"x-a": [1, 2,]}                          | 1 | 15 | a comma before "]" is not allowed
      single quotes           | {'formatVersion': '1.0'}                  | 1 | 2  | single quotes are not allowed: strings and property names take double quotes
      line comment            | {"x-a": 1 // note                         | 1 | 11 | comments are not allowed in JSON
      block comment           | {"x-a": /* n */ 1}                        | 1 | 9  | comments are not allowed in JSON
      NaN                     | {"x-a": NaN}                              | 1 | 9  | "NaN" is not a JSON number
      bare word               | {"x-a": yes}                              | 1 | 9  | unknown word "yes": expected a value
      trailing content        | {"x-a": 1} }                              | 1 | 12 | unexpected content after the end of the document
      second document         | {"x-a": 1} {"x-b": 2}                     | 1 | 12 | unexpected content after the end of the document
      trailing word           | {"x-a": 1} yes                            | 1 | 12 | unexpected content after the end of the document
      trailing number         | {"x-a": 1} 01                             | 1 | 12 | unexpected content after the end of the document
      leading zero            | {"x-a": 01}                               | 1 | 9  | invalid number
      missing colon           | {"x-a" 1}                                 | 1 | 8  | expected a colon after the property name
      missing comma           | {"x-a": 1 "x-b": 2}                       | 1 | 11 | expected a comma between two elements
      bad escape              | {"x-a": "\\q"}                            | 1 | 11 | invalid escape sequence "\\q" in a string
      """)
  void syntaxErrorsAreOneLocatedErrorWithAMessageOfTheirOwn(String name, String text, int line,
      int column, String message) {
    ReadResult<StakeholderInput> result = json.readJson(text.replace("\\\\", "\\"));
    List<Problem> syntax = result.getReport().getProblems().stream()
        .filter(p -> p.getCode().equals(ReadProblem.SYNTAX_ERROR.getCode()))
        .collect(Collectors.toList());
    assertEquals(1, syntax.size(), Problems.describe(result.getReport().getProblems()));
    Problem problem = syntax.get(0);
    assertEquals(message.replace("\\\\", "\\"), problem.getMessage());
    assertEquals(line, problem.getLocation().getLine().getAsInt(), problem.toString());
    assertEquals(column, problem.getLocation().getColumn().getAsInt(), problem.toString());
  }

  @Test
  void aControlCharacterBetweenValuesIsLocatedAtItselfNotAfterIt() {
    // Jackson 2 places this error after the character, Jackson 3 at it: both read as the latter
    Map<String, Integer> columns = Map.of("\u0007", 1, "{\"x-a\": \u0001}", 9);
    columns.forEach((text, column) -> {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      for (ReadResult<StakeholderInput> result : List.of(json.readJson(text), json.read(bytes),
          json.read(new ByteArrayInputStream(bytes)))) {
        Problem problem = result.getReport().getProblems().stream()
            .filter(p -> p.getCode().equals(ReadProblem.SYNTAX_ERROR.getCode()))
            .findFirst().orElseThrow();
        assertTrue(problem.getMessage().startsWith("the control character U+000"),
            problem.toString());
        assertEquals(column, problem.getLocation().getColumn().getAsInt(), problem.toString());
      }
    });
  }

  @Test
  void problemsFoundBeforeASyntaxErrorAreKept() {
    String text = """
        {
          "formatVersion": "2.0",
          "id": 7,
          "title": "T",
          "language": "en",
          "sections": [
        """;
    ReadResult<StakeholderInput> result = json.readJson(text);
    List<Problem> problems = result.getReport().getProblems();
    assertEquals(2, problems.size(), Problems.describe(problems));
    assertEquals(ReadProblem.WRONG_TYPE.getCode(), problems.get(0).getCode());
    assertEquals(ReadProblem.SYNTAX_ERROR.getCode(), problems.get(1).getCode());
    assertFalse(result.getDocument().isPresent());
  }

  @Test
  void everyTopLevelValueThatIsNotAnObjectIsAWrongType() {
    Problem problem = single(json.readJson("[1, 2]"));
    assertProblem(problem, ReadProblem.WRONG_TYPE, Severity.ERROR, "", 1, 1);
    assertEquals("expected an object (a document), found a list", problem.getMessage());
  }

  @Test
  void objectivesWrittenAsWholeDecimalsAreAccepted() {
    String text = """
        {"formatVersion": "2.0", "id": "d1", "title": "T", "language": "en",
         "figures": [{"id": "f", "value": 1.50, "unit": "u", "description": "d",
                      "objectives": [11.0, 1e1]}]}
        """;
    ReadResult<StakeholderInput> result = json.readJson(text);
    assertTrue(result.getReport().getProblems().isEmpty(), result.getReport().toString());
    var figure = result.getDocument().orElseThrow().getFigures().get(0);
    assertEquals(List.of(Objective.of(11), Objective.of(10)), figure.getObjectives());
    assertEquals("1.50", figure.getValue().toString(), "numbers are kept exactly");
  }

  @Test
  void lineAndColumnCountCharactersNotBytes() {
    String text = "{\"formatVersion\": \"2.0\", \"id\": \"Ωμέγα😀\", \"url\": 5,"
        + " \"title\": \"T\", \"language\": \"en\"}";
    Problem problem = single(json.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertProblem(problem, ReadProblem.WRONG_TYPE, Severity.ERROR, "/url", 1,
        text.indexOf("5") + 1);
  }

  @Test
  void crLfAndCrLineEndsCountAsOneLineEach() {
    String text = "{\r\n\"formatVersion\": \"2.0\",\r\"id\": \"d1\",\n\"title\": 1,\r\n"
        + "\"language\": \"en\"}";
    Problem problem = single(json.readJson(text));
    assertProblem(problem, ReadProblem.WRONG_TYPE, Severity.ERROR, "/title", 4, 10);
  }

  @Test
  void emptyListsAndDefaultsAreReadAsAbsent() {
    String text = """
        {"formatVersion": "2.0", "id": "d1", "title": "T", "language": "en", "sections": [],
         "references": [{"id": "r", "title": "t", "kind": "other", "forthcoming": false}]}
        """;
    StakeholderInput document = json.readJson(text).getDocument().orElseThrow();
    assertTrue(document.getSections().isEmpty());
    assertEquals(JsonValue.JsonBoolean.FALSE,
        JsonValue.of(document.getReferences().get(0).isForthcoming()));
    assertFalse(json.write(document).contains("forthcoming"));
  }
}
