package io.github.gcmsdk.validation;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.gcmsdk.io.Hostile;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Report;

/**
 * Fuzz target: validating any bytes ({@link GcmValidator#validate(byte[])}, each validator of
 * {@link FileTotalityTest#VALIDATORS}) gives a report, never a throwable, never {@code GCM-V000}
 * (a check that crashed), and only safe messages ({@link Hostile#assertSafeMessage}). Without
 * {@code JAZZER_FUZZ} it replays its corpus, {@code
 * src/test/resources/io/github/gcmsdk/validation/ValidateFuzzTestInputs/}; with it, it fuzzes
 * (docs/HOSTILE-INPUT.md, "Coverage-guided fuzzing").
 */
class ValidateFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void anyBytesGiveAReportWithoutCrashedChecks(byte[] bytes) {
    for (GcmValidator validator : FileTotalityTest.VALIDATORS) {
      Report report = validator.validate(bytes);
      assertNotNull(report);
      for (Problem p : report.getProblems()) {
        assertNotEquals("GCM-V000", p.getCode(), () -> p + " (a check crashed)");
        Hostile.assertSafeMessage(p);
      }
    }
  }
}
