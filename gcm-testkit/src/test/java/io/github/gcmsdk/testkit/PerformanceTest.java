package io.github.gcmsdk.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Generation is fast enough for property runs of many cases. Prints times; asserts none
 * ({@code -Dgcm.cases} changes the number of documents).
 */
class PerformanceTest {

  @Test
  void tenThousandDocumentsAreGeneratedQuickly() {
    long[] sections = new long[1];
    RunSummary summary = Properties.forAll(GcmGenerators.documents(), 10_000, 42L, doc -> {
      assertFalse(doc.getId().isEmpty());
      sections[0] += doc.getSections().size();
    });
    System.out.printf("gcm-testkit: %d documents (%d top-level sections) in %d ms%n",
        summary.getCases(), sections[0], summary.getElapsed().toMillis());
  }

  @Test
  void thousandInvalidDocumentsAreGeneratedQuickly() {
    RunSummary summary =
        Properties.forAll(GcmGenerators.invalidDocuments(), 1_000, 43L, generated -> { });
    System.out.printf("gcm-testkit: %d invalid documents in %d ms%n",
        summary.getCases(), summary.getElapsed().toMillis());
  }
}
