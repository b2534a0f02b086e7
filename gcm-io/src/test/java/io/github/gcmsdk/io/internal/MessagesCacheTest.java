package io.github.gcmsdk.io.internal;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The messages of a locale are those of its language: at most four, however many locales ask. */
class MessagesCacheTest {

  @Test
  void everyLocaleSharesTheMessagesOfItsLanguage() {
    assertSame(Messages.of(Locale.FRENCH), Messages.of(Locale.CANADA_FRENCH));
    assertSame(Messages.of(Locale.forLanguageTag("es")), Messages.of(Locale.forLanguageTag("es-MX")));
    assertSame(Messages.of(Locale.forLanguageTag("ru")), Messages.of(Locale.forLanguageTag("ru-RU")));
    for (String tag : new String[] {"de", "ar", "en-GB", "und", "x-a1b2c3"}) {
      assertSame(Messages.of(Locale.ENGLISH), Messages.of(Locale.forLanguageTag(tag)), tag);
    }
  }
}
