package io.github.gcmsdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.Section;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsTest {

  private static final DocumentGenerator.Settings DEFAULTS =
      DocumentGenerator.Settings.defaults();

  @Test
  void sectionCountStaysWithinTheSettings() {
    DocumentGenerator gen = GcmGenerators.documents(DEFAULTS.withSections(2, 2));
    gen.samples(1, 100).forEach(doc -> assertEquals(2, doc.getSections().size()));
  }

  @Test
  void depthOneGivesNoNestedSectionsAndDeeperSettingsNest() {
    GcmGenerators.documents(DEFAULTS.withDepth(1)).samples(1, 200).forEach(doc ->
        assertTrue(DocumentRules.check(doc).maxDepth <= 1, doc.getId()));
    int deepest = GcmGenerators.documents(DEFAULTS.withDepth(4)).samples(1, 300).stream()
        .mapToInt(doc -> DocumentRules.check(doc).maxDepth).max().orElse(0);
    assertTrue(deepest > 1 && deepest <= 4, "deepest " + deepest);
  }

  @Test
  void itemsPerSectionStayWithinTheSettings() {
    DocumentGenerator gen = GcmGenerators.documents(DEFAULTS.withItemsPerSection(1, 2));
    gen.samples(1, 100).forEach(doc -> doc.getSections().forEach(SettingsTest::checkItems));
  }

  private static void checkItems(Section s) {
    for (List<?> items : List.of(s.getFindings(), s.getRecommendations(), s.getPractices(),
        s.getFigures(), s.getReferences(), s.getOpenQuestions())) {
      assertTrue(items.size() >= 1 && items.size() <= 2, s.getId() + ": " + items.size());
    }
    s.getSections().forEach(SettingsTest::checkItems);
  }

  @Test
  void withoutExtensionsNoObjectHasAny() {
    GcmGenerators.documents().samples(1, 200).forEach(doc ->
        assertEquals(0, DocumentRules.check(doc).extensions));
  }

  @Test
  void invalidBoundsAreRejectedWithTheValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DEFAULTS.withSections(3, 2));
    assertTrue(e.getMessage().contains("3 to 2"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withItemsPerSection(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withDepth(0));
    assertThrows(IllegalArgumentException.class, () -> GcmGenerators.sections(11));
    assertThrows(IllegalArgumentException.class, () -> GcmGenerators.jsonValues(-1));
  }

  @Test
  void settingsAreImmutableValues() {
    DocumentGenerator.Settings changed = DEFAULTS.withInvalidity(Invalidity.BAD_URL);
    assertEquals(List.of(), DEFAULTS.getInvalidities());
    assertEquals(List.of(Invalidity.BAD_URL), changed.getInvalidities());
    assertEquals(DEFAULTS, changed.valid());
    assertEquals(List.copyOf(EnumSet.allOf(Invalidity.class)),
        DEFAULTS.withAnyInvalidity().getInvalidities());
    assertEquals(changed, DEFAULTS.withInvalidities(List.of(Invalidity.BAD_URL)));
    assertTrue(changed.toString().contains("BAD_URL"), changed.toString());
  }
}
