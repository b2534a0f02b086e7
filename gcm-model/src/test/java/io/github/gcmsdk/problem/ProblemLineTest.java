package io.github.gcmsdk.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems and reports print themselves as {@code gcm validate} prints them. */
class ProblemLineTest {

  private static Problem problem(Severity severity, String code, Location location,
      String message) {
    return Problem.builder().code(code).severity(severity).location(location).message(message)
        .hint("a hint, never printed on the line").build();
  }

  private static final Problem LOCATED = problem(Severity.ERROR, "GCM-J014",
      Location.of("/sections/0/findings/0/text", 28, 11), "duplicate key \"text\"");
  private static final Problem UNLOCATED = problem(Severity.WARNING, "GCM-V010",
      Location.of("/sections/0/figureIds/0"), "no figure of the document has the id \"f\"");

  @Test
  void aLocatedProblemPrintsPathLineColumnSeverityCodeAndMessage() {
    assertEquals("in.json:28:11: error GCM-J014 duplicate key \"text\"",
        LOCATED.toLine("in.json"));
    assertEquals("28:11: error GCM-J014 duplicate key \"text\"", LOCATED.toLine());
  }

  @Test
  void aProblemWithoutALinePrintsItsPointerAtTheEnd() {
    assertEquals("in.json: warning GCM-V010 no figure of the document has the id \"f\""
        + " (at /sections/0/figureIds/0)", UNLOCATED.toLine("in.json"));
    assertEquals("warning GCM-V010 no figure of the document has the id \"f\""
        + " (at /sections/0/figureIds/0)", UNLOCATED.toLine());
    assertEquals("info GCM-V019 the document has no sections (at /)",
        problem(Severity.INFO, "GCM-V019", Location.ROOT, "the document has no sections")
            .toLine());
  }

  @Test
  void aProblemFromASpreadsheetPrintsItsCellAndPointerOrItsCellAlone() {
    assertEquals("error GCM-J020 objective 24 does not exist"
        + " (at Recommendations!E3 /sections/1/recommendations/1/objectives/0)",
        problem(Severity.ERROR, "GCM-J020",
            Location.of("/sections/1/recommendations/1/objectives/0")
                .withCellOnly("Recommendations!E3"), "objective 24 does not exist").toLine());
    assertEquals("warning GCM-S020 the cell holds a formula (at Recommendations!C4)",
        problem(Severity.WARNING, "GCM-S020", Location.ROOT.withCellOnly("Recommendations!C4"),
            "the cell holds a formula").toLine());
  }

  @Test
  void jsonMembersComeInTheReportsOrderAndLeaveOutWhatIsUnknown() {
    assertEquals(List.of("severity", "code", "message", "pointer", "line", "column", "hint"),
        List.copyOf(LOCATED.toJsonMembers().keySet()));
    assertEquals(28, LOCATED.toJsonMembers().get("line"));
    Problem cellOnly = Problem.builder().code("GCM-S020").severity(Severity.WARNING)
        .location(Location.ROOT.withCellOnly("Findings!C7")).message("a formula").build();
    assertEquals(java.util.Map.of("severity", "WARNING", "code", "GCM-S020", "message", "a formula",
        "pointer", "", "cell", "Findings!C7"), cellOnly.toJsonMembers());
  }

  @Test
  void aLineIsAlwaysOneLineAndItsPointerIsEscaped() {
    Problem hostile = problem(Severity.ERROR, "GCM-J013",
        Location.of("/\u001b[31mred\nx"), "two\nlines\r\nhere\rend");
    assertEquals("error GCM-J013 two lines here end (at /\\u001B[31mred\\nx)", hostile.toLine());
  }

  @Test
  void aReportPrintsEveryLineThenTheSummaryOfTheCommandLine() {
    Report report = Report.of(List.of(LOCATED, UNLOCATED));
    assertEquals("in.json:28:11: error GCM-J014 duplicate key \"text\"\n"
        + "in.json: warning GCM-V010 no figure of the document has the id \"f\""
        + " (at /sections/0/figureIds/0)\n"
        + "1 file, 0 valid, 1 error, 1 warning\n", report.toText("in.json"));
    assertEquals("28:11: error GCM-J014 duplicate key \"text\"\n"
        + "warning GCM-V010 no figure of the document has the id \"f\""
        + " (at /sections/0/figureIds/0)\n"
        + "1 document, 0 valid, 1 error, 1 warning\n", report.toText());
    assertEquals("1 document, 1 valid, 0 errors, 0 warnings\n", Report.EMPTY.toText());
    assertEquals("x.json: warning GCM-V010 no figure of the document has the id \"f\""
        + " (at /sections/0/figureIds/0)\n"
        + "x.json: warning GCM-V010 no figure of the document has the id \"f\""
        + " (at /sections/0/figureIds/0)\n"
        + "1 file, 1 valid, 0 errors, 2 warnings\n",
        Report.of(List.of(UNLOCATED, UNLOCATED)).toText("x.json"));
  }

  @Test
  void nullPathsAreRejected() {
    assertThrows(NullPointerException.class, () -> LOCATED.toLine(null));
    assertThrows(NullPointerException.class, () -> Report.EMPTY.toText(null));
  }
}
