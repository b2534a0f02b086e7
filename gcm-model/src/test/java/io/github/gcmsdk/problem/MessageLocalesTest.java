package io.github.gcmsdk.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a requested locale maps to the language of messages. */
class MessageLocalesTest {

  @ParameterizedTest
  @CsvSource({
      "fr, fr", "fr-CA, fr", "fr-Latn-BE, fr", "es, es", "es-MX, es", "es-419, es",
      "ru, ru", "ru-RU, ru", "en, en", "en-GB, en",
      "de, en", "ar, en", "zh-Hans-CN, en", "und, en", "x-private, en"})
  void aLocaleGivesItsLanguageWhenSupportedAndEnglishOtherwise(String requested, String language) {
    assertEquals(Locale.forLanguageTag(language),
        MessageLocales.resolve(Locale.forLanguageTag(requested)));
  }

  @Test
  void theDefaultLocaleNeverDecides() {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.FRENCH);
    try {
      assertEquals(Locale.ENGLISH, MessageLocales.resolve(Locale.GERMAN));
      assertEquals(Locale.ENGLISH, MessageLocales.resolve(Locale.ROOT));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void theSupportedLanguagesAreTheirOwnResolution() {
    assertEquals(List.of("en", "fr", "es", "ru"),
        MessageLocales.supported().stream().map(Locale::toLanguageTag).toList());
    for (Locale locale : MessageLocales.supported()) {
      assertEquals(locale, MessageLocales.resolve(locale));
    }
  }

  @Test
  void aNullLocaleIsRefused() {
    assertThrows(NullPointerException.class, () -> MessageLocales.resolve(null));
  }
}
