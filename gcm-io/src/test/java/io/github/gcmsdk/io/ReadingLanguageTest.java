package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The language of reading problems: every code explained in French, Spanish and Russian, every
 * reported message and hint translated, language variants taking their language, and English for
 * any other language whatever the JVM's default locale.
 */
class ReadingLanguageTest {

  private static final List<Locale> TRANSLATIONS = List.of(Locale.FRENCH,
      Locale.forLanguageTag("es"), Locale.forLanguageTag("ru"));
  /** English texts that are JSON itself, the same in every language. */
  private static final Set<String> JSON_KEYWORDS = Set.of("found.null");
  private static final String DOCUMENT = "{\"formatVersion\": \"2.0\", \"id\": \"d\", \"title\": \"t\","
      + " \"language\": \"en\"";

  /** Inputs that between them report every reading code, each with the reader that reports it. */
  private static Map<String, Function<GcmJson.Builder, ReadResult<?>>> inputs() throws IOException {
    Map<String, Function<GcmJson.Builder, ReadResult<?>>> inputs = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(Path.of("..", "examples", "data", "invalid"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted()
          .collect(Collectors.toList())) {
        inputs.put(file.getFileName().toString(), b -> b.build().read(file));
      }
    }
    text(inputs, "{\"formatVersion\": \"2.0\", \"id\": \"d\",,}");
    text(inputs, "   ");
    bytes(inputs, "\uFEFF" + DOCUMENT + "}", StandardCharsets.UTF_8);
    bytes(inputs, DOCUMENT + "}", StandardCharsets.UTF_16LE);
    inputs.put("invalid UTF-8", b -> b.build().read(new byte[] {'{', '"', (byte) 0xC3, '"'}));
    text(inputs, DOCUMENT + ", \"date\": null, \"colour\": 1, \"Title\": 2, \"id\": \"e\"}");
    text(inputs, DOCUMENT + ", \"date\": \"2020-13\", \"sections\": [{\"id\": \"s\", \"heading\": \"h\","
        + " \"objectives\": [24], \"findings\": [{\"text\": \"t\", \"countries\": [\"UK\"]}]}]}");
    text(inputs, DOCUMENT + ", \"sections\": [{\"id\": \"s\", \"heading\": \"h\","
        + " \"themes\": [\"kafala\", \"labour-right\", \"Health care\"]}]}");
    text(inputs, "{\"id\": \"d\", \"title\": \"t\", \"language\": \"en\"}");
    text(inputs, "{\"formatVersion\": 1, \"id\": \"d\", \"title\": \"t\", \"language\": \"en\"}");
    text(inputs, DOCUMENT.replace("2.0", "2.9") + "}");
    text(inputs, DOCUMENT.replace("2.0", "1.0") + "}");
    inputs.put("limits", b -> b.limits(ReadLimits.defaults().withMaxNestingDepth(2)
        .withMaxStringLength(3).withMaxNumberLength(3).withMaxNameLength(5)).build()
        .readJson(DOCUMENT + ", \"x-a\": [[[1]]], \"x-b\": \"long\", \"x-c\": 12345,"
            + " \"x-longer\": 1}"));
    inputs.put("size", b -> b.limits(ReadLimits.defaults().withMaxDocumentSize(20)).build()
        .readJson(DOCUMENT + "}"));
    inputs.put("problems", b -> b.limits(ReadLimits.defaults().withMaxProblems(2)).build()
        .readJson(DOCUMENT + ", \"sections\": [{\"id\": \"s\", \"heading\": \"h\","
            + " \"objectives\": [0, 0, 0, 0]}]}"));
    return inputs;
  }

  private static void text(Map<String, Function<GcmJson.Builder, ReadResult<?>>> inputs,
      String json) {
    inputs.put(json, b -> b.build().readJson(json));
  }

  private static void bytes(Map<String, Function<GcmJson.Builder, ReadResult<?>>> inputs,
      String json, java.nio.charset.Charset charset) {
    inputs.put(charset + ": " + json, b -> b.build().read(json.getBytes(charset)));
  }

  private static List<Problem> read(Function<GcmJson.Builder, ReadResult<?>> input, Locale locale) {
    return input.apply(GcmJson.builder().locale(locale)).getReport().getProblems();
  }

  private static Properties bundle(String suffix) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ReadingLanguageTest.class.getResourceAsStream("messages" + suffix
        + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void everyReadingCodeHasAnExplanationAndAHintInEachTranslationThatDifferFromEnglish() {
    for (ReadProblem problem : ReadProblem.values()) {
      String explanation = problem.getExplanation(Locale.ENGLISH);
      String hint = problem.getHint(Locale.ENGLISH);
      for (Locale locale : TRANSLATIONS) {
        String what = problem.getCode() + " in " + locale;
        assertFalse(problem.getExplanation(locale).isBlank(), what);
        assertFalse(problem.getHint(locale).isBlank(), what);
        assertNotEquals(explanation, problem.getExplanation(locale), what + " explanation");
        assertNotEquals(hint, problem.getHint(locale), what + " hint");
      }
    }
  }

  @Test
  void everyTextOfTheReadingBundleIsTranslated() throws IOException {
    Properties english = bundle("");
    for (Locale locale : TRANSLATIONS) {
      Properties translated = bundle("_" + locale.getLanguage());
      Set<String> untranslated = new TreeSet<>();
      for (String key : english.stringPropertyNames()) {
        if (!JSON_KEYWORDS.contains(key)
            && english.getProperty(key).equals(translated.getProperty(key))) {
          untranslated.add(key);
        }
      }
      assertEquals(Set.of(), untranslated, "messages_" + locale.getLanguage());
    }
  }

  @Test
  void theInputsReportEveryReadingCode() throws IOException {
    Set<String> reported = new TreeSet<>();
    for (Function<GcmJson.Builder, ReadResult<?>> input : inputs().values()) {
      read(input, Locale.ENGLISH).forEach(p -> reported.add(p.getCode()));
    }
    Set<String> all = new TreeSet<>();
    for (ReadProblem problem : ReadProblem.values()) {
      all.add(problem.getCode());
    }
    assertEquals(all, reported, "codes the inputs of this test report");
  }

  @Test
  void aReadInFrenchSpanishOrRussianHasNoEnglishMessageOrHint() throws IOException {
    for (Map.Entry<String, Function<GcmJson.Builder, ReadResult<?>>> input : inputs().entrySet()) {
      List<Problem> english = read(input.getValue(), Locale.ENGLISH); // rule-only examples: none
      for (Locale locale : TRANSLATIONS) {
        List<Problem> translated = read(input.getValue(), locale);
        assertEquals(english.size(), translated.size(), input.getKey());
        for (int i = 0; i < english.size(); i++) {
          Problem en = english.get(i);
          Problem tr = translated.get(i);
          String what = input.getKey() + " " + en.getCode() + " in " + locale;
          assertEquals(en.getCode(), tr.getCode(), what);
          assertEquals(en.getLocation(), tr.getLocation(), what);
          assertNotEquals(en.getMessage(), tr.getMessage(), what + " message");
          assertTrue(tr.getHint().isPresent(), what + " hint");
          assertNotEquals(en.getHint(), tr.getHint(), what + " hint");
        }
      }
    }
  }

  @Test
  void aLanguageVariantReadsInItsLanguage() throws IOException {
    for (Function<GcmJson.Builder, ReadResult<?>> input : inputs().values()) {
      assertEquals(read(input, Locale.FRENCH), read(input, Locale.CANADA_FRENCH));
      assertEquals(read(input, Locale.forLanguageTag("es")),
          read(input, Locale.forLanguageTag("es-MX")));
      assertEquals(read(input, Locale.forLanguageTag("ru")),
          read(input, Locale.forLanguageTag("ru-RU")));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "ar", "zh-Hans-CN", "en-GB", "und", "x-private"})
  void anUnsupportedLocaleReadsInEnglishWhateverTheDefaultLocale(String tag) throws IOException {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.FRENCH);
    try {
      Locale other = Locale.forLanguageTag(tag);
      for (Function<GcmJson.Builder, ReadResult<?>> input : inputs().values()) {
        assertEquals(read(input, Locale.ENGLISH), read(input, other));
      }
      List<String> hints = new ArrayList<>();
      for (ReadProblem problem : ReadProblem.values()) {
        assertEquals(problem.getHint(Locale.ENGLISH), problem.getHint(other));
        assertEquals(problem.getExplanation(Locale.ENGLISH), problem.getExplanation(other));
        hints.add(problem.getHint(other));
      }
      assertTrue(hints.contains("Write a whole number from 1 to 23."), hints.toString());
    } finally {
      Locale.setDefault(saved);
    }
  }
}
