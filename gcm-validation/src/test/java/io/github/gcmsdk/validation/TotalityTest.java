package io.github.gcmsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Report;
import io.github.gcmsdk.problem.Severity;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import io.github.gcmsdk.testkit.DocumentGenerator;
import io.github.gcmsdk.testkit.GcmGenerators;
import io.github.gcmsdk.testkit.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Property tests on generated documents (gcm-testkit {@code GcmGenerators.faultyDocuments()},
 * {@code faultFreeDocuments()} and {@code invalidDocuments()}), run by {@code Properties.forAll}:
 * a failure is reduced and reported with its seed ({@code -Dgcm.seed=S} repeats it,
 * {@code -Dgcm.cases=N} runs more cases).
 */
class TotalityTest {

  private static final long SEED = 20_201_112L;
  private static final int BROKEN = 3_000;
  private static final int CLEAN = 500;

  private static final List<GcmValidator> VALIDATORS = List.of(
      GcmValidator.standard(),
      GcmValidator.builder().profile(Profile.DRAFT).locale(Locale.forLanguageTag("ru")).build(),
      GcmValidator.builder().disable("GCM-V016").severity("GCM-V015", Severity.ERROR)
          .locale(Locale.FRENCH).build());

  private static final Set<String> CODES = EnumSet.allOf(ValidationRule.class).stream()
      .map(ValidationRule::getCode).collect(Collectors.toSet());

  @Test
  void validatorReturnsAReportAndNeverThrowsOnThousandsOfBrokenDocuments() {
    AtomicInteger withErrors = new AtomicInteger();
    AtomicInteger cases = new AtomicInteger();
    Set<String> seen = ConcurrentHashMap.newKeySet();
    Properties.forAll(GcmGenerators.faultyDocuments(), BROKEN, SEED, document -> {
      GcmValidator validator = VALIDATORS.get(cases.getAndIncrement() % VALIDATORS.size());
      Report report;
      try {
        report = validator.validate(document);
      } catch (Throwable e) {
        throw new AssertionError("validate threw " + e, e);
      }
      assertNotNull(report);
      for (Problem p : report.getProblems()) {
        String where = p.toString();
        assertTrue(CODES.contains(p.getCode()), where);
        assertFalse(p.getCode().equals("GCM-V000"), where + " (a check crashed)");
        assertTrue(p.getLocation().getPointer().isEmpty()
            || p.getLocation().getPointer().startsWith("/"), where);
        assertFalse(p.getMessage().isBlank(), where);
        assertFalse(p.getMessage().contains("{io.github"), where + " (unresolved message key)");
        assertTrue(p.getHint().isPresent(), where);
        seen.add(p.getCode());
      }
      if (!report.isValid()) {
        withErrors.incrementAndGet();
      }
    });
    assertTrue(withErrors.get() > cases.get() / 2,
        "most broken documents have errors: " + withErrors);
    Set<String> expected = CODES.stream().filter(c -> !c.equals("GCM-V000")
        && !c.equals("GCM-V008")).collect(Collectors.toSet());
    expected.removeAll(seen);
    assertEquals(Set.of(), expected, "every rule fires on some generated document");
  }

  @Test
  void faultFreeGeneratedDocumentsHaveNoProblemAtAll() {
    GcmValidator validator = GcmValidator.standard();
    Properties.forAll(GcmGenerators.faultFreeDocuments(), CLEAN, SEED, document ->
        assertEquals(List.of(), validator.validate(document).getProblems(),
            "a fault-free document has problems"));
  }

  @Test
  void realisticValidDocumentsHaveNoError() {
    GcmValidator validator = GcmValidator.standard();
    Properties.forAll(GcmGenerators.documents(DocumentGenerator.Settings.defaults()
        .withExtensions(true)), CLEAN, SEED, document -> {
          Report report = validator.validate(document);
          assertTrue(report.isValid(), () -> report.getProblems().toString());
        });
  }

  @Test
  void eachInvalidityOfTheTestkitIsAnErrorOfTheStandardValidator() {
    GcmValidator validator = GcmValidator.standard();
    Properties.forAll(GcmGenerators.invalidDocuments(), CLEAN, SEED, generated -> {
      Report report = validator.validate(generated.getDocument());
      assertFalse(report.isValid(), () -> generated.getInvalidity() + " at "
          + generated.getPointer() + " gives no error: " + report.getProblems());
    });
  }

  @Test
  void validatingTheSameDocumentTwiceGivesTheSameReport() {
    GcmValidator validator = GcmValidator.standard();
    Properties.forAll(GcmGenerators.faultyDocuments(), 200, SEED, document ->
        assertEquals(validator.validate(document), validator.validate(document)));
  }
}
