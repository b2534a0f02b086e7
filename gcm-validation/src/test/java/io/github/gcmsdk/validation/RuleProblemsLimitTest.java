package io.github.gcmsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadLimits;
import io.github.gcmsdk.model.Section;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Report;
import io.github.gcmsdk.problem.Severity;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Rule problems are bounded like reading problems ({@link ReadLimits#getMaxProblems()}): a file
 * that repeats one objective a million times is a few bytes per fault, and one problem object per
 * fault would make the report, not the file, exhaust memory.
 */
class RuleProblemsLimitTest {

  private static String repeatedObjective(int times) {
    return "{\"formatVersion\": \"1.0\", \"id\": \"d1\", \"title\": \"T\", \"language\": \"en\","
        + " \"sections\": [{\"id\": \"s1\", \"heading\": \"H\", \"objectives\": ["
        + String.join(",", Collections.nCopies(times, "1")) + "]}]}";
  }

  private static GcmValidator keeping(int maxProblems, Locale locale) {
    return GcmValidator.builder().locale(locale)
        .json(GcmJson.builder().limits(ReadLimits.defaults().withMaxProblems(maxProblems)).build())
        .build();
  }

  @Test
  void ruleProblemsPastTheLimitAreCountedInOneProblem() {
    Report report = keeping(50, Locale.ENGLISH).validateJson(repeatedObjective(5_000));

    List<Problem> duplicates = report.getProblems().stream()
        .filter(p -> p.getCode().equals("GCM-V013")).collect(Collectors.toList());
    assertEquals(50, duplicates.size(), report.toText());
    List<Problem> leftOut = report.getProblems().stream()
        .filter(p -> p.getCode().equals("GCM-J045")).collect(Collectors.toList());
    assertEquals(1, leftOut.size(), report.toText());
    assertEquals(Severity.ERROR, leftOut.get(0).getSeverity());
    // the 4,999 duplicates and the info that the section is empty: 51 problems, 50 kept
    assertTrue(leftOut.get(0).getMessage().startsWith(
        "4950 more problems left out (GCM-V013: 4949, GCM-V020: 1)"), leftOut.get(0).getMessage());
    assertTrue(leftOut.get(0).getLocation().getLine().isPresent(), "located where the first is");
  }

  @Test
  void theCountingProblemIsInTheValidatorsLanguage() {
    Report report = keeping(10, Locale.FRENCH).validateJson(repeatedObjective(100));
    Problem leftOut = report.getProblems().stream()
        .filter(p -> p.getCode().equals("GCM-J045")).findFirst().orElseThrow();
    assertTrue(leftOut.getMessage().contains("GCM-V013: 89"), leftOut.getMessage());
    assertTrue(!leftOut.getMessage().contains("more problems"), leftOut.getMessage());
  }

  @Test
  void anObjectGraphIsBoundedToo() {
    StakeholderInput document = StakeholderInput.builder().id("d1").title("T").language("en")
        .addSections(Section.builder().id("s1").heading("H")
            .addAllObjectives(Collections.nCopies(300, Objective.of(1))).build())
        .build();
    Report report = keeping(20, Locale.ENGLISH).validate(document);
    assertEquals(20, report.getProblems().stream()
        .filter(p -> p.getCode().equals("GCM-V013")).count(), report.toText());
    assertEquals(1, report.getProblems().stream()
        .filter(p -> p.getCode().equals("GCM-J045")).count(), report.toText());
  }

  @Test
  void underTheLimitNothingIsLeftOut() {
    Report report = keeping(50, Locale.ENGLISH).validateJson(repeatedObjective(10));
    assertEquals(9, report.getProblems().stream()
        .filter(p -> p.getCode().equals("GCM-V013")).count(), report.toText());
    assertTrue(report.getProblems().stream().noneMatch(p -> p.getCode().equals("GCM-J045")));
  }
}
