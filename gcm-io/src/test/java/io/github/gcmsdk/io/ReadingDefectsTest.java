package io.github.gcmsdk.io;

import static io.github.gcmsdk.io.Problems.assertProblem;
import static io.github.gcmsdk.io.Problems.column;
import static io.github.gcmsdk.io.Problems.describe;
import static io.github.gcmsdk.io.Problems.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Location;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading defects reported against gcm-io: problem amplification, list elements left out of the
 * built document, and findings of an external JSON conformance suite (empty collections, nesting
 * inside a skipped value, where a non-JSON literal is located).
 */
class ReadingDefectsTest {

  private static final String HEAD = "{\"formatVersion\": \"2.0\", \"id\": \"d1\","
      + " \"title\": \"T\", \"language\": \"en\",\n";

  private final GcmJson json = GcmJson.standard();

  private static String objectives(String elements) {
    return HEAD + "\"sections\": [{\"id\": \"s1\", \"heading\": \"H\", \"objectives\": ["
        + elements + "]}]}";
  }

  // --- 1. Problem amplification ---------------------------------------------------------------

  @Test
  void manyBadValuesKeepTheFirstProblemsUpToTheDefaultLimitAndNoMore() {
    String text = objectives("0" + ", 0".repeat(4_999));
    List<Problem> problems = json.readJson(text).getReport().getProblems();
    assertTrue(problems.size() <= 1_001, "problems kept: " + problems.size());
    assertTrue(problems.size() > 1_000, "problems kept: " + problems.size());
  }

  @Test
  void problemsKeptAreTheFirstOnesAndTheRestAreCountedInTheLastProblem() {
    String text = objectives("0" + ", 0".repeat(4_999));
    List<Problem> problems = json.readJson(text).getReport().getProblems();
    assertEquals(ReadLimits.DEFAULT_MAX_PROBLEMS + 1, problems.size());
    for (int i = 0; i < ReadLimits.DEFAULT_MAX_PROBLEMS; i++) {
      assertEquals("/sections/0/objectives/" + i, problems.get(i).getLocation().getPointer());
    }
    Problem last = problems.get(ReadLimits.DEFAULT_MAX_PROBLEMS);
    assertEquals(ReadProblem.PROBLEMS_LEFT_OUT.getCode(), last.getCode());
    assertEquals("4000 more problems left out (GCM-J020: 4000): the report keeps the first 1000",
        last.getMessage());
  }

  @Test
  void unknownPropertiesPastTheLimitAreCountedAsTheyAreMet() {
    GcmJson limited = GcmJson.builder().limits(ReadLimits.defaults().withMaxProblems(10)).build();
    StringBuilder text = new StringBuilder(HEAD.replace("\"title\": \"T\",", ""));
    for (int i = 0; i < 100; i++) {
      text.append("\"u").append(i).append("\": ").append(i).append(",\n");
    }
    text.append("\"titel\": \"T\"}");
    ReadResult<StakeholderInput> result = limited.readJson(text.toString());
    List<Problem> problems = result.getReport().getProblems();
    assertEquals(11, problems.size(), () -> describe(problems));
    // kept: the first unknown properties, held back to the end of their object, and the missing
    // title found there (at the object's start); the unknown properties met past the room left
    // are counted as they are met, the last one held back when the title took its place
    assertEquals("/title", problems.get(0).getLocation().getPointer());
    assertEquals(ReadProblem.MISSING_PROPERTY.getCode(), problems.get(0).getCode());
    for (int i = 0; i < 9; i++) {
      assertEquals("/u" + i, problems.get(i + 1).getLocation().getPointer(), describe(problems));
    }
    assertEquals("92 more problems left out (GCM-J013: 92): the report keeps the first 10",
        problems.get(10).getMessage());
    assertEquals(Severity.WARNING, problems.get(10).getSeverity(),
        "the highest severity of those left out");
    assertEquals(Severity.ERROR, problems.get(0).getSeverity());
  }

  @Test
  void problemThatStopsReadingIsKeptPastTheLimit() {
    GcmJson limited = GcmJson.builder().limits(ReadLimits.defaults().withMaxProblems(1)).build();
    List<Problem> problems = limited.readJson(objectives("0, 0, 0, 0") + ",")
        .getReport().getProblems();
    assertEquals(List.of("GCM-J020", "GCM-J001", "GCM-J045"),
        problems.stream().map(Problem::getCode).collect(Collectors.toList()), describe(problems));
  }

  @Test
  void problemLimitIsOneOfTheReadLimits() {
    assertEquals(1_000, ReadLimits.defaults().getMaxProblems());
    assertEquals(5, ReadLimits.defaults().withMaxProblems(5).getMaxProblems());
    assertFalse(ReadLimits.defaults().equals(ReadLimits.defaults().withMaxProblems(5)));
    assertTrue(ReadLimits.defaults().toString().contains("maxProblems=1000"));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ReadLimits.defaults().withMaxProblems(0));
  }

  // --- 2. Elements left out of a list ---------------------------------------------------------

  @Test
  void locatingAnElementOfTheBuiltListGivesItsPointerAndPositionInTheFile() {
    String text = HEAD + "\"sections\": [{\"id\": \"s1\", \"heading\": \"H\", \"objectives\": [\n"
        + "11,\n11,\n\"11\",\n11.0,\n1.1e1]}]}";
    ReadResult<StakeholderInput> result = json.readJson(text);
    assertEquals(List.of(Objective.of(11), Objective.of(11), Objective.of(11), Objective.of(11)),
        result.getDocument().orElseThrow().getSections().get(0).getObjectives(),
        "11, 11.0 and 1.1e1 are objective 11; the string \"11\" is not a number");
    assertProblem(only(result, ReadProblem.WRONG_TYPE), ReadProblem.WRONG_TYPE, Severity.ERROR,
        "/sections/0/objectives/2", 5, 1);
    String[] file = {"/sections/0/objectives/0", "/sections/0/objectives/1",
        "/sections/0/objectives/3", "/sections/0/objectives/4"};
    for (int built = 0; built < 4; built++) {
      Location location = result.locate("/sections/0/objectives/" + built);
      int fileIndex = Integer.parseInt(file[built].substring(file[built].lastIndexOf('/') + 1));
      assertEquals(file[built], location.getPointer(), "the pointer of element " + built);
      assertEquals(fileIndex + 3, location.getLine().getAsInt(), location.describe());
      assertEquals(1, location.getColumn().getAsInt(), location.describe());
    }
    assertEquals("/sections/0/objectives/3/x", result.locate("/sections/0/objectives/2/x")
        .getPointer(), "below an element the rest of the pointer is kept");
  }

  // --- 3. External conformance suite ----------------------------------------------------------

  static Stream<Arguments> emptyInputs() {
    return Stream.of("", " \n\t", "\uFEFF", "\uFEFF \r\n").flatMap(text -> Stream.of(
        Arguments.of(text, CollectionFormat.JSON_ARRAY),
        Arguments.of(text, CollectionFormat.JSON_LINES)));
  }

  @ParameterizedTest
  @MethodSource("emptyInputs")
  void emptyCollectionIsOneEmptyInputProblemNotAnException(String text,
      CollectionFormat format) {
    List<ReadResult<StakeholderInput>> results;
    try (Stream<ReadResult<StakeholderInput>> stream = json.readCollection(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format)) {
      results = stream.collect(Collectors.toList());
    }
    assertEquals(1, results.size(), () -> format + ": " + results);
    ReadResult<StakeholderInput> result = results.get(0);
    assertFalse(result.getDocument().isPresent());
    assertProblem(only(result, ReadProblem.EMPTY_INPUT), ReadProblem.EMPTY_INPUT, Severity.ERROR,
        "", 1, 1);
    assertEquals(text.startsWith("\uFEFF") ? 2 : 1, result.getReport().getProblems().size(),
        () -> describe(result.getReport().getProblems()));
  }

  @Test
  void valueNestedBeyondTheParsersLimitInsideABadMemberIsOneNestingProblemAtTheLimit() {
    String deep = "[".repeat(3_000) + "]".repeat(3_000);
    for (String member : List.of("\"title\": \"T\", \"title\": " + deep,
        "\"sections\": [" + deep + "]", "\"contributors\": " + deep)) {
      String text = HEAD + member + "}";
      ReadResult<StakeholderInput> result = json.readJson(text);
      Problem nesting = only(result, ReadProblem.NESTING_TOO_DEEP);
      // the document is level 1: the value of a member is 2, the first too deep 65
      int firstTooDeep = text.indexOf('[', text.indexOf(member)) + 1
          + (ReadLimits.DEFAULT_MAX_NESTING_DEPTH + 1 - 2);
      assertEquals(2, nesting.getLocation().getLine().getAsInt(), member);
      assertEquals(firstTooDeep - HEAD.length(), nesting.getLocation().getColumn().getAsInt(),
          () -> member + describe(result.getReport().getProblems()));
    }
  }

  static Stream<Arguments> literals() {
    List<String> literals = List.of("NaN", "Infinity", "-Infinity", "+Infinity", "+1", "01",
        "-01", ".5", "-.5", "'a'", "1.", "-", "1e", "1.e5", "tru", "Nan");
    List<String> contexts = List.of("\"x-v\":  %s}", "\"x-v\": [1,  %s]}",
        "\"figures\": [{\"id\": \"f1\", \"value\":\n  %s, \"unit\": \"u\","
            + " \"description\": \"d\"}]}");
    return literals.stream().flatMap(literal -> contexts.stream().map(context ->
        Arguments.of(literal, HEAD + String.format(context, literal))));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("literals")
  void nonJsonLiteralIsLocatedAtItsStart(String literal, String text) {
    ReadResult<StakeholderInput> result = json.readJson(text);
    Problem problem = only(result, ReadProblem.SYNTAX_ERROR);
    int line = text.split("\n").length;
    assertEquals(line, problem.getLocation().getLine().getAsInt(),
        problem.getLocation().describe());
    assertEquals(column(text, line, "  " + literal) + 2,
        problem.getLocation().getColumn().getAsInt(),
        () -> problem.getMessage() + " at " + problem.getLocation().describe());
  }

  @Test
  void nonJsonLiteralAsTheWholeDocumentIsLocatedAtItsStart() {
    for (String literal : List.of("NaN", "-Infinity", "+1", "01", "'a'")) {
      Problem problem = only(json.readJson("\n  " + literal), ReadProblem.SYNTAX_ERROR);
      assertEquals(2, problem.getLocation().getLine().getAsInt(), literal);
      assertEquals(3, problem.getLocation().getColumn().getAsInt(), literal);
    }
  }
}
