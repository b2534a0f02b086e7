package io.github.gcmsdk.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.problem.JsonPointer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HelpersTest {

  // The pointers the rules build and the order problems are sorted in (JsonPointer, gcm-model)

  @Test
  void pointerEscapesTokensAsRfc6901Says() {
    assertEquals("", JsonPointer.ROOT.toString());
    assertEquals("/sections/0/a~1b/c~0d", JsonPointer.ROOT.child("sections").child(0)
        .child("a/b").child("c~d").toString());
  }

  @Test
  void pointerOrderIsDocumentOrder() {
    List<JsonPointer> pointers = new ArrayList<>();
    for (String text : List.of("/sections/10", "/title", "/sections/2/id", "",
        "/sections/2", "/sections/2/findings/0/text", "/id")) {
      pointers.add(JsonPointer.parse(text));
    }
    Collections.sort(pointers);
    assertEquals(List.of("", "/id", "/sections/2", "/sections/2/findings/0/text",
        "/sections/2/id", "/sections/10", "/title"),
        pointers.stream().map(JsonPointer::toString).collect(Collectors.toList()));
  }

  // template parameters: MessageTemplateTest (gcm-model), the formatter RuleMessages uses

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
