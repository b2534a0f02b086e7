package io.github.gcmsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Report;
import io.github.gcmsdk.problem.Severity;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Property tests on seeded random documents ({@link RandomDocuments}). Every failure message
 * starts with the seed, so that the document can be rebuilt with {@code
 * RandomDocuments.broken(seed)} or {@code RandomDocuments.clean(seed)}.
 */
class TotalityTest {

  private static final long BASE_SEED = Long.getLong("gcm.seed", 20_201_112L);
  private static final int BROKEN = Integer.getInteger("gcm.documents", 3_000);
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
    int withErrors = 0;
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < BROKEN; i++) {
      long seed = BASE_SEED + i;
      StakeholderInput document;
      try {
        document = RandomDocuments.broken(seed);
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ": the generator failed", e);
      }
      GcmValidator validator = VALIDATORS.get(i % VALIDATORS.size());
      Report report;
      try {
        report = validator.validate(document);
      } catch (Throwable e) {
        throw new AssertionError("seed " + seed + ": validate threw", e);
      }
      assertNotNull(report, "seed " + seed);
      for (Problem p : report.getProblems()) {
        String where = "seed " + seed + ": " + p;
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
        withErrors++;
      }
    }
    assertTrue(withErrors > BROKEN / 2, "most broken documents have errors: " + withErrors);
    Set<String> expected = CODES.stream().filter(c -> !c.equals("GCM-V000")
        && !c.equals("GCM-V008")).collect(Collectors.toSet());
    expected.removeAll(seen);
    assertEquals(Set.of(), expected, "every rule fires on some generated document");
  }

  @Test
  void cleanGeneratedDocumentsHaveNoProblemAtAll() {
    GcmValidator validator = GcmValidator.standard();
    for (int i = 0; i < CLEAN; i++) {
      long seed = BASE_SEED + i;
      Report report = validator.validate(RandomDocuments.clean(seed));
      if (!report.getProblems().isEmpty()) {
        fail("seed " + seed + ": a clean document has problems: " + report.getProblems());
      }
    }
  }

  @Test
  void validatingTheSameDocumentTwiceGivesTheSameReport() {
    GcmValidator validator = GcmValidator.standard();
    for (int i = 0; i < 200; i++) {
      long seed = BASE_SEED + i;
      StakeholderInput document = RandomDocuments.broken(seed);
      assertEquals(validator.validate(document), validator.validate(document), "seed " + seed);
    }
  }
}
