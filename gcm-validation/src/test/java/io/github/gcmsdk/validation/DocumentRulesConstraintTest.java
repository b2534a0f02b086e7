package io.github.gcmsdk.validation;

import static io.github.gcmsdk.validation.Documents.document;
import static io.github.gcmsdk.validation.Documents.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.catalog.StakeholderGroup;
import io.github.gcmsdk.model.Actor;
import io.github.gcmsdk.model.Finding;
import io.github.gcmsdk.model.Footnote;
import io.github.gcmsdk.model.Paragraph;
import io.github.gcmsdk.model.Pledge;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Severity;
import io.github.gcmsdk.testkit.GcmGenerators;
import io.github.gcmsdk.testkit.Properties;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plain Jakarta Validator (as Spring's {@code @Valid} uses one) sees the document rules too,
 * through the class-level constraint on {@link StakeholderInput}: each rule that is an error
 * under {@link Profile#PUBLICATION} becomes a violation at the rule's pointer, with the message
 * in the validator's locale.
 */
class DocumentRulesConstraintTest {

  private static ValidatorFactory factory;

  /** A duplicate id, a dangling figure id, a blank text and a control character. */
  private static final StakeholderInput BROKEN = document(
      section("s1", "Objective 1", 1)
          .addFinding(Finding.of(" "))
          .addFinding(Finding.builder().text("bell\u0007").addFigureId("fig-x").build())
          .build(),
      section("s1", "Objective 2", 2).addFinding(Finding.of("t")).build())
      .build();

  @BeforeAll
  static void bootstrapAsAFrameworkWould() {
    factory = Validation.buildDefaultValidatorFactory();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  /** A validator whose messages are in a given locale, as Spring's locale-aware one is. */
  private static Validator validator(Locale locale) {
    MessageInterpolator interpolator = factory.getMessageInterpolator();
    return factory.usingContext().messageInterpolator(new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return interpolator.interpolate(template, context, locale);
      }

      @Override
      public String interpolate(String template, Context context, Locale ignored) {
        return interpolator.interpolate(template, context, locale);
      }
    }).getValidator();
  }

  private static Map<String, String> byPointerAndCode(Locale locale, StakeholderInput input) {
    Map<String, String> found = new TreeMap<>();
    for (ConstraintViolation<StakeholderInput> v : validator(locale).validate(input)) {
      found.put(ConstraintViolations.toJsonPointer(v.getPropertyPath()) + " "
          + ConstraintViolations.ruleOf(v).getCode(), v.getMessage());
    }
    return found;
  }

  @Test
  void aPlainValidatorReportsDuplicateIdsAndDanglingReferencesAtTheirPointers() {
    assertEquals(Map.of(
        "/sections/0/findings/0/text GCM-V001", "must not be blank",
        "/sections/0/findings/1/text GCM-V002",
            "contains the control character U+0007 at position 5",
        "/sections/0/findings/1/figureIds/0 GCM-V010",
            "no figure of the document has the id \"fig-x\"",
        "/sections/1/id GCM-V009", "the id \"s1\" is already used at /sections/0/id"),
        byPointerAndCode(Locale.ENGLISH, BROKEN));
  }

  @Test
  void aPlainValidatorReportsDanglingFootnotesAndDuplicatesAmongFormatTwoItems() {
    StakeholderInput input = document(section("s1", "Objective 1", 1)
        .addFinding(Finding.of("t"))
        .addPledge(Pledge.builder().id("fn-1").text("We pledge").addObjective(Objective.of(1))
            .addPledger(Actor.of(StakeholderGroup.GOVERNMENTS)).build())
        .build())
        .addParagraph(Paragraph.builder().text("preamble").addFootnoteIds("fn-1", "fn-9").build())
        .addFootnote(Footnote.builder().id("fn-1").text("A note").build())
        .build();
    assertEquals(Map.of(
        "/paragraphs/0/footnoteIds/1 GCM-V023", "no footnote of the document has the id \"fn-9\"",
        "/footnotes/0/id GCM-V009", "the id \"fn-1\" is already used at /sections/0/pledges/0/id"),
        byPointerAndCode(Locale.ENGLISH, input));
    Set<String> paths = validator(Locale.ENGLISH).validate(input).stream()
        .map(v -> v.getPropertyPath().toString()).collect(Collectors.toCollection(TreeSet::new));
    assertTrue(paths.contains("paragraphs[0].footnoteIds[1].<list element>"), paths.toString());
  }

  @Test
  void propertyPathsAreThoseBeanValidationGivesForTheValue() {
    Set<String> paths = validator(Locale.ENGLISH).validate(BROKEN).stream()
        .map(v -> v.getPropertyPath().toString()).collect(Collectors.toCollection(TreeSet::new));
    assertTrue(paths.contains("sections[1].id"), paths.toString());
    assertTrue(paths.contains("sections[0].findings[1].figureIds[0].<list element>"),
        paths.toString());
  }

  @Test
  void messagesAreInTheValidatorsLocale() {
    Map<String, String> fr = byPointerAndCode(Locale.FRENCH, BROKEN);
    assertEquals("l'identifiant « s1 » est déjà utilisé en /sections/0/id",
        fr.get("/sections/1/id GCM-V009"));
    Map<String, String> ru = byPointerAndCode(Locale.forLanguageTag("ru"), BROKEN);
    assertEquals("идентификатор «s1» уже используется в /sections/0/id",
        ru.get("/sections/1/id GCM-V009"));
  }

  @Test
  void partnerDataReachesTheMessageEscapedAndIsNeverEvaluated() {
    String hostile = "${''.getClass()}#{1+1}\u202E";
    StakeholderInput doc = document(section("s", "Heading", 1)
        .addFinding(Finding.builder().text("t").addFigureId("x").build()).build())
        .build();
    // an id is an @Identifier, so the hostile value goes where the rules quote free text: a
    // figure id cited but not declared is quoted in GCM-V010's message
    doc = doc.withSections(section("s", "Heading", 1)
        .addFinding(Finding.builder().text("t").addFigureId(hostile).build()).build());
    for (ConstraintViolation<StakeholderInput> v : validator(Locale.ENGLISH).validate(doc)) {
      assertFalse(v.getMessage().contains("class java"), v.getMessage());
      assertFalse(v.getMessage().contains("${"), v.getMessage());
      assertFalse(v.getMessage().contains("\u202E"), v.getMessage());
    }
    assertTrue(byPointerAndCode(Locale.ENGLISH, doc).keySet()
        .contains("/sections/0/findings/0/figureIds/0 GCM-V010"));
  }

  @Test
  void aPlainValidatorFindsExactlyTheErrorsOfGcmValidatorsPublicationProfile() {
    GcmValidator facade = GcmValidator.standard();
    Validator plain = validator(Locale.ENGLISH);
    Properties.forAll(GcmGenerators.faultyDocuments(), 200, 7_301L, document -> {
      Set<String> expected = facade.validate(document).getProblems().stream()
          .filter(p -> p.getSeverity() == Severity.ERROR)
          .map(p -> p.getLocation().getPointer() + " " + p.getCode())
          .collect(Collectors.toCollection(TreeSet::new));
      Set<String> actual = plain.validate(document).stream()
          .map(v -> ConstraintViolations.toJsonPointer(v.getPropertyPath()) + " "
              + ConstraintViolations.ruleOf(v).getCode())
          .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(expected, actual);
    });
  }
}
