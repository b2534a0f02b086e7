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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Messages: four languages, every key translated, partner data only as safe excerpts. */
class MessagesTest {

  private static final List<String> LANGUAGES = List.of("", "_fr", "_es", "_ru");
  private static final String OBJECTIVE_24 = """
      {"formatVersion": "2.0", "id": "d", "title": "t", "language": "en",
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
  void everyLanguageHasEveryKeyAndUsesTheParametersOfTheEnglishText() throws IOException {
    Properties english = bundle("");
    for (String language : LANGUAGES) {
      Properties properties = bundle(language);
      assertEquals(english.stringPropertyNames(), properties.stringPropertyNames(),
          "keys of messages" + language);
      for (String key : english.stringPropertyNames()) {
        String template = properties.getProperty(key);
        assertFalse(template.isBlank(), key + language);
        assertEquals(parameters(english.getProperty(key)), parameters(template), key + language);
      }
    }
  }

  @Test
  void templatesUseNamedParametersOnlyNeverMessageFormat() throws IOException {
    Pattern braces = Pattern.compile("\\{[^}]*}?");
    for (String language : LANGUAGES) {
      Properties properties = bundle(language);
      for (String key : properties.stringPropertyNames()) {
        String template = properties.getProperty(key);
        Matcher matcher = braces.matcher(template);
        while (matcher.find()) {
          // {0}, {0,number}, {1,choice,...}: MessageFormat's, which would show raw here
          assertTrue(matcher.group().matches(PARAMETER.pattern()),
              key + language + ": " + matcher.group() + " is not a {name} parameter");
        }
        // MessageFormat wrote an apostrophe ''; the named syntax shows both
        assertFalse(template.contains("''"), key + language + ": " + template);
      }
    }
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java"))
          .collect(Collectors.toList())) {
        assertFalse(Files.readString(source).contains("MessageFormat"),
            source + " formats with MessageFormat; messages use MessageTemplate");
      }
    }
  }

  @Test
  void everyParameterOfATemplateIsSuppliedByTheCode() throws IOException {
    Properties english = bundle("");
    Map<Path, String> sources = new HashMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java"))
          .collect(Collectors.toList())) {
        sources.put(file, Files.readString(file));
      }
    }
    for (String key : english.stringPropertyNames()) {
      Set<String> needed = parameters(english.getProperty(key));
      if (needed.isEmpty()) {
        continue;
      }
      String literal = "\"" + key + "\"";
      boolean used = false;
      for (Map.Entry<Path, String> source : sources.entrySet()) {
        String code = source.getValue();
        for (int at = code.indexOf(literal); at >= 0; at = code.indexOf(literal, at + 1)) {
          used = true;
          // the names the statement passes; where it only picks the key (key = "..."), the
          // names the file passes anywhere
          Set<String> supplied = suppliedNames(statement(code, at));
          if (supplied.isEmpty()) {
            supplied = suppliedNames(code);
          }
          assertTrue(supplied.containsAll(needed), source.getKey() + ": " + key + " needs "
              + needed + ", the code passes " + supplied);
        }
      }
      if (key.endsWith(".hint") && !used) {
        // the hint of a message, given the message's parameters (ProblemSink)
        String message = english.getProperty(key.substring(0, key.length() - ".hint".length()));
        assertTrue(message != null && parameters(message).containsAll(needed),
            key + " needs " + needed + ", its message has " + message);
        used = true;
      }
      assertTrue(used, key + " has parameters but the code never names it");
    }
  }

  private static final Pattern PARAMETER = Pattern.compile("\\{([a-z][A-Za-z]*)}");
  private static final Pattern NAME_IN_MAP = Pattern.compile("\"([a-z][A-Za-z]*)\"\\s*,");

  private static Set<String> parameters(String template) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PARAMETER.matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /** The Java statement around a position: from the previous ; { or } to the next ;. */
  private static String statement(String code, int at) {
    int start = Math.max(code.lastIndexOf(';', at),
        Math.max(code.lastIndexOf('{', at), code.lastIndexOf('}', at)));
    int end = code.indexOf(';', at);
    return code.substring(start + 1, end < 0 ? code.length() : end);
  }

  /** The names passed in {@code Map.of("name", value, ...)} calls of a piece of code. */
  private static Set<String> suppliedNames(String code) {
    Set<String> names = new TreeSet<>();
    for (int at = code.indexOf("Map.of("); at >= 0; at = code.indexOf("Map.of(", at + 1)) {
      int end = code.indexOf(';', at);
      Matcher matcher = NAME_IN_MAP.matcher(code.substring(at, end < 0 ? code.length() : end));
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
    }
    return names;
  }

  @Test
  void explanationsAndHintsReadAsTheBundleWritesThem() throws IOException {
    // MessageFormat took the apostrophe of "the reader's limit" for a quote and dropped it
    assertEquals("The document is larger than the reader's limit; reading stops there.",
        ReadProblem.DOCUMENT_TOO_LARGE.getExplanation(Locale.ENGLISH));
    for (String language : LANGUAGES) {
      Properties properties = bundle(language);
      Locale locale = language.isEmpty() ? Locale.ENGLISH
          : Locale.forLanguageTag(language.substring(1));
      for (ReadProblem problem : ReadProblem.values()) {
        assertEquals(properties.getProperty(problem.getCode() + ".explanation"),
            problem.getExplanation(locale), problem + language);
        assertEquals(properties.getProperty(problem.getCode() + ".hint"),
            problem.getHint(locale), problem + language);
        assertFalse(problem.getExplanation(locale).contains("''"), problem + language);
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
    String text = "{\"formatVersion\": \"2.0\", \"id\": \"d\", \"title\": \"t\", \"language\": \"en\", \""
        + name + "\": 1}";
    Problem problem = single(GcmJson.standard().readJson(text));
    String message = problem.getMessage();
    assertTrue(message.startsWith("unknown property \"{0}''\\u0007\\u202E" + "x".repeat(33)
        + "...\""), message);
    assertFalse(message.chars().anyMatch(c -> c < 0x20 || c == 0x202E), message);
    // a value is never read again as a template, whatever parameter names it holds
    String named = "{\"formatVersion\": \"2.0\", \"id\": \"d\", \"title\": \"t\","
        + " \"language\": \"en\", \"{name}{suggestion}\": 1}";
    assertEquals("unknown property \"{name}{suggestion}\"",
        single(GcmJson.standard().readJson(named)).getMessage());
  }

  @Test
  void messagesNeverShowTheParsersOwnText() {
    Problem problem = single(GcmJson.standard().readJson("{\"x-a\": tru}"
        .replace("}", "} ")));
    assertEquals("unknown word \"tru\": expected a value", problem.getMessage());
  }
}
