package io.github.gcmsdk.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** TCK for {@link GuidingPrinciple}. */
class GuidingPrincipleTest {

  @ParameterizedTest
  @CsvSource({
    "a, PEOPLE_CENTRED, People-centred, people-centred",
    "b, INTERNATIONAL_COOPERATION, International cooperation, international-cooperation",
    "c, NATIONAL_SOVEREIGNTY, National sovereignty, national-sovereignty",
    "d, RULE_OF_LAW_AND_DUE_PROCESS, Rule of law and due process, rule-of-law-and-due-process",
    "e, SUSTAINABLE_DEVELOPMENT, Sustainable development, sustainable-development",
    "f, HUMAN_RIGHTS, Human rights, human-rights",
    "g, GENDER_RESPONSIVE, Gender-responsive, gender-responsive",
    "h, CHILD_SENSITIVE, Child-sensitive, child-sensitive",
    "i, WHOLE_OF_GOVERNMENT_APPROACH, Whole-of-government approach, whole-of-government-approach",
    "j, WHOLE_OF_SOCIETY_APPROACH, Whole-of-society approach, whole-of-society-approach"
  })
  void everyPrincipleHasItsLetterOfficialNameAndCode(
      char letter, GuidingPrinciple principle, String title, String code) {
    assertAll(
        () -> assertEquals(letter, principle.getLetter()),
        () -> assertSame(principle, GuidingPrinciple.of(letter)),
        () -> assertEquals(title, principle.getTitle()),
        () -> assertEquals(code, principle.getCode()),
        () -> assertSame(principle, GuidingPrinciple.fromCode(code)));
  }

  @Test
  void thereAreTenPrinciplesInLetterOrder() {
    GuidingPrinciple[] values = GuidingPrinciple.values();
    assertEquals(10, values.length);
    for (int i = 0; i < values.length; i++) {
      assertEquals((char) ('a' + i), values[i].getLetter());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "k, 'Invalid value for GuidingPrinciple: ''k'' (the GCM has guiding principles (a) to (j))'",
    "A, 'Invalid value for GuidingPrinciple: ''A'' (the GCM has guiding principles (a) to (j))'",
    "1, 'Invalid value for GuidingPrinciple: ''1'' (the GCM has guiding principles (a) to (j))'",
    "`, 'Invalid value for GuidingPrinciple: ''`'' (the GCM has guiding principles (a) to (j))'"
  })
  void ofRejectsOtherLetters(char letter, String message) {
    CatalogException e = assertThrows(CatalogException.class, () -> GuidingPrinciple.of(letter));
    assertEquals(message, e.getMessage());
    assertEquals("GuidingPrinciple", e.getCatalog());
  }

  @Test
  void ofEscapesAControlCharacter() {
    CatalogException e = assertThrows(CatalogException.class, () -> GuidingPrinciple.of('\0'));
    assertEquals("\\u0000", e.getInput());
  }

  @ParameterizedTest
  @EnumSource(GuidingPrinciple.class)
  void fromCodeRoundTrips(GuidingPrinciple principle) {
    assertSame(principle, GuidingPrinciple.fromCode(principle.getCode()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"xyz", "People-centred", "PEOPLE-CENTRED", "people-centred ", "a", "(a)", ""})
  void fromCodeIsStrict(String code) {
    CatalogException e = assertThrows(CatalogException.class, () -> GuidingPrinciple.fromCode(code));
    assertTrue(e.getMessage().startsWith("Unknown code for GuidingPrinciple: \""), e.getMessage());
  }

  @Test
  void fromCodeMessageListsTheKnownCodes() {
    CatalogException e =
        assertThrows(CatalogException.class, () -> GuidingPrinciple.fromCode("xyz"));
    assertEquals(
        "Unknown code for GuidingPrinciple: \"xyz\" (known codes: people-centred,"
            + " international-cooperation, national-sovereignty, rule-of-law-and-due-process,"
            + " sustainable-development, human-rights, gender-responsive, child-sensitive,"
            + " whole-of-government-approach, whole-of-society-approach)",
        e.getMessage());
  }

  static Stream<Arguments> acceptedForms() {
    return Stream.of(
        Arguments.of("a", GuidingPrinciple.PEOPLE_CENTRED),
        Arguments.of("A", GuidingPrinciple.PEOPLE_CENTRED),
        Arguments.of("(a)", GuidingPrinciple.PEOPLE_CENTRED),
        Arguments.of("( a )", GuidingPrinciple.PEOPLE_CENTRED),
        Arguments.of("15(a)", GuidingPrinciple.PEOPLE_CENTRED),
        Arguments.of("15 (j)", GuidingPrinciple.WHOLE_OF_SOCIETY_APPROACH),
        Arguments.of("15j", GuidingPrinciple.WHOLE_OF_SOCIETY_APPROACH),
        Arguments.of("para 15 (a)", GuidingPrinciple.PEOPLE_CENTRED),
        Arguments.of("Para. 15(d)", GuidingPrinciple.RULE_OF_LAW_AND_DUE_PROCESS),
        Arguments.of("paragraph 15 (h)", GuidingPrinciple.CHILD_SENSITIVE),
        Arguments.of(" (f) ", GuidingPrinciple.HUMAN_RIGHTS),
        Arguments.of("people-centred", GuidingPrinciple.PEOPLE_CENTRED),
        Arguments.of("People-centred", GuidingPrinciple.PEOPLE_CENTRED),
        Arguments.of("People centered", GuidingPrinciple.PEOPLE_CENTRED),
        Arguments.of("HUMAN RIGHTS", GuidingPrinciple.HUMAN_RIGHTS),
        Arguments.of("Whole of government approach", GuidingPrinciple.WHOLE_OF_GOVERNMENT_APPROACH),
        Arguments.of("whole-of-society-approach", GuidingPrinciple.WHOLE_OF_SOCIETY_APPROACH),
        Arguments.of("Gender responsive", GuidingPrinciple.GENDER_RESPONSIVE),
        Arguments.of("child\u2011sensitive", GuidingPrinciple.CHILD_SENSITIVE));
  }

  @ParameterizedTest
  @MethodSource("acceptedForms")
  void parseAcceptsLettersCodesAndNames(String text, GuidingPrinciple expected) {
    assertSame(expected, GuidingPrinciple.parse(text));
  }

  @ParameterizedTest
  @EnumSource(GuidingPrinciple.class)
  void parseAcceptsEveryLetterCodeAndTitle(GuidingPrinciple principle) {
    assertSame(principle, GuidingPrinciple.parse(String.valueOf(principle.getLetter())));
    assertSame(principle, GuidingPrinciple.parse("para 15 (" + principle.getLetter() + ")"));
    assertSame(principle, GuidingPrinciple.parse(principle.getCode()));
    assertSame(principle, GuidingPrinciple.parse(principle.getTitle()));
    assertSame(principle, GuidingPrinciple.parse(principle.getTitle().toUpperCase()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "xyz | Cannot parse GuidingPrinciple: \"xyz\"",
        "'' | Cannot parse GuidingPrinciple: \"\"",
        "para (a) | Cannot parse GuidingPrinciple: \"para (a)\"",
        "16(a) | Cannot parse GuidingPrinciple: \"16(a)\"",
        "(a | Cannot parse GuidingPrinciple: \"(a\"",
        "(ab) | Cannot parse GuidingPrinciple: \"(ab)\"",
        "People-centred. | Cannot parse GuidingPrinciple: \"People-centred.\"",
        "(k) | Invalid value for GuidingPrinciple: (k) in \"(k)\" (the GCM has guiding principles (a) to (j))",
        "15 (z) | Invalid value for GuidingPrinciple: (z) in \"15 (z)\""
      })
  void parseRejectsOtherTextAndNamesIt(String text, String messageStart) {
    CatalogException e = assertThrows(CatalogException.class, () -> GuidingPrinciple.parse(text));
    assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
  }

  @Test
  void parseMessageSaysWhatToWrite() {
    CatalogException e = assertThrows(CatalogException.class, () -> GuidingPrinciple.parse("xyz"));
    assertEquals(
        "Cannot parse GuidingPrinciple: \"xyz\" (write the letter, code or name, for example \"a\","
            + " \"15(a)\", \"people-centred\" or \"People-centred\")",
        e.getMessage());
  }

  @Test
  void staticMethodsRejectNull() {
    assertAll(
        () -> assertThrows(NullPointerException.class, () -> GuidingPrinciple.fromCode(null)),
        () -> assertThrows(NullPointerException.class, () -> GuidingPrinciple.parse(null)));
  }
}
