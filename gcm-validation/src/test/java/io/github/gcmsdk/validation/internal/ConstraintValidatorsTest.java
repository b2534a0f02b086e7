package io.github.gcmsdk.validation.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.DateRange;
import io.github.gcmsdk.model.PartialDate;
import io.github.gcmsdk.model.constraints.Identifier;
import io.github.gcmsdk.model.constraints.Text;
import io.github.gcmsdk.model.constraints.Url;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Direct tests of each constraint validator, in the style of Hibernate Validator's own ({@code
 * isValid(value, null)}): a valid and an invalid table per constraint, and null is valid.
 */
class ConstraintValidatorsTest {

  /** Annotations as the model declares them, read from fields. */
  @SuppressWarnings("unused")
  private static final class Declared {
    @Identifier String identifier;
    @Text String paragraph;
    @Text(max = Text.LINE_MAX, multiline = false) String line;
    @Text(max = 3) String short3;
    @Url String url;
    @Url(schemes = "FTP") String ftp;
  }

  private static <A extends Annotation> A declared(String field, Class<A> type) {
    try {
      return Declared.class.getDeclaredField(field).getAnnotation(type);
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
  }

  private static IdentifierValidator identifier() {
    IdentifierValidator v = new IdentifierValidator();
    v.initialize(declared("identifier", Identifier.class));
    return v;
  }

  private static TextValidator text(String field) {
    TextValidator v = new TextValidator();
    v.initialize(declared(field, Text.class));
    return v;
  }

  private static UrlValidator url(String field) {
    UrlValidator v = new UrlValidator();
    v.initialize(declared(field, Url.class));
    return v;
  }

  @Test
  void everyValidatorConsidersNullValid() {
    assertTrue(identifier().isValid(null, null));
    assertTrue(text("line").isValid(null, null));
    assertTrue(new LanguageTagValidator().isValid(null, null));
    assertTrue(url("url").isValid(null, null));
    assertTrue(new EndNotBeforeStartValidator().isValid(null, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "7", "rec-obj11-1", "fig.youth:2", "A_b.C-d:e",
      "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
  void identifierValidatorAcceptsIdentifiers(String id) {
    assertTrue(identifier().isValid(id, null), id + " should be an identifier");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " a", "a b", "-a", ".a", "é", "a/b", "a~b", "a\u0000", "a{b}",
      "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
  void identifierValidatorRejectsOtherTexts(String id) {
    assertFalse(identifier().isValid(id, null), id + " should not be an identifier");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "a\nb", "tab\tand\r\nCRLF", "\u0645\u200C\u0631", "emoji \uD83D\uDE00",
      " padded "})
  void textValidatorAcceptsParagraphs(String text) {
    assertTrue(text("paragraph").isValid(text, null), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u00A0\u2003", "\n\t", "nul\u0000", "bell\u0007", "del\u007F",
      "c1\u0085", "lone \uD800 high", "lone \uDC00 low", "end\uD83D"})
  void textValidatorRejectsBlankTextAndControlCharacters(String text) {
    assertFalse(text("paragraph").isValid(text, null), text);
  }

  @Test
  void textValidatorRejectsLineBreaksAndTabsInOneLineTexts() {
    assertTrue(text("line").isValid("Objective 11 - borders", null));
    assertFalse(text("line").isValid("two\nlines", null));
    assertFalse(text("line").isValid("tab\there", null));
  }

  @Test
  void textValidatorCountsCodePointsAgainstTheMaximum() {
    assertTrue(text("short3").isValid("abc", null));
    assertFalse(text("short3").isValid("abcd", null));
    assertTrue(text("short3").isValid("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", null),
        "three emoji are three characters, not six");
    assertTrue(text("paragraph").isValid("x".repeat(Text.DEFAULT_MAX), null));
    assertFalse(text("paragraph").isValid("x".repeat(Text.DEFAULT_MAX + 1), null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "es", "ru", "ar", "zh", "EN", "es-419", "zh-Hant-TW",
      "sr-Latn-RS", "gsw", "en-GB-oxendict", "de-CH-x-phonebk"})
  void languageTagValidatorAcceptsTagsOfKnownLanguages(String tag) {
    assertTrue(LanguageTagValidator.isLanguageTag(tag), tag);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "e", "en_US", "en-", "-en", "english", "xx", "qq", "und",
      "x-klingon", "123", "en--US", "en US", "fr\u0000"})
  void languageTagValidatorRejectsOtherTexts(String tag) {
    assertFalse(LanguageTagValidator.isLanguageTag(tag), tag);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://migrationnetwork.un.org/hub?gcm_objectives=279",
      "http://example.org", "HTTPS://EXAMPLE.ORG/a#b",
      "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A52020DC0609"})
  void urlValidatorAcceptsAbsoluteWebAddresses(String url) {
    assertTrue(url("url").isValid(url, null), url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "example.org", "/relative/path", "ftp://example.org",
      "https://", "https:///path", "mailto:someone@example.org", "javascript:alert(1)",
      "https://exa mple.org", "https://example.org/\u0000", " https://example.org"})
  void urlValidatorRejectsOtherTexts(String url) {
    assertFalse(url("url").isValid(url, null), url);
  }

  @Test
  void urlValidatorHonoursTheConfiguredSchemes() {
    assertTrue(url("ftp").isValid("ftp://example.org/file", null));
    assertFalse(url("ftp").isValid("https://example.org", null));
    assertFalse(url("url").isValid("https://example.org/" + "a".repeat(Url.MAX_LENGTH), null));
  }

  @Test
  void endNotBeforeStartValidatorComparesAtThePrecisionGiven() {
    EndNotBeforeStartValidator v = new EndNotBeforeStartValidator();
    PartialDate day = PartialDate.of(LocalDate.of(2020, 11, 12));
    assertTrue(v.isValid(DateRange.of(day), null), "open range");
    assertTrue(v.isValid(DateRange.of(day, day), null), "a single day");
    assertTrue(v.isValid(DateRange.of(day, PartialDate.ofMonth(2020, 11)), null),
        "the end may be any day of November");
    assertTrue(v.isValid(DateRange.of(PartialDate.ofYear(2020), day), null));
    assertFalse(v.isValid(DateRange.of(day, PartialDate.of(LocalDate.of(2020, 11, 11))), null));
    assertFalse(v.isValid(DateRange.of(PartialDate.ofMonth(2020, 11),
        PartialDate.of(LocalDate.of(2020, 10, 31))), null));
    assertFalse(v.isValid(DateRange.of(PartialDate.ofYear(2021), PartialDate.ofYear(2020)), null));
  }
}
