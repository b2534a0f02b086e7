package io.github.gcmsdk.io;

import static io.github.gcmsdk.io.Problems.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Messages: four languages, every key translated, partner data only as safe excerpts. */
class MessagesTest {

  private static final List<String> LANGUAGES = List.of("", "_fr", "_es", "_ru");
  private static final String OBJECTIVE_24 = """
      {"formatVersion": "1.0", "id": "d", "title": "t", "language": "en",
       "figures": [{"id": "f", "value": 1, "unit": "u", "description": "d", "objectives": [24]}]}
      """;

  private static Properties bundle(String suffix) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("messages" + suffix
        + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static String message(Locale locale, String json) {
    return single(GcmJson.builder().locale(locale).build().readJson(json)).getMessage();
  }

  @Test
  void messagesFollowTheLocaleWithEnglishAsFallback() {
    assertEquals("objective 24 does not exist: the GCM has objectives 1 to 23",
        message(Locale.ENGLISH, OBJECTIVE_24));
    assertEquals("l’objectif 24 n’existe pas : le Pacte compte les objectifs 1 à 23",
        message(Locale.FRENCH, OBJECTIVE_24));
    assertEquals("el objetivo 24 no existe: el Pacto tiene los objetivos 1 a 23",
        message(Locale.forLanguageTag("es"), OBJECTIVE_24));
    assertEquals("цели 24 не существует: в Договоре цели с 1 по 23",
        message(Locale.forLanguageTag("ru-RU"), OBJECTIVE_24));
    assertEquals("objective 24 does not exist: the GCM has objectives 1 to 23",
        message(Locale.GERMAN, OBJECTIVE_24));
  }

  @Test
  void everyLanguageHasEveryKeyAndEveryPatternIsValid() throws IOException {
    Set<String> english = bundle("").stringPropertyNames();
    for (String language : LANGUAGES) {
      Properties properties = bundle(language);
      assertEquals(english, properties.stringPropertyNames(), "keys of messages" + language);
      for (String key : english) {
        String pattern = properties.getProperty(key);
        String text = new MessageFormat(pattern, Locale.ROOT)
            .format(new Object[] {"A", "B", "C"});
        assertFalse(text.contains("{"), key + language + ": " + text);
        assertFalse(pattern.isBlank(), key + language);
      }
    }
  }

  @Test
  void everyProblemCodeIsExplainedWithAHintInEveryLanguage() {
    Set<String> codes = new HashSet<>();
    for (ReadProblem problem : ReadProblem.values()) {
      assertTrue(problem.getCode().matches("GCM-J\\d{3}"), problem.getCode());
      assertTrue(codes.add(problem.getCode()), "duplicate code " + problem.getCode());
      assertEquals(problem, ReadProblem.fromCode(problem.getCode()).orElseThrow());
      for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, new Locale("es"),
          new Locale("ru"))) {
        assertFalse(problem.getExplanation(locale).isBlank());
        assertFalse(problem.getHint(locale).isBlank());
      }
    }
    assertEquals("Write a whole number from 1 to 23.",
        ReadProblem.UNKNOWN_OBJECTIVE.getHint(Locale.ENGLISH));
  }

  @Test
  void partnerDataAppearsOnlyAsAnEscapedBoundedExcerpt() {
    String name = "{0}''\\u0007\\u202e" + "x".repeat(100);
    String text = "{\"formatVersion\": \"1.0\", \"id\": \"d\", \"title\": \"t\", \"language\": \"en\", \""
        + name + "\": 1}";
    Problem problem = single(GcmJson.standard().readJson(text));
    String message = problem.getMessage();
    assertTrue(message.startsWith("unknown property \"{0}''\\u0007\\u202E" + "x".repeat(33)
        + "...\""), message);
    assertFalse(message.chars().anyMatch(c -> c < 0x20 || c == 0x202E), message);
  }

  @Test
  void messagesNeverShowTheParsersOwnText() {
    Problem problem = single(GcmJson.standard().readJson("{\"x-a\": tru}"
        .replace("}", "} ")));
    assertEquals("unknown word \"tru\": expected a value", problem.getMessage());
  }
}
