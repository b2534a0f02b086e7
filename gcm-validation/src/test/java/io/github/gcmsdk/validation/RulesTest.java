package io.github.gcmsdk.validation;

import static io.github.gcmsdk.validation.Documents.document;
import static io.github.gcmsdk.validation.Documents.o;
import static io.github.gcmsdk.validation.Documents.recommendation;
import static io.github.gcmsdk.validation.Documents.section;
import static io.github.gcmsdk.validation.Documents.simpleSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.catalog.GuidingPrinciple;
import io.github.gcmsdk.catalog.RegionalCommission;
import io.github.gcmsdk.catalog.RegionalReview;
import io.github.gcmsdk.catalog.StakeholderGroup;
import io.github.gcmsdk.catalog.Theme;
import io.github.gcmsdk.model.Actor;
import io.github.gcmsdk.model.DateRange;
import io.github.gcmsdk.model.Figure;
import io.github.gcmsdk.model.Finding;
import io.github.gcmsdk.model.Footnote;
import io.github.gcmsdk.model.Paragraph;
import io.github.gcmsdk.model.Pledge;
import io.github.gcmsdk.model.PartialDate;
import io.github.gcmsdk.model.PromisingPractice;
import io.github.gcmsdk.model.Recommendation;
import io.github.gcmsdk.model.Reference;
import io.github.gcmsdk.model.Review;
import io.github.gcmsdk.model.ReviewProcess;
import io.github.gcmsdk.model.Section;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Report;
import io.github.gcmsdk.problem.Severity;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.ArrayList;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of {@link ValidationRule}: the valid example document has no problem of the
 * rule, and a document made to break it has the problem, at the expected pointer, with the
 * severity of {@link Profile#PUBLICATION}.
 */
class RulesTest {

  private static final GcmValidator VALIDATOR = GcmValidator.standard();
  private static final StakeholderInput VALID = Documents.valid();

  private static ValidatorFactory plainFactory;

  @BeforeAll
  static void openPlainFactory() {
    plainFactory = Validation.buildDefaultValidatorFactory();
  }

  @AfterAll
  static void closePlainFactory() {
    plainFactory.close();
  }

  /** The pointers of the problems of one rule, after checking their severity. */
  private static List<String> pointers(StakeholderInput document, ValidationRule rule) {
    Report report = VALIDATOR.validate(document);
    List<Problem> found = report.getProblems().stream()
        .filter(p -> p.getCode().equals(rule.getCode())).collect(Collectors.toList());
    for (Problem p : found) {
      assertEquals(rule.getDefaultSeverity(Profile.PUBLICATION), p.getSeverity(), p.toString());
    }
    return found.stream().map(p -> p.getLocation().getPointer()).collect(Collectors.toList());
  }

  private static Problem only(StakeholderInput document, ValidationRule rule) {
    List<Problem> found = VALIDATOR.validate(document).getProblems().stream()
        .filter(p -> p.getCode().equals(rule.getCode())).collect(Collectors.toList());
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }

  private static void assertValidExampleHasNo(ValidationRule rule) {
    assertEquals(List.of(), pointers(VALID, rule), "the valid example breaks " + rule);
  }

  @Test
  void validExampleDocumentHasNoProblemAtAll() {
    assertEquals(List.of(), VALIDATOR.validate(VALID).getProblems());
    assertTrue(VALIDATOR.validate(VALID).isValid());
  }

  // ---------------------------------------------------------------------------------- GCM-V000

  @Test
  void v000CheckThatCrashesBecomesAnInternalErrorProblemNotAnException() {
    assertValidExampleHasNo(ValidationRule.INTERNAL_ERROR);
    StakeholderInput crashing = (StakeholderInput) Proxy.newProxyInstance(
        StakeholderInput.class.getClassLoader(), new Class<?>[] {StakeholderInput.class},
        (proxy, method, args) -> answer(proxy, method, args));
    Report report = VALIDATOR.validate(crashing);
    List<Problem> internal = report.getProblems().stream()
        .filter(p -> p.getCode().equals("GCM-V000")).collect(Collectors.toList());
    assertFalse(internal.isEmpty(), report.toString());
    for (Problem p : internal) {
      assertEquals(Severity.ERROR, p.getSeverity());
      assertEquals("", p.getLocation().getPointer());
      assertFalse(p.getMessage().contains("partner secret"), "never the exception's message");
    }
    assertFalse(report.isValid());
  }

  private static Object answer(Object proxy, Method method, Object[] args) {
    switch (method.getName()) {
      case "getSections":
        throw new IllegalStateException("partner secret");
      case "hashCode":
        return System.identityHashCode(proxy);
      case "equals":
        return proxy == args[0];
      case "toString":
        return "CrashingDocument";
      case "getId":
      case "getTitle":
      case "getLanguage":
        return "en";
      default:
        break;
    }
    Class<?> type = method.getReturnType();
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type == List.class) {
      return List.of();
    }
    if (type == Map.class) {
      return Map.of();
    }
    throw new UnsupportedOperationException(method.getName());
  }

  // ---------------------------------------------------------------------------------- GCM-V001

  @Test
  void v001BlankTextIsReportedAtTheText() {
    assertValidExampleHasNo(ValidationRule.BLANK_TEXT);
    StakeholderInput doc = document(section("s1", "Heading", 1)
        .addFinding(Finding.of(" \u00A0\n\t "))
        .addRecommendation(recommendation("r1", "", 1))
        .build()).title("   ").build();
    assertEquals(List.of("/sections/0/findings/0/text", "/sections/0/recommendations/0/text",
        "/title"), pointers(doc, ValidationRule.BLANK_TEXT));
    assertEquals("must not be blank", only(document(simpleSection("s1", "", 1)).build(),
        ValidationRule.BLANK_TEXT).getMessage());
  }

  // ---------------------------------------------------------------------------------- GCM-V002

  @Test
  void v002ControlCharacterIsReportedWithItsCodeAndPosition() {
    assertValidExampleHasNo(ValidationRule.CONTROL_CHARACTER);
    StakeholderInput multiline = document(simpleSection("s1", "line one\nline two\r\n\tthree", 1))
        .build();
    assertEquals(List.of(), pointers(multiline, ValidationRule.CONTROL_CHARACTER),
        "paragraph texts may hold line breaks and tabs");
    StakeholderInput doc = document(section("s1", "tab\tin heading", 1)
        .addFinding(Finding.of("bell\u0007"))
        .build()).build();
    assertEquals(List.of("/sections/0/findings/0/text", "/sections/0/heading"),
        pointers(doc, ValidationRule.CONTROL_CHARACTER));
    Problem bell = only(document(simpleSection("s1", "bell\u0007", 1)).build(),
        ValidationRule.CONTROL_CHARACTER);
    assertEquals("contains the control character U+0007 at position 5", bell.getMessage());
  }

  // ---------------------------------------------------------------------------------- GCM-V003

  @Test
  void v003TooLongTextIsReportedWithItsLength() {
    assertValidExampleHasNo(ValidationRule.TEXT_TOO_LONG);
    assertEquals(List.of(), pointers(document(simpleSection("s1", "x".repeat(10_000), 1)).build(),
        ValidationRule.TEXT_TOO_LONG));
    Problem tooLong = only(document(simpleSection("s1", "x".repeat(10_001), 1)).build(),
        ValidationRule.TEXT_TOO_LONG);
    assertEquals("/sections/0/findings/0/text", tooLong.getLocation().getPointer());
    assertEquals("is 10001 characters long; at most 10000 are allowed", tooLong.getMessage());
    StakeholderInput longHeading = document(section("s1", "h".repeat(501), 1)
        .addFinding(Finding.of("x")).build()).build();
    assertEquals(List.of("/sections/0/heading"), pointers(longHeading,
        ValidationRule.TEXT_TOO_LONG));
  }

  // ---------------------------------------------------------------------------------- GCM-V004

  @Test
  void v004MalformedIdentifierIsReportedAtTheIdAndAtTheCitation() {
    assertValidExampleHasNo(ValidationRule.INVALID_IDENTIFIER);
    StakeholderInput doc = document(section("sec 1", "Heading", 1)
        .addFinding(Finding.builder().text("x").addFigureId("fig/1").build())
        .build()).build();
    assertEquals(List.of("/sections/0/findings/0/figureIds/0", "/sections/0/id"),
        pointers(doc, ValidationRule.INVALID_IDENTIFIER));
  }

  // ---------------------------------------------------------------------------------- GCM-V005

  @Test
  void v005MalformedLanguageTagIsReportedAtTheLanguage() {
    assertValidExampleHasNo(ValidationRule.INVALID_LANGUAGE_TAG);
    assertEquals(List.of(), pointers(VALID.withLanguage("es-419"),
        ValidationRule.INVALID_LANGUAGE_TAG));
    assertEquals(List.of("/language"), pointers(VALID.withLanguage("en_GB"),
        ValidationRule.INVALID_LANGUAGE_TAG));
  }

  // ---------------------------------------------------------------------------------- GCM-V006

  @Test
  void v006MalformedUrlIsReportedAtTheUrl() {
    assertValidExampleHasNo(ValidationRule.INVALID_URL);
    StakeholderInput doc = VALID.withUrl("migrationnetwork.un.org")
        .withReferences(Reference.builder().id("ref-x").title("X").url("ftp://x.org/a").build());
    assertEquals(List.of("/references/0/url", "/url"), pointers(doc, ValidationRule.INVALID_URL));
  }

  // ---------------------------------------------------------------------------------- GCM-V007

  @Test
  void v007PeriodEndingBeforeItStartsIsReportedAtItsEnd() {
    assertValidExampleHasNo(ValidationRule.REVERSED_DATE_RANGE);
    DateRange reversed = DateRange.of(PartialDate.ofMonth(2020, 11),
        PartialDate.of(LocalDate.of(2020, 10, 31)));
    DateRange coarseEnd = DateRange.of(PartialDate.of(LocalDate.of(2020, 11, 12)),
        PartialDate.ofMonth(2020, 11));
    PromisingPractice practice = PromisingPractice.builder().id("p1").title("P")
        .description("D").addObjective(o(15)).period(coarseEnd).build();
    StakeholderInput doc = document(section("s1", "Heading", 15).addPractice(practice).build())
        .review(Review.builder().process(ReviewProcess.OTHER).period(reversed).build())
        .build();
    assertEquals(List.of("/review/period/end"), pointers(doc, ValidationRule.REVERSED_DATE_RANGE),
        "a coarse end that may fall after the start is accepted");
    Problem p = only(doc, ValidationRule.REVERSED_DATE_RANGE);
    assertEquals("the period ends (2020-10-31) before it starts (2020-11)", p.getMessage());
  }

  // ---------------------------------------------------------------------------------- GCM-V008

  /** A bean with a standard constraint that gcm-sdk does not declare. */
  static final class Other {
    @NotNull
    String getName() {
      return null;
    }
  }

  @Test
  void v008ConstraintsGcmSdkDoesNotDeclareMapToTheGenericCode() {
    assertValidExampleHasNo(ValidationRule.CONSTRAINT_VIOLATED);
    Validator plain = plainFactory.getValidator();
    Set<ConstraintViolation<Other>> violations = plain.validate(new Other());
    assertEquals(1, violations.size());
    assertEquals(ValidationRule.CONSTRAINT_VIOLATED,
        ConstraintViolations.ruleOf(violations.iterator().next()));
    assertEquals("/name",
        ConstraintViolations.toJsonPointer(violations.iterator().next().getPropertyPath()));
  }

  // ---------------------------------------------------------------------------------- GCM-V009

  @Test
  void v009DuplicateIdIsReportedAtEverySecondUseAcrossKindsAndLevels() {
    assertValidExampleHasNo(ValidationRule.DUPLICATE_ID);
    StakeholderInput doc = document(
        section("dup", "One", 1)
            .addFinding(Finding.builder().id("x").text("t").build())
            .addRecommendation(recommendation("x", "r"))
            .build(),
        section("s2", "Two", 2)
            .addSection(simpleSection("dup", "t", 3))
            .build())
        .addFigure(Figure.builder().id("x").value(BigDecimal.ONE).unit("u").description("d")
            .build())
        .build();
    assertEquals(List.of("/figures/0/id", "/sections/0/recommendations/0/id",
        "/sections/1/sections/0/id"), pointers(doc, ValidationRule.DUPLICATE_ID),
        "document order: sections come before the document's own figures");
    Problem p = VALIDATOR.validate(doc).getProblems().stream()
        .filter(q -> q.getLocation().getPointer().equals("/sections/1/sections/0/id"))
        .findFirst().orElseThrow();
    assertEquals("the id \"dup\" is already used at /sections/0/id", p.getMessage());
  }

  // ---------------------------------------------------------------------------------- GCM-V010

  @Test
  void v010FigureIdThatNamesNoFigureIsReportedAtTheCitation() {
    assertValidExampleHasNo(ValidationRule.UNRESOLVED_FIGURE_ID);
    Figure figure = Figure.builder().id("fig-1").value(BigDecimal.ONE).unit("u")
        .description("d").build();
    StakeholderInput doc = document(
        section("s1", "One", 1)
            .addFinding(Finding.builder().text("t").addFigureIds("fig-1", "fig-2", "ref-1")
                .build())
            .build(),
        section("s2", "Two", 2).addFigure(figure).build())
        .addReference(Reference.builder().id("ref-1").title("R").build())
        .build();
    assertEquals(List.of("/sections/0/findings/0/figureIds/1",
        "/sections/0/findings/0/figureIds/2"), pointers(doc, ValidationRule.UNRESOLVED_FIGURE_ID),
        "figures declared in another section resolve; a reference's id is not a figure's");
  }

  // ---------------------------------------------------------------------------------- GCM-V011

  @Test
  void v011ReferenceIdThatNamesNoReferenceIsReportedAtTheCitation() {
    assertValidExampleHasNo(ValidationRule.UNRESOLVED_REFERENCE_ID);
    Recommendation rec = Recommendation.builder().id("r1").text("t").addObjective(o(1))
        .addReferenceIds("ref-doc", "ref-missing").build();
    PromisingPractice practice = PromisingPractice.builder().id("p1").title("P").description("D")
        .addReferenceId("ref-missing").build();
    StakeholderInput doc = document(section("s1", "One", 1).addRecommendation(rec)
        .addPractice(practice).build())
        .addReference(Reference.builder().id("ref-doc").title("R").build())
        .build();
    assertEquals(List.of("/sections/0/practices/0/referenceIds/0",
        "/sections/0/recommendations/0/referenceIds/1"),
        pointers(doc, ValidationRule.UNRESOLVED_REFERENCE_ID));
  }

  // ---------------------------------------------------------------------------------- GCM-V023

  @Test
  void v023FootnoteIdThatNamesNoFootnoteIsReportedAtTheCitation() {
    ValidationRule rule = ValidationRule.fromCode("GCM-V023");
    assertValidExampleHasNo(rule);
    assertEquals(Severity.WARNING, rule.getDefaultSeverity(Profile.DRAFT));
    assertEquals(Severity.ERROR, rule.getDefaultSeverity(Profile.PUBLICATION));
    Figure figure = Figure.builder().id("fig-1").value(BigDecimal.ONE).unit("u")
        .description("d").build();
    Section section = section("s1", "One", 1)
        .addIntroduction(Paragraph.builder().text("i").addFootnoteId("fn-missing").build())
        .addFinding(Finding.builder().text("t").addFootnoteIds("fn-1", "fig-1").build())
        .addRecommendation(Recommendation.builder().id("r1").text("t").addObjective(o(1))
            .addFootnoteId("fn-2").build())
        .addPractice(PromisingPractice.builder().id("p1").title("P").description("D")
            .addFootnoteId("fn-1").build())
        .addPledge(Pledge.builder().id("pl1").text("t").addObjective(o(1))
            .addPledger(Actor.of(StakeholderGroup.GOVERNMENTS)).addFootnoteId("s1").build())
        .addFigure(figure)
        .build();
    StakeholderInput doc = document(section)
        .addParagraph(Paragraph.builder().text("preamble").addFootnoteIds("fn-1", "fn-3").build())
        .addFootnote(Footnote.builder().id("fn-1").text("A note").build())
        .build();
    assertEquals(List.of("/paragraphs/0/footnoteIds/1", "/sections/0/findings/0/footnoteIds/1",
        "/sections/0/introduction/0/footnoteIds/0", "/sections/0/pledges/0/footnoteIds/0",
        "/sections/0/recommendations/0/footnoteIds/0"), pointers(doc, rule),
        "a figure's or a section's id is not a footnote's");
    Problem p = VALIDATOR.validate(doc).getProblems().stream()
        .filter(q -> q.getLocation().getPointer().equals("/paragraphs/0/footnoteIds/1"))
        .findFirst().orElseThrow();
    assertEquals("no footnote of the document has the id \"fn-3\"", p.getMessage());
    assertEquals("Add the footnote to the document, or correct the id.",
        p.getHint().orElseThrow());
    Problem fr = GcmValidator.builder().locale(java.util.Locale.FRENCH).build().validate(doc)
        .getProblems().stream()
        .filter(q -> q.getLocation().getPointer().equals("/paragraphs/0/footnoteIds/1"))
        .findFirst().orElseThrow();
    assertEquals("aucune note de bas de page du document n'a l'identifiant « fn-3 »", fr.getMessage());
  }

  // ---------------------------------------------------------------------------------- GCM-V012

  @Test
  void v012RecommendationWithoutOwnOrInheritedObjectiveIsReported() {
    assertValidExampleHasNo(ValidationRule.RECOMMENDATION_WITHOUT_OBJECTIVE);
    Recommendation bare = Recommendation.builder().id("r1").text("t")
        .addRelatedObjective(o(7)).build();
    StakeholderInput doc = document(
        section("s1", "No objectives").addRecommendation(bare).build(),
        section("s2", "Objective 5", 5)
            .addSection(section("s3", "Nested").addRecommendation(bare.withId("r2")).build())
            .build())
        .build();
    assertEquals(List.of("/sections/0/recommendations/0/objectives"),
        pointers(doc, ValidationRule.RECOMMENDATION_WITHOUT_OBJECTIVE),
        "an enclosing section's objective counts; a related objective does not");
  }

  @Test
  void v012RecommendationAnchoredOnAPrincipleAThemeOrAllObjectivesIsNotReported() {
    Recommendation bare = Recommendation.builder().id("r1").text("t").build();
    StakeholderInput doc = document(
        section("s1", "Cross-cutting")
            .addRecommendation(bare.withPrinciples(GuidingPrinciple.HUMAN_RIGHTS))
            .addRecommendation(bare.withId("r2").withThemes(Theme.values()[0]))
            .addRecommendation(bare.withId("r3").withAllObjectives(true))
            .addRecommendation(bare.withId("r4"))
            .build(),
        section("s2", "All objectives").allObjectives(true)
            .addRecommendation(bare.withId("r5")).build())
        .build();
    assertEquals(List.of("/sections/0/recommendations/3/objectives"),
        pointers(doc, ValidationRule.RECOMMENDATION_WITHOUT_OBJECTIVE),
        "a principle, a theme, allObjectives or an all-objectives section anchors it");
  }

  // ---------------------------------------------------------------------------------- GCM-V013

  @Test
  void v013EntryListedTwiceInOneListIsReportedAtTheRepetition() {
    assertValidExampleHasNo(ValidationRule.DUPLICATE_LIST_ENTRY);
    Recommendation rec = Recommendation.builder().id("r1").text("t")
        .addObjectives(o(11), o(7)).addRelatedObjective(o(7)).build();
    StakeholderInput doc = document(section("s1", "Heading", 11, 13, 11)
        .addRecommendation(rec)
        .addFinding(Finding.builder().text("t").addCountries(Country.of("FR"), Country.of("FR"))
            .build())
        .build()).build();
    assertEquals(List.of("/sections/0/findings/0/countries/1", "/sections/0/objectives/2",
        "/sections/0/recommendations/0/relatedObjectives/0"),
        pointers(doc, ValidationRule.DUPLICATE_LIST_ENTRY));
    Problem p = VALIDATOR.validate(doc).getProblems().stream()
        .filter(q -> q.getLocation().getPointer().equals("/sections/0/objectives/2"))
        .findFirst().orElseThrow();
    assertEquals("\"11\" is already listed at /sections/0/objectives/0", p.getMessage());
  }

  // ---------------------------------------------------------------------------------- GCM-V014

  @Test
  void v014ObjectiveRepeatedBySiblingSectionsIsReportedButNotByNestedOnes() {
    assertValidExampleHasNo(ValidationRule.OBJECTIVE_IN_SIBLING_SECTIONS);
    StakeholderInput doc = document(
        section("s1", "Objective 15", 15)
            .addSection(simpleSection("s1a", "t", 15)) // child repeats parent: fine
            .build(),
        section("s2", "Partnerships")
            .addSection(simpleSection("s2a", "t", 15)) // cousin: fine
            .addSection(simpleSection("s2b", "t", 20))
            .addSection(section("s2c", "Youth", 7, 20).addFinding(Finding.of("t")).build())
            .build(),
        simpleSection("s3", "t", 15))
        .build();
    assertEquals(List.of("/sections/1/sections/2/objectives/1", "/sections/2/objectives/0"),
        pointers(doc, ValidationRule.OBJECTIVE_IN_SIBLING_SECTIONS));
  }

  // ---------------------------------------------------------------------------------- GCM-V015

  @Test
  void v015CountryOutsideTheReviewsCommissionIsAWarning() {
    assertValidExampleHasNo(ValidationRule.COUNTRY_OUTSIDE_REGION);
    Section section = section("s1", "Heading", 2)
        .addFinding(Finding.builder().text("t").addCountries(Country.of("FR"), Country.of("BR"))
            .build())
        .build();
    Review ece = Review.builder().process(ReviewProcess.REGIONAL_REVIEW)
        .regionalReview(RegionalReview.ECE_2020).build();
    StakeholderInput doc = document(section).review(ece)
        .addContributor(Actor.builder().name("X").addCountry(Country.of("SN")).build())
        .build();
    assertEquals(List.of("/contributors/0/countries/0", "/sections/0/findings/0/countries/1"),
        pointers(doc, ValidationRule.COUNTRY_OUTSIDE_REGION));
    Problem p = only(doc.withContributors(), ValidationRule.COUNTRY_OUTSIDE_REGION);
    assertEquals(Severity.WARNING, p.getSeverity());
    assertEquals("BR is not a member State of ECE, whose review this input feeds", p.getMessage());
    Review direct = Review.builder().process(ReviewProcess.REGIONAL_REVIEW)
        .commission(RegionalCommission.ECE).build();
    assertEquals(1, pointers(document(section).review(direct).build(),
        ValidationRule.COUNTRY_OUTSIDE_REGION).size(), "a commission named directly counts");
    Review escap = Review.builder().process(ReviewProcess.REGIONAL_REVIEW)
        .commission(RegionalCommission.ESCAP).build();
    assertEquals(List.of("/sections/0/findings/0/countries/1"),
        pointers(document(section).review(escap).build(), ValidationRule.COUNTRY_OUTSIDE_REGION),
        "ESCAP: France is a non-regional member, Brazil is not a member");
    assertEquals(List.of(), pointers(document(section).build(),
        ValidationRule.COUNTRY_OUTSIDE_REGION), "no review: nothing checked");
    Review disagreeing = Review.builder().process(ReviewProcess.REGIONAL_REVIEW)
        .regionalReview(RegionalReview.ECA_2024).commission(RegionalCommission.ECE).build();
    assertEquals(List.of(), pointers(document(section).review(disagreeing).build(),
        ValidationRule.COUNTRY_OUTSIDE_REGION),
        "commission and review disagree (GCM-V021): no commission to check against");
  }

  /**
   * Members of every kind pass, and a country outside the commission is reported, for each of the
   * five commissions. Values from gcm-reference-2.md section 1 (ECA 1.1, ESCAP 1.2, ECLAC 1.3,
   * ESCWA 1.4) and gcm-reference.md section 5 (ECE): "member", "non-regional" and "associate" are
   * the tables of those sections; "outside" is in none of them.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // commission | members | non-regional members | associate members | outside
      "ECA   | KE DZ ZW SS  |       |          | FR BR JO",
      "ECE   | FR KZ US IL  |       |          | BR KE JP",
      "ECLAC | BR AG VE     | ES JP | PR AW GF | KE CN",
      "ESCAP | JP AU RU TR  | NL US | HK NU MP | BR KE",
      "ESCWA | JO DZ PS SO  |       |          | KE FR TR",
  })
  void v015EveryCommissionChecksItsMembersNonRegionalMembersAndAssociateMembers(
      String acronym, String members, String nonRegional, String associates, String outside) {
    RegionalCommission commission = RegionalCommission.parse(acronym);
    List<Country> inside = new ArrayList<>();
    for (String codes : new String[] {members, nonRegional, associates}) {
      if (codes != null) {
        for (String code : codes.split(" ")) {
          inside.add(Country.of(code));
        }
      }
    }
    List<Country> countries = new ArrayList<>(inside);
    for (String code : outside.split(" ")) {
      countries.add(Country.of(code));
    }
    Review review = Review.builder().process(ReviewProcess.REGIONAL_REVIEW)
        .commission(commission).build();
    StakeholderInput doc = document(section("s1", "Heading", 2)
        .addFinding(Finding.builder().text("t").addAllCountries(countries).build()).build())
        .review(review).build();
    List<String> expected = new ArrayList<>();
    for (int i = inside.size(); i < countries.size(); i++) {
      expected.add("/sections/0/findings/0/countries/" + i);
    }
    assertEquals(expected, pointers(doc, ValidationRule.COUNTRY_OUTSIDE_REGION));
  }

  @Test
  void v015EscwasUnidentifiedTwentyFirstMemberIsNotReported() {
    // gcm-reference-2.md 1.4: the 21st member is Comoros or Djibouti, no source says which.
    Review escwa = Review.builder().process(ReviewProcess.REGIONAL_REVIEW)
        .regionalReview(RegionalReview.ESCWA_2024).build();
    StakeholderInput doc = document(section("s1", "Heading", 2)
        .addFinding(Finding.builder().text("t")
            .addCountries(Country.of("KM"), Country.of("DJ"), Country.of("KE")).build()).build())
        .review(escwa).build();
    assertEquals(List.of("/sections/0/findings/0/countries/2"),
        pointers(doc, ValidationRule.COUNTRY_OUTSIDE_REGION));
  }

  // ---------------------------------------------------------------------------------- GCM-V022

  @Test
  void v022KosovoIsAnInfoNotAMemberStateWarning() {
    assertValidExampleHasNo(ValidationRule.COUNTRY_OUTSIDE_UN_MEMBERSHIP);
    Review ece = Review.builder().process(ReviewProcess.REGIONAL_REVIEW)
        .regionalReview(RegionalReview.ECE_2024).build();
    StakeholderInput doc = document(section("s1", "Heading", 2)
        .addFinding(Finding.builder().text("t")
            .addCountries(Country.of("RS"), Country.of("XK")).build()).build())
        .review(ece).build();
    assertEquals(List.of(), pointers(doc, ValidationRule.COUNTRY_OUTSIDE_REGION));
    assertEquals(List.of("/sections/0/findings/0/countries/1"),
        pointers(doc, ValidationRule.COUNTRY_OUTSIDE_UN_MEMBERSHIP));
    Problem p = only(doc, ValidationRule.COUNTRY_OUTSIDE_UN_MEMBERSHIP);
    assertEquals(Severity.INFO, p.getSeverity());
    assertEquals("XK (Kosovo) is outside every United Nations member list, so its membership of"
        + " ECE is not checked; UN texts add: \"References to Kosovo shall be understood to be in"
        + " the context of United Nations Security Council resolution 1244 (1999).\"",
        p.getMessage());
    assertTrue(VALIDATOR.validate(doc).isValid());
    for (RegionalCommission commission : RegionalCommission.values()) {
      Review review = Review.builder().process(ReviewProcess.REGIONAL_REVIEW)
          .commission(commission).build();
      assertEquals(1, pointers(doc.withReview(review),
          ValidationRule.COUNTRY_OUTSIDE_UN_MEMBERSHIP).size(), commission.getCode());
    }
    assertEquals(List.of(), pointers(doc.withReview(Optional.empty()),
        ValidationRule.COUNTRY_OUTSIDE_UN_MEMBERSHIP), "no commission: nothing to say");
  }

  // ---------------------------------------------------------------------------------- GCM-V021

  private static List<String> disagreements(Review review) {
    StakeholderInput doc = document(section("s1", "Heading", 2)
        .addFinding(Finding.of("t")).build()).review(review).build();
    return VALIDATOR.validate(doc).getProblems().stream()
        .filter(p -> p.getCode().equals(ValidationRule.REVIEW_INCONSISTENT.getCode()))
        .peek(p -> assertEquals(Severity.ERROR, p.getSeverity()))
        .map(p -> p.getLocation().getPointer() + " " + p.getMessage())
        .collect(Collectors.toList());
  }

  private static DateRange period(String start, String end) {
    DateRange.Builder range = DateRange.builder().start(PartialDate.parse(start));
    if (end != null) {
      range.end(PartialDate.parse(end));
    }
    return range.build();
  }

  @Test
  void v021ImrfWithAnAfricanReviewTheEceAndA2019PeriodIsReportedThreeTimes() {
    assertValidExampleHasNo(ValidationRule.REVIEW_INCONSISTENT);
    Review review = Review.builder().process(ReviewProcess.IMRF)
        .regionalReview(RegionalReview.ECA_2024).commission(RegionalCommission.ECE)
        .period(period("2019", null)).build();
    assertEquals(List.of(
        "/review/commission commission ece disagrees with regionalReview eca-2024, which has"
            + " commission eca",
        "/review/period period 2019 disagrees with regionalReview eca-2024, which has period"
            + " 2024-09-03/2024-10-10",
        "/review/process process imrf disagrees with regionalReview eca-2024, which has process"
            + " regional-review"),
        disagreements(review));
  }

  @Test
  void v021EachDisagreementIsReportedAlone() {
    Review.Builder base = Review.builder().process(ReviewProcess.REGIONAL_REVIEW)
        .regionalReview(RegionalReview.ECE_2020);
    assertEquals(List.of(), disagreements(base.build()));
    assertEquals(List.of("/review/process process national-review disagrees with regionalReview"
        + " ece-2020, which has process regional-review"),
        disagreements(Review.builder().from(base.build())
            .process(ReviewProcess.NATIONAL_REVIEW).build()));
    assertEquals(List.of("/review/commission commission escap disagrees with regionalReview"
        + " ece-2020, which has commission ece"),
        disagreements(Review.builder().from(base.build())
            .commission(RegionalCommission.ESCAP).build()));
    assertEquals(List.of("/review/period period 2021-03/2021-04 disagrees with regionalReview"
        + " ece-2020, which has period 2020-11-09/2020-11-13"),
        disagreements(Review.builder().from(base.build())
            .period(period("2021-03", "2021-04")).build()));
    assertEquals(List.of(), disagreements(Review.builder().from(base.build())
        .period(period("2020", null)).build()), "a year overlaps the review's days");
    assertEquals(List.of(), disagreements(Review.builder().from(base.build())
        .period(period("2020-10-01", "2020-11-09")).build()), "one day in common is enough");
    assertEquals(List.of(), disagreements(Review.builder().process(ReviewProcess.IMRF)
        .commission(RegionalCommission.ECE).period(period("2019", null)).build()),
        "no catalogued review: nothing to compare");
  }

  @Test
  void v021AReviewThatNamesAForumIsAnImrfAtTheForumsDates() {
    Review imrf = Review.builder().process(ReviewProcess.IMRF)
        .forum(io.github.gcmsdk.catalog.MigrationReviewForum.IMRF_2022).build();
    assertEquals(List.of(), disagreements(imrf));
    assertEquals(List.of(), disagreements(Review.builder().from(imrf)
        .period(period("2022-05-17", "2022-05-20")).build()));
    assertEquals(List.of("/review/process process regional-review disagrees with forum"
        + " imrf-2022, which has process imrf"),
        disagreements(Review.builder().from(imrf).process(ReviewProcess.REGIONAL_REVIEW).build()));
    assertEquals(List.of("/review/period period 2026 disagrees with forum imrf-2022, which has"
        + " period 2022-05-16/2022-05-20"),
        disagreements(Review.builder().from(imrf).period(period("2026", null)).build()));
  }

  /** Every catalogued review passes with its own process, commission and dates. */
  @ParameterizedTest
  @EnumSource(RegionalReview.class)
  void v021EveryCataloguedReviewPassesWithItsOwnValues(RegionalReview regional) {
    LocalDate first = regional.getStartDate();
    LocalDate last = regional.getEndDate();
    Review review = Review.builder().process(ReviewProcess.REGIONAL_REVIEW)
        .regionalReview(regional).commission(regional.getCommission())
        .period(period(first.toString(), last.toString())).build();
    assertEquals(List.of(), disagreements(review));
    assertEquals(List.of(), disagreements(Review.builder().from(review)
        .period(period(Integer.toString(first.getYear()), null)).build()));
  }

  // ---------------------------------------------------------------------------------- GCM-V016

  @Test
  void v016ObjectiveNamedInTextButNotLinkedIsAnInfo() {
    assertValidExampleHasNo(ValidationRule.OBJECTIVE_MENTIONED_NOT_LINKED);
    Recommendation rec = Recommendation.builder().id("r1").text("as under Objective 21")
        .addObjective(o(11)).addRelatedObjective(o(21)).build();
    StakeholderInput doc = document(section("s1", "Objective 11 - borders", 11)
        .addFinding(Finding.of("violations of Objective 11 and of objective 7"))
        .addFinding(Finding.of("Labour rights: Objectives 6 (decent work); 7 (vulnerabilities)"))
        .addFinding(Finding.builder().text("l'objectif 9 et l'objetivo 10 y la цель 12")
            .addObjective(o(9)).build())
        .addRecommendation(rec)
        .build()).build();
    Report report = VALIDATOR.validate(doc);
    List<String> found = report.getProblems().stream()
        .filter(p -> p.getCode().equals("GCM-V016"))
        .map(p -> p.getLocation().getPointer() + " " + p.getMessage().replaceAll("\\D+", " ")
            .trim())
        .collect(Collectors.toList());
    assertEquals(List.of("/sections/0/findings/0/text 7", "/sections/0/findings/1/text 6",
        "/sections/0/findings/1/text 7", "/sections/0/findings/2/text 10",
        "/sections/0/findings/2/text 12"), found);
    assertTrue(report.getProblems().stream().filter(p -> p.getCode().equals("GCM-V016"))
        .allMatch(p -> p.getSeverity() == Severity.INFO));
    assertTrue(report.isValid(), "INFO does not make a document invalid");
  }

  // ---------------------------------------------------------------------------------- GCM-V017

  @Test
  void v017ActorWithNeitherGroupNorNameIsReported() {
    assertValidExampleHasNo(ValidationRule.ACTOR_WITHOUT_IDENTITY);
    Recommendation rec = Recommendation.builder().id("r1").text("t").addObjective(o(1))
        .addAddressee(Actor.builder().addCountry(Country.of("FR")).build())
        .addAddressee(Actor.builder().name("European Commission").build())
        .build();
    StakeholderInput doc = document(section("s1", "H", 1).addRecommendation(rec).build())
        .addContributor(Actor.builder().build())
        .addContributor(Actor.of(StakeholderGroup.ACADEMIA))
        .build();
    assertEquals(List.of("/contributors/0", "/sections/0/recommendations/0/addressees/0"),
        pointers(doc, ValidationRule.ACTOR_WITHOUT_IDENTITY));
  }

  // ---------------------------------------------------------------------------------- GCM-V018

  @Test
  void v018SectionsNestedMoreThanSixteenLevelsAreReportedOnceAtTheFirstTooDeepSection() {
    assertValidExampleHasNo(ValidationRule.SECTIONS_TOO_DEEP);
    assertEquals(List.of(), pointers(document(nested(16)).build(),
        ValidationRule.SECTIONS_TOO_DEEP));
    assertEquals(List.of("/sections/0" + "/sections/0".repeat(16)),
        pointers(document(nested(18)).build(), ValidationRule.SECTIONS_TOO_DEEP));
  }

  @Test
  void v018ThousandsOfLevelsAreReportedWithoutOverflowingTheStack() {
    Report report = VALIDATOR.validate(document(nested(5_000)).build());
    assertEquals(Set.of("GCM-V018"), report.getProblems().stream().map(Problem::getCode)
        .collect(Collectors.toSet()), report.getProblems().toString());
  }

  /** A chain of {@code levels} sections, the innermost with a finding. */
  private static Section nested(int levels) {
    Section s = simpleSection("level-" + levels, "t", 1);
    for (int i = levels - 1; i >= 1; i--) {
      s = Section.builder().id("level-" + i).heading("Level " + i).addSection(s).build();
    }
    return s;
  }

  // ---------------------------------------------------------------------------------- GCM-V019

  @Test
  void v019DocumentWithoutSectionsIsReported() {
    assertValidExampleHasNo(ValidationRule.NO_SECTIONS);
    assertEquals(List.of("/sections"), pointers(VALID.withSections(), ValidationRule.NO_SECTIONS));
  }

  @Test
  void v019DocumentMadeOfParagraphsHasContent() {
    // A declaration is numbered paragraphs, with no headings (format 2.0).
    StakeholderInput declaration = VALID.withSections()
        .withParagraphs(io.github.gcmsdk.model.Paragraph.of("We reaffirm the Global Compact."));
    assertEquals(List.of(), pointers(declaration, ValidationRule.NO_SECTIONS));
  }

  // ---------------------------------------------------------------------------------- GCM-V020

  @Test
  void v020EmptySectionIsReportedButASectionWithOnlySubsectionsIsNot() {
    assertValidExampleHasNo(ValidationRule.EMPTY_SECTION);
    StakeholderInput doc = document(
        section("s1", "Only subsections").addSection(simpleSection("s1a", "t", 1)).build(),
        section("s2", "Empty", 2).build())
        .build();
    assertEquals(List.of("/sections/1"), pointers(doc, ValidationRule.EMPTY_SECTION));
  }

  @Test
  void v020ASectionWithOnlyAnIntroductionOrOnlyPledgesIsNotEmpty() {
    StakeholderInput doc = document(
        section("s1", "Key messages", 1)
            .addIntroduction(io.github.gcmsdk.model.Paragraph.of("Our ambition is ...")).build(),
        section("s2", "Pledges", 2)
            .addPledge(io.github.gcmsdk.model.Pledge.builder().id("p1")
                .text("We pledge to end child detention.").build()).build())
        .build();
    assertEquals(List.of(), pointers(doc, ValidationRule.EMPTY_SECTION));
  }

  @Test
  void everyRuleHasATestInThisClass() throws InvocationTargetException {
    Set<String> tested = java.util.Arrays.stream(RulesTest.class.getDeclaredMethods())
        .map(Method::getName).filter(n -> n.matches("v\\d{3}.*"))
        .map(n -> "GCM-V" + n.substring(1, 4)).collect(Collectors.toSet());
    Set<String> codes = java.util.Arrays.stream(ValidationRule.values())
        .map(ValidationRule::getCode).collect(Collectors.toSet());
    assertEquals(codes, tested);
  }
}
