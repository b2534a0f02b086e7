package io.github.gcmsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.gcmsdk.model.DateRange;
import io.github.gcmsdk.model.Finding;
import io.github.gcmsdk.model.PartialDate;
import io.github.gcmsdk.model.Review;
import io.github.gcmsdk.model.ReviewProcess;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.model.constraints.EndNotBeforeStart;
import io.github.gcmsdk.model.constraints.Identifier;
import io.github.gcmsdk.model.constraints.LanguageTag;
import io.github.gcmsdk.model.constraints.Text;
import io.github.gcmsdk.model.constraints.Url;
import io.github.gcmsdk.problem.JsonPointer;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import io.github.gcmsdk.testkit.GcmGenerators;
import io.github.gcmsdk.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * A plain Jakarta Validator, bootstrapped as frameworks do it with no gcm-sdk configuration, sees
 * the same constraints as {@link GcmValidator}.
 */
class PlainValidatorTest {

  private static ValidatorFactory factory;
  private static Validator plain;

  @BeforeAll
  static void bootstrapAsAFrameworkWould() {
    factory = Validation.buildDefaultValidatorFactory();
    plain = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  /** One violation of each custom constraint. */
  private static StakeholderInput everyConstraintBroken() {
    StakeholderInput valid = Documents.valid();
    return valid.withLanguage("english")
        .withUrl("www.example.org")
        .withReview(Review.builder().process(ReviewProcess.OTHER).period(
            DateRange.of(PartialDate.ofYear(2021), PartialDate.ofYear(2020))).build())
        .withSections(Documents.section("bad id", "Heading", 1)
            .addFinding(Finding.of(""))
            .build());
  }

  @Test
  void plainDefaultFactoryFindsTheCustomValidatorsThroughTheServiceLoader() {
    Set<ConstraintViolation<StakeholderInput>> violations = plain.validate(everyConstraintBroken());
    Set<Class<? extends Annotation>> types = violations.stream()
        .map(v -> v.getConstraintDescriptor().getAnnotation().annotationType())
        .collect(Collectors.toSet());
    assertEquals(Set.of(Identifier.class, LanguageTag.class, Url.class, EndNotBeforeStart.class,
        Text.class), types);
    for (ConstraintViolation<StakeholderInput> v : violations) {
      assertFalse(v.getMessage().startsWith("{"), "message resolved from the contributor bundle: "
          + v.getMessage());
    }
  }

  @Test
  void plainValidatorFindsNothingOnTheValidExample() {
    assertEquals(Set.of(), plain.validate(Documents.valid()));
  }

  @Test
  void plainValidatorReportsTheSameViolationsAsTheFacadeOnTheSameObject() {
    GcmValidator facade = GcmValidator.standard();
    assertSame(facade, everyConstraintBroken(), "every constraint broken");
    Properties.forAll(GcmGenerators.faultyDocuments(), 300, 40_000L,
        document -> assertSame(facade, document, "a generated document"));
  }

  /** Same property paths (as pointers) and same constraints (as codes), counted. */
  private static void assertSame(GcmValidator facade, StakeholderInput document, String what) {
    Map<String, Long> expected = new TreeMap<>();
    for (ConstraintViolation<StakeholderInput> v : plain.validate(document)) {
      if (!ConstraintViolations.ruleOf(v).isConstraintRule()) {
        continue; // the document rules: DocumentRulesConstraintTest
      }
      String key = ConstraintViolations.toJsonPointer(v.getPropertyPath()) + " "
          + ConstraintViolations.ruleOf(v).getCode() + " "
          + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
      expected.merge(key, 1L, Long::sum);
    }
    Map<String, Long> actual = facade.validate(document).getProblems().stream()
        .filter(p -> ValidationRule.fromCode(p.getCode()).isConstraintRule())
        .collect(Collectors.groupingBy(p -> p.getLocation().getPointer() + " " + p.getCode()
            + " " + annotationOf(p.getCode()), TreeMap::new, Collectors.counting()));
    assertEquals(expected, actual, what);
  }

  private static String annotationOf(String code) {
    switch (code) {
      case "GCM-V001":
      case "GCM-V002":
      case "GCM-V003":
        return "Text";
      case "GCM-V004":
        return "Identifier";
      case "GCM-V005":
        return "LanguageTag";
      case "GCM-V006":
        return "Url";
      case "GCM-V007":
        return "EndNotBeforeStart";
      default:
        return "?";
    }
  }

  @Test
  void propertyPathsBecomeJsonPointersWithTheModelsAttributeNames() {
    Map<String, String> byPath = plain.validate(everyConstraintBroken()).stream()
        .collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
            v -> ConstraintViolations.toJsonPointer(v.getPropertyPath()), (a, b) -> a,
            TreeMap::new));
    assertEquals(Map.of(
        "language", "/language",
        "url", "/url",
        "review.period.end", "/review/period/end",
        "sections[0].id", "/sections/0/id",
        "sections[0].findings[0].text", "/sections/0/findings/0/text"), byPath);
    List<String> listElement = plain.validate(Documents.valid().withSections(
        Documents.section("s", "H", 1).addFinding(Finding.builder().text("t")
            .addFigureIds("ok", "not ok").build()).build())).stream()
        .filter(v -> ConstraintViolations.ruleOf(v) == ValidationRule.INVALID_IDENTIFIER)
        .map(v -> v.getPropertyPath() + " -> "
            + ConstraintViolations.toJsonPointer(v.getPropertyPath()))
        .collect(Collectors.toList());
    assertEquals(List.of("sections[0].findings[0].figureIds[1].<list element> ->"
        + " /sections/0/findings/0/figureIds/1"), listElement);
    assertEquals("", ConstraintViolations.toJsonPointer(emptyPath()), "the root object");
  }

  @Test
  void pointerOfGivesTheSamePointerAsAJsonPointer() {
    for (ConstraintViolation<StakeholderInput> v : plain.validate(everyConstraintBroken())) {
      JsonPointer pointer = ConstraintViolations.pointerOf(v.getPropertyPath());
      assertEquals(ConstraintViolations.toJsonPointer(v.getPropertyPath()), pointer.toString());
      assertEquals(pointer, JsonPointer.parse(pointer.toString()));
    }
    assertEquals(JsonPointer.ROOT, ConstraintViolations.pointerOf(emptyPath()));
    assertEquals(List.of("sections", "0", "findings", "0", "text"), ConstraintViolations
        .pointerOf(plain.validate(everyConstraintBroken()).stream()
            .filter(v -> v.getPropertyPath().toString().equals("sections[0].findings[0].text"))
            .findFirst().orElseThrow().getPropertyPath()).tokens());
  }

  private static jakarta.validation.Path emptyPath() {
    return java.util.Collections::emptyIterator;
  }
}
