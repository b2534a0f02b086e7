package io.github.gcmsdk.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.testkit.GcmGenerators;
import io.github.gcmsdk.testkit.Gen;
import io.github.gcmsdk.testkit.Properties;
import io.github.gcmsdk.validation.ConstraintViolations;
import io.github.gcmsdk.validation.GcmValidator;
import io.github.gcmsdk.validation.ValidationRule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelConstraints} against a default Hibernate Validator factory, the reference an
 * application's own validator is: on generated documents full of constraint violations, in every
 * language, both give the same problems (code, pointer, message), the document rules aside.
 */
class ModelConstraintsTest {

  private static final long SEED = 20_261_128L;
  private static final List<Locale> LOCALES = List.of(Locale.ROOT,
      Locale.forLanguageTag("fr"), Locale.forLanguageTag("es"), Locale.forLanguageTag("ru"));

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
        assertEquals(List.of(), engine(document, Locale.ROOT)));
  }

  /** Compares the two on each document, in a locale chosen in turn; returns the violations seen. */
  private static int agreeOn(Gen<StakeholderInput> documents, int cases) {
    AtomicInteger round = new AtomicInteger();
    AtomicInteger seen = new AtomicInteger();
    Properties.forAll(documents, cases, SEED, document -> {
      Locale locale = LOCALES.get(round.getAndIncrement() % LOCALES.size());
      StakeholderInput checked = Pruning.forBeanValidation(document);
      List<String> expected = hibernate(checked, locale);
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
        continue; // the document rules: GcmValidator runs them itself, not through the engine
      }
      problems.add(ConstraintViolations.ruleOf(violation).getCode() + " "
          + ConstraintViolations.toJsonPointer(violation.getPropertyPath()) + " "
          + violation.getMessage());
    }
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

  @Test
  void leavesTheDocumentRulesToGcmValidatorSoThatEachRuleProblemIsReportedOnce() {
    String twoSectionsOneId = "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"title\":\"t\","
        + "\"language\":\"en\",\"sections\":[{\"id\":\"s\",\"heading\":\"h\","
        + "\"paragraphs\":[\"p\"]},{\"id\":\"s\",\"heading\":\"h\",\"paragraphs\":[\"p\"]}]}";
    List<String> duplicates = new ArrayList<>();
    for (Problem problem : GcmValidator.standard().validateJson(twoSectionsOneId).getProblems()) {
      if (problem.getCode().equals(ValidationRule.DUPLICATE_ID.getCode())) {
        duplicates.add(problem.getCode() + " " + problem.getLocation().getPointer());
      }
    }
    assertEquals(List.of("GCM-V009 /sections/1/id"), duplicates);
  }
}
