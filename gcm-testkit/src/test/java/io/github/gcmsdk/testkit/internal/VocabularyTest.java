package io.github.gcmsdk.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.testkit.Source;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VocabularyTest {

  private static final List<String> PER_LANGUAGE = List.of("subjects", "verbs", "clauses", "tails",
      "addressees", "actions", "recommendation-tails", "questions", "practice-titles",
      "practice-deeds", "outcomes", "units", "figure-contexts", "general-headings", "should",
      "place", "objective-heading", "document-title");

  @ParameterizedTest
  @EnumSource(Lang.class)
  void everyLanguageHasEveryListOfTheResourceFile(Lang lang) {
    for (String name : PER_LANGUAGE) {
      String key = lang.name().toLowerCase(Locale.ROOT) + "." + name;
      assertFalse(Vocabulary.list(key).isEmpty(), key);
    }
  }

  @Test
  void escapesOfTheResourceFilesAreDecoded() {
    assertEquals(List.of("", " ", "   ", "\u00A0", "\u2003", " \u00A0 "), Vocabulary.list("blank"));
    assertTrue(Vocabulary.list("control-paragraph").contains("lone \uD800 surrogate"));
    assertTrue(Vocabulary.list("control-line").contains("tab\there"));
    assertTrue(Vocabulary.list("en.tails").contains(" in the UNECE region"));
    assertEquals(101, Vocabulary.list("bad-identifier").stream()
        .mapToInt(String::length).max().orElseThrow());
  }

  @Test
  void anUnknownListIsReportedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Vocabulary.list("klingon.subjects"));
    assertTrue(e.getMessage().contains("klingon.subjects"), e.getMessage());
  }

  @Test
  void realisticTextsHaveNoControlCharacterAndNameOnlyLinkedObjectives() {
    Source s = Source.of(3L);
    for (int i = 0; i < 2000; i++) {
      Lang lang = Vocabulary.anyLang(s);
      String text = Vocabulary.finding(s, lang, List.of(Objective.of(7))) + " "
          + Vocabulary.recommendation(s, lang) + " " + Vocabulary.question(s, lang);
      assertTrue(text.chars().noneMatch(Character::isISOControl), text);
      assertFalse(text.matches("(?s).*Objective (?!7\\.)\\d+.*"), text);
    }
  }
}
