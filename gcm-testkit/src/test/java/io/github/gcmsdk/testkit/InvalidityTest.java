package io.github.gcmsdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.StakeholderInput;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each Invalidity breaks exactly its own rule, checked by walking the model. */
class InvalidityTest {

  private static final int CASES = 100;

  @ParameterizedTest
  @EnumSource(Invalidity.class)
  void eachInvalidityBreaksExactlyItsRule(Invalidity rule) {
    DocumentGenerator gen = GcmGenerators.documents(
        DocumentGenerator.Settings.defaults().withExtensions(true).withInvalidity(rule));
    Properties.forAll(gen, CASES, 20L + rule.ordinal(), doc -> {
      DocumentRules.Findings f = DocumentRules.check(doc);
      assertEquals(EnumSet.of(rule), f.broken, f.toString());
      assertTrue(f.other.isEmpty(), f.toString());
    });
  }

  @ParameterizedTest
  @EnumSource(Invalidity.class)
  void eachInvalidityBreaksItsRuleEvenInTheSmallestDocuments(Invalidity rule) {
    DocumentGenerator gen = GcmGenerators.documents(DocumentGenerator.Settings.defaults()
        .withSections(0, 1).withItemsPerSection(0, 0).withDepth(1).withInvalidity(rule));
    Properties.forAll(gen, 50, 40L + rule.ordinal(),
        doc -> assertEquals(EnumSet.of(rule), DocumentRules.check(doc).broken));
  }

  @ParameterizedTest
  @EnumSource(Invalidity.class)
  void annotationNamesTheRuleAndAPointerIntoTheDocument(Invalidity rule) {
    Gen<GeneratedDocument> gen = GcmGenerators.documents(
        DocumentGenerator.Settings.defaults().withInvalidity(rule)).annotated();
    Properties.forAll(gen, 50, 60L + rule.ordinal(), generated -> {
      assertEquals(rule, generated.getInvalidity().orElseThrow());
      String pointer = generated.getPointer().orElseThrow();
      assertTrue(pointer.startsWith("/"), pointer);
      switch (rule) {
        case BAD_LANGUAGE_TAG:
          assertEquals("/language", pointer);
          break;
        case RECOMMENDATION_WITHOUT_OBJECTIVE:
          assertTrue(pointer.matches("(/sections/\\d+)+/recommendations/\\d+/objectives"), pointer);
          break;
        case DANGLING_FIGURE_ID:
          assertTrue(pointer.matches("(/sections/\\d+)+/(findings|practices)/\\d+/figureIds/\\d+"),
              pointer);
          break;
        case DANGLING_FOOTNOTE_ID:
          assertTrue(pointer.matches(
              "(/sections/\\d+)+/(findings|recommendations|practices)/\\d+/footnoteIds/\\d+"),
              pointer);
          break;
        case DATE_RANGE_REVERSED:
          assertTrue(pointer.matches(
              "/review/period/end|(/sections/\\d+)+/practices/\\d+/period/end"), pointer);
          break;
        case DUPLICATE_ID:
        case BAD_IDENTIFIER:
          assertTrue(pointer.endsWith("/id"), pointer);
          break;
        default:
          break;
      }
    });
  }

  @ParameterizedTest
  @EnumSource(Invalidity.class)
  void brokenDocumentIsTheValidDocumentOfTheSameSourceWithOneChange(Invalidity rule) {
    DocumentGenerator valid = GcmGenerators.documents();
    DocumentGenerator broken = GcmGenerators.documents(
        DocumentGenerator.Settings.defaults().withInvalidity(rule));
    for (long seed = 0; seed < 30; seed++) {
      StakeholderInput before = valid.sample(seed);
      StakeholderInput after = broken.sample(seed);
      assertNotEquals(before, after);
      assertEquals(before.getId(), after.getId());
      if (rule == Invalidity.BAD_LANGUAGE_TAG) {
        assertEquals(before, after.withLanguage(before.getLanguage()));
      }
      // At most one section was added to host the fault; the others are where they were.
      assertTrue(after.getSections().size() - before.getSections().size() <= 1);
    }
  }

  @Test
  void anyInvalidityCoversEveryRuleAndEachDocumentBreaksTheAnnotatedOne() {
    Map<Invalidity, Integer> counts = new EnumMap<>(Invalidity.class);
    Properties.forAll(GcmGenerators.invalidDocuments(), 500, 80L, generated -> {
      Invalidity rule = generated.getInvalidity().orElseThrow();
      counts.merge(rule, 1, Integer::sum);
      assertEquals(EnumSet.of(rule), DocumentRules.check(generated.getDocument()).broken,
          generated.getPointer().orElseThrow());
    });
    assertEquals(EnumSet.allOf(Invalidity.class), counts.keySet(), counts.toString());
  }

  @Test
  void validSettingsGiveUnannotatedDocuments() {
    GeneratedDocument generated = GcmGenerators.documents().annotated().sample(1);
    assertTrue(generated.getInvalidity().isEmpty());
    assertTrue(generated.getPointer().isEmpty());
  }
}
