package io.github.gcmsdk.validation;

import static io.github.gcmsdk.validation.Documents.document;
import static io.github.gcmsdk.validation.Documents.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.Finding;
import io.github.gcmsdk.model.Recommendation;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Report;
import io.github.gcmsdk.problem.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import io.github.gcmsdk.testkit.GcmGenerators;
import org.junit.jupiter.api.Test;

class ProfilesTest {

  /** Blank text, a recommendation without objective, an empty section, a duplicate id. */
  private static final StakeholderInput WORK_IN_PROGRESS = document(
      section("s1", "Draft").addFinding(Finding.of(" "))
          .addRecommendation(Recommendation.builder().id("r1").text("to do").build()).build(),
      section("s1", "Empty").build())
      .build();

  private static Map<String, Severity> severities(GcmValidator validator) {
    return validator.validate(WORK_IN_PROGRESS).getProblems().stream()
        .collect(Collectors.toMap(Problem::getCode, Problem::getSeverity, (a, b) -> a));
  }

  @Test
  void draftProfileRelaxesWhatIsMerelyUnfinishedButNotWhatBreaksTools() {
    Map<String, Severity> draft = severities(GcmValidator.builder().profile(Profile.DRAFT).build());
    assertEquals(Map.of("GCM-V001", Severity.INFO, "GCM-V012", Severity.WARNING,
        "GCM-V020", Severity.INFO, "GCM-V009", Severity.ERROR), draft);
    Map<String, Severity> publication = severities(GcmValidator.standard());
    assertEquals(Map.of("GCM-V001", Severity.ERROR, "GCM-V012", Severity.ERROR,
        "GCM-V020", Severity.WARNING, "GCM-V009", Severity.ERROR), publication);
  }

  @Test
  void draftIsNeverStricterThanPublicationForAnyRule() {
    for (ValidationRule rule : ValidationRule.values()) {
      Severity draft = rule.getDefaultSeverity(Profile.DRAFT);
      Severity publication = rule.getDefaultSeverity(Profile.PUBLICATION);
      assertTrue(publication.isAtLeast(draft), rule + ": " + draft + " / " + publication);
    }
  }

  @Test
  void standardValidatorIsForPublicationInEnglish() {
    GcmValidator standard = GcmValidator.standard();
    assertEquals(Profile.PUBLICATION, standard.getProfile());
    assertEquals("en", standard.getLocale().getLanguage());
    for (ValidationRule rule : ValidationRule.values()) {
      assertEquals(Optional.of(rule.getDefaultSeverity(Profile.PUBLICATION)),
          standard.getSeverity(rule));
    }
  }

  @Test
  void aDisabledRuleIsNotReported() {
    GcmValidator validator = GcmValidator.builder().disable("GCM-V012")
        .disable(ValidationRule.DUPLICATE_ID).build();
    Map<String, Severity> found = severities(validator);
    assertFalse(found.containsKey("GCM-V012"));
    assertFalse(found.containsKey("GCM-V009"));
    assertTrue(found.containsKey("GCM-V001"));
    assertEquals(Optional.empty(), validator.getSeverity(ValidationRule.DUPLICATE_ID));
  }

  @Test
  void disablingEveryRuleReportsNothing() {
    GcmValidator.Builder builder = GcmValidator.builder();
    for (ValidationRule rule : ValidationRule.values()) {
      builder.disable(rule);
    }
    assertEquals(Report.EMPTY, builder.build().validate(WORK_IN_PROGRESS));
  }

  @Test
  void theSeverityOfARuleCanBeChanged() {
    GcmValidator validator = GcmValidator.builder().profile(Profile.DRAFT)
        .severity("GCM-V012", Severity.ERROR).severity(ValidationRule.BLANK_TEXT, Severity.WARNING)
        .build();
    Map<String, Severity> found = severities(validator);
    assertEquals(Severity.ERROR, found.get("GCM-V012"));
    assertEquals(Severity.WARNING, found.get("GCM-V001"));
  }

  @Test
  void disablingWinsOverASeverityChange() {
    GcmValidator validator = GcmValidator.builder().severity("GCM-V012", Severity.INFO)
        .disable("GCM-V012").build();
    assertFalse(severities(validator).containsKey("GCM-V012"));
  }

  @Test
  void theBuilderCallOfTheIssueWorks() {
    GcmValidator validator = GcmValidator.builder()
        .profile(Profile.PUBLICATION)
        .disable("GCM-V007")
        .severity("GCM-V010", Severity.ERROR)
        .locale(Locale.FRENCH)
        .build();
    assertEquals(Optional.empty(), validator.getSeverity(ValidationRule.REVERSED_DATE_RANGE));
    assertEquals(Optional.of(Severity.ERROR),
        validator.getSeverity(ValidationRule.UNRESOLVED_FIGURE_ID));
    assertEquals(Locale.FRENCH, validator.getLocale());
  }

  @Test
  void unknownCodesAreRejectedWhenBuildingNotWhenValidating() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GcmValidator.builder().disable("GCM-V999"));
    assertEquals("Unknown code for ValidationRule: \"GCM-V999\" (known codes: GCM-V000 to"
        + " GCM-V023)", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> GcmValidator.builder().severity("gcm-v001", Severity.INFO));
    assertThrows(NullPointerException.class, () -> GcmValidator.builder().disable((String) null));
    assertThrows(NullPointerException.class, () -> GcmValidator.builder().locale(null));
    assertThrows(NullPointerException.class, () -> GcmValidator.standard().validate(
        (StakeholderInput) null));
  }

  @Test
  void oneValidatorIsSafeToShareBetweenThreads() throws Exception {
    GcmValidator validator = GcmValidator.builder().locale(Locale.forLanguageTag("es")).build();
    List<StakeholderInput> documents = new ArrayList<>();
    List<Report> expected = new ArrayList<>();
    documents.addAll(GcmGenerators.faultyDocuments().samples(7_000L, 200));
    for (StakeholderInput document : documents) {
      expected.add(validator.validate(document));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Report>>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(pool.submit(() -> documents.stream().map(validator::validate)
            .collect(Collectors.toList())));
      }
      for (Future<List<Report>> future : futures) {
        assertEquals(expected, future.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
