package io.github.gcmsdk.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelpersTest {

  @Test
  void pointerEscapesTokensAsRfc6901Says() {
    assertEquals("", Pointer.ROOT.toString());
    assertEquals("/sections/0/a~1b/c~0d", Pointer.ROOT.child("sections").child(0)
        .child("a/b").child("c~d").toString());
  }

  @Test
  void pointerOrderIsDocumentOrder() {
    List<String> pointers = new ArrayList<>(List.of("/sections/10", "/title", "/sections/2/id",
        "", "/sections/2", "/sections/2/findings/0/text", "/id"));
    pointers.sort(PointerOrder.INSTANCE);
    assertEquals(List.of("", "/id", "/sections/2", "/sections/2/findings/0/text",
        "/sections/2/id", "/sections/10", "/title"), pointers);
  }

  @Test
  void templateParametersAreReplacedOnceAndNeverReread() {
    assertEquals("id \"{first}\" at /a",
        RuleMessages.interpolate("id \"{id}\" at {first}", Map.of("id", "{first}", "first", "/a")));
    assertEquals("{unknown} stays", RuleMessages.interpolate("{unknown} stays", Map.of()));
    assertEquals("unclosed {brace", RuleMessages.interpolate("unclosed {brace", Map.of()));
  }

  @Test
  void localesMapToTheFourLanguagesAndEnglishForAnyOther() {
    assertEquals(Locale.forLanguageTag("fr"), Locales.supported(Locale.CANADA_FRENCH));
    assertEquals(Locale.forLanguageTag("es"), Locales.supported(Locale.forLanguageTag("es-419")));
    assertEquals(Locale.forLanguageTag("ru"), Locales.supported(Locale.forLanguageTag("ru-KZ")));
    assertEquals(Locale.ROOT, Locales.supported(Locale.ENGLISH));
    assertEquals(Locale.ROOT, Locales.supported(Locale.GERMAN));
    assertTrue(Locales.supported(Locale.ROOT).getLanguage().isEmpty());
  }
}
