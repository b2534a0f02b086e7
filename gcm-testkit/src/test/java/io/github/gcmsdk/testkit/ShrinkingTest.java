package io.github.gcmsdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.StakeholderInput;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Shrinking and failure reports. These tests hold with any {@code -Dgcm.seed}: they read the seed
 * a run used from its summary or failure.
 */
class ShrinkingTest {

  private String savedSeed;
  private String savedCases;

  @BeforeEach
  void saveSystemProperties() {
    savedSeed = System.getProperty(Properties.SEED_PROPERTY);
    savedCases = System.getProperty(Properties.CASES_PROPERTY);
  }

  @AfterEach
  void restoreSystemProperties() {
    restore(Properties.SEED_PROPERTY, savedSeed);
    restore(Properties.CASES_PROPERTY, savedCases);
  }

  private static void restore(String name, String value) {
    if (value == null) {
      System.clearProperty(name);
    } else {
      System.setProperty(name, value);
    }
  }

  private static int recommendations(StakeholderInput doc) {
    return DocumentRules.check(doc).recommendations;
  }

  @Test
  void failingDocumentIsReducedToExactlyThreeRecommendations() {
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> Properties.forAll(GcmGenerators.documents(), 1_000, 42L,
            doc -> assertTrue(recommendations(doc) <= 2, "more than 2 recommendations")));
    StakeholderInput original = (StakeholderInput) failure.getOriginalCase();
    StakeholderInput reduced = (StakeholderInput) failure.getReducedCase();
    assertEquals(3, recommendations(reduced));
    assertTrue(failure.getShrinkSteps() > 0);
    DocumentRules.Findings small = DocumentRules.check(reduced);
    DocumentRules.Findings big = DocumentRules.check(original);
    assertTrue(small.sections <= big.sections);
    assertTrue(reduced.toString().length() < original.toString().length());
    // Nothing but what makes it fail is left: no findings, practices, figures or questions.
    assertEquals(0, small.figureIds.size() + small.referenceIds.size(), reduced.toString());
    assertTrue(small.broken.isEmpty(), "shrinking kept the document valid: " + small);
    System.out.println("reduced " + big.sections + " sections / " + original.toString().length()
        + " chars to " + small.sections + " sections / " + reduced.toString().length()
        + " chars in " + failure.getShrinkSteps() + " steps");
  }

  @Test
  void failureMessageHasTheSeedTheCaseIndexAndTheReducedCase() {
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> Properties.forAll(GcmGenerators.documents(), 1_000, 4711L,
            doc -> assertTrue(recommendations(doc) <= 2)));
    String message = failure.getMessage();
    long seed = failure.getSeed();
    if (savedSeed == null) {
      assertEquals(4711L, seed);
    }
    assertTrue(message.contains("seed " + seed), message);
    assertTrue(message.contains("-Dgcm.seed=" + seed), message);
    assertTrue(message.contains("case " + failure.getCaseIndex() + " of " + failure.getCases()),
        message);
    assertTrue(message.contains(failure.getReducedCase().toString()), message);
    assertTrue(failure.getCause() instanceof AssertionError);
    // The case index points at the very value that failed.
    StakeholderInput again = GcmGenerators.documents()
        .samples(seed, failure.getCaseIndex() + 1).get(failure.getCaseIndex());
    assertEquals(failure.getOriginalCase(), again);
  }

  @Test
  void seedSystemPropertyOverridesTheSeedAndCasesPropertyTheNumberOfCases() {
    System.setProperty(Properties.SEED_PROPERTY, "1234");
    System.setProperty(Properties.CASES_PROPERTY, "7");
    RunSummary summary = Properties.forAll(GcmGenerators.objectives(), 100, 42L, o -> { });
    assertEquals(1234L, summary.getSeed());
    assertEquals(7, summary.getCases());
    System.setProperty(Properties.SEED_PROPERTY, "not-a-number");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Properties.forAll(GcmGenerators.objectives(), 1, o -> { }));
    assertTrue(e.getMessage().contains("not-a-number"), e.getMessage());
  }

  @Test
  void passingRunReturnsSummaryAndPrintsOneLine() {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RunSummary summary;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      summary = Properties.forAll(GcmGenerators.texts(), 100, 42L, t -> { });
    } finally {
      System.setOut(saved);
    }
    assertEquals("gcm-testkit: " + summary.getCases() + " cases, seed " + summary.getSeed()
        + ", 0 failures", summary.toString());
    assertEquals(summary + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
    assertEquals(0, summary.getFailures());
  }

  @Test
  void listIsReducedToTheSmallestFailingElement() {
    Gen<List<Integer>> lists = Gen.integers(0, 100).list(0, 20);
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> Properties.forAll(lists, 200, 42L,
            list -> assertTrue(list.stream().allMatch(x -> x < 50))));
    assertEquals(List.of(50), failure.getReducedCase());
  }

  @Test
  void textIsReducedButNeverBlank() {
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> Properties.forAll(GcmGenerators.texts(), 200, 42L,
            text -> assertTrue(text.length() < 20)));
    String reduced = (String) failure.getReducedCase();
    assertFalse(reduced.isBlank());
    assertTrue(reduced.length() >= 20);
    assertTrue(reduced.length() < ((String) failure.getOriginalCase()).length()
        || failure.getShrinkSteps() == 0);
  }

  @Test
  void invalidDocumentKeepsItsFaultWhileShrinking() {
    DocumentGenerator gen = GcmGenerators.documents(DocumentGenerator.Settings.defaults()
        .withInvalidity(Invalidity.DANGLING_REFERENCE_ID));
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> Properties.forAll(gen, 10, 42L, doc -> assertFalse(
            DocumentRules.check(doc).broken.contains(Invalidity.DANGLING_REFERENCE_ID))));
    StakeholderInput reduced = (StakeholderInput) failure.getReducedCase();
    DocumentRules.Findings f = DocumentRules.check(reduced);
    assertEquals(java.util.EnumSet.of(Invalidity.DANGLING_REFERENCE_ID), f.broken);
    assertEquals(1, f.sections, reduced.toString());
    assertEquals(1, f.citedReferenceIds.size(), reduced.toString());
  }

  @Test
  void shrinkingStopsAtTheAttemptLimit() {
    Gen<Integer> endless = Gen.integers(0, 10).withShrinker(x -> Stream.of(x + 1));
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> Properties.forAll(endless, 10, 42L, x -> assertTrue(x < 0)));
    assertEquals(Properties.MAX_SHRINK_ATTEMPTS, failure.getShrinkSteps());
    assertTrue(failure.getMessage().contains("stopped at the limit"), failure.getMessage());
  }
}
