package io.github.gcmsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Report;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Rule problems of a list whose elements gcm-io left out (values it could not build): each one
 * names the element in the file, at that element's line and column, like the reading problems.
 */
class ElementsLeftOutTest {

  @Test
  void duplicateObjectivesAfterALeftOutElementAreEachReportedAtTheirOwnElement() {
    // 11, 11.0 and 1.1e1 are objective 11; "11" is a string, not an objective number
    String text = "{\"formatVersion\": \"1.0\", \"id\": \"d1\", \"title\": \"T\","
        + " \"language\": \"en\", \"sections\": [{\"id\": \"s1\", \"heading\": \"H\","
        + " \"objectives\": [\n"
        + "11,\n11,\n\"11\",\n11.0,\n1.1e1]}]}";
    Report report = GcmValidator.standard().validateJson(text);
    List<String> found = report.getProblems().stream()
        .filter(p -> p.getCode().equals("GCM-V013") || p.getCode().equals("GCM-J010"))
        .map(ElementsLeftOutTest::describe)
        .collect(Collectors.toList());
    assertEquals(List.of(
        "GCM-V013 /sections/0/objectives/1 3:1",
        "GCM-J010 /sections/0/objectives/2 4:1",
        "GCM-V013 /sections/0/objectives/3 5:1",
        "GCM-V013 /sections/0/objectives/4 6:1"), found, report.toString());
  }

  private static String describe(Problem problem) {
    return problem.getCode() + " " + problem.getLocation().getPointer() + " "
        + problem.getLocation().getLine().getAsInt() + ":"
        + problem.getLocation().getColumn().getAsInt();
  }
}
