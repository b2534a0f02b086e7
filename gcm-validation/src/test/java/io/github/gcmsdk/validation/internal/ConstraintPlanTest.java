package io.github.gcmsdk.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.model.constraints.Text;
import io.github.gcmsdk.testkit.GcmGenerators;
import io.github.gcmsdk.testkit.Gen;
import io.github.gcmsdk.testkit.Properties;
import io.github.gcmsdk.validation.ConstraintViolations;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link ConstraintPlan} against Hibernate Validator, the reference: on generated documents full of
 * constraint violations, in every language, both give the same problems (code, pointer, message).
 */
class ConstraintPlanTest {

  private static final long SEED = 20_261_128L;
  private static final List<Locale> LOCALES = List.of(Locale.ROOT,
      Locale.forLanguageTag("fr"), Locale.forLanguageTag("es"), Locale.forLanguageTag("ru"));
  private static final ConstraintPlan PLAN = ConstraintPlan.of(StakeholderInput.class);

  @Test
  void givesTheProblemsHibernateValidatorGivesOnDocumentsOfAnyContent() {
    int violations = agreeOn(GcmGenerators.anyDocuments(), 400);
    assertTrue(violations > 1_000, "the documents break constraints: " + violations);
  }

  @Test
  void givesTheProblemsHibernateValidatorGivesOnDocumentsWithMixedFaults() {
    int violations = agreeOn(GcmGenerators.faultyDocuments(), 400);
    assertTrue(violations > 200, "the documents break constraints: " + violations);
  }

  @Test
  void givesNoProblemOnFaultFreeDocuments() {
    Properties.forAll(GcmGenerators.faultFreeDocuments(), 200, SEED, document ->
        assertEquals(List.of(), plan(document, Locale.ROOT)));
  }

  /** Compares the two on each document, in a locale chosen in turn; returns the violations seen. */
  private static int agreeOn(Gen<StakeholderInput> documents, int cases) {
    AtomicInteger round = new AtomicInteger();
    AtomicInteger seen = new AtomicInteger();
    Properties.forAll(documents, cases, SEED, document -> {
      Locale locale = LOCALES.get(round.getAndIncrement() % LOCALES.size());
      StakeholderInput checked = Pruning.forBeanValidation(document);
      List<String> expected = hibernate(checked, locale);
      assertEquals(expected, plan(checked, locale), "in locale \"" + locale + "\"");
      assertEquals(expected, engine(checked, locale), "engine, in locale \"" + locale + "\"");
      seen.addAndGet(expected.size());
    });
    return seen.get();
  }

  private static List<String> hibernate(StakeholderInput document, Locale locale) {
    Validator validator = HibernateValidation.validator(locale);
    List<String> problems = new ArrayList<>();
    for (ConstraintViolation<StakeholderInput> violation : validator.validate(document)) {
      if (violation.getConstraintDescriptor().getAnnotation()
          instanceof io.github.gcmsdk.model.constraints.PassesDocumentRules) {
        continue; // the document rules: GcmValidator runs them itself, not through the plan
      }
      problems.add(ConstraintViolations.ruleOf(violation).getCode() + " "
          + ConstraintViolations.toJsonPointer(violation.getPropertyPath()) + " "
          + violation.getMessage());
    }
    problems.sort(null);
    return problems;
  }

  private static List<String> plan(StakeholderInput document, Locale locale) {
    List<String> problems = new ArrayList<>();
    PLAN.check(document, locale, (rule, at, message) ->
        problems.add(rule.getCode() + " " + at + " " + message));
    problems.sort(null);
    return problems;
  }

  private static List<String> engine(StakeholderInput document, Locale locale) {
    List<String> problems = new ArrayList<>();
    ModelConstraints.check(document, locale, (rule, at, message) ->
        problems.add(rule.getCode() + " " + at + " " + message));
    problems.sort(null);
    return problems;
  }

  /** A constraint on a list itself, not on its elements. */
  interface ConstraintOnAList {
    @Text
    List<String> getNames();
  }

  @Test
  void refusesAConstraintItCannotCheckRatherThanSkipIt() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ConstraintPlan.of(ConstraintOnAList.class));
    assertTrue(e.getMessage().contains("getNames"), e.getMessage());
  }

  /** A Jakarta constraint without an ExplainingValidator. */
  interface ForeignConstraint {
    @NotNull
    String getName();
  }

  @Test
  void refusesAConstraintWithoutAnExplainingValidator() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ConstraintPlan.of(ForeignConstraint.class));
    assertTrue(e.getMessage().contains("jakarta.validation.constraints.NotNull"), e.getMessage());
  }
}
