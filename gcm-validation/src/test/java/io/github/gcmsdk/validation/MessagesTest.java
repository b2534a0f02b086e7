package io.github.gcmsdk.validation;

import static io.github.gcmsdk.validation.Documents.document;
import static io.github.gcmsdk.validation.Documents.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.Finding;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Report;
import io.github.gcmsdk.testkit.DocumentGenerator;
import io.github.gcmsdk.testkit.GcmGenerators;
import io.github.gcmsdk.testkit.Invalidity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Messages in English, French, Spanish and Russian: complete, distinct, safe. */
class MessagesTest {

  private static final Path RESOURCES = Path.of("src", "main", "resources");
  private static final List<String> BUNDLES = List.of(
      "ContributorValidationMessages", "io/github/gcmsdk/validation/Messages");
  private static final List<String> TRANSLATIONS = List.of("fr", "es", "ru");

  /** A blank finding, a control character, a duplicate id and a dangling figure id. */
  private static final StakeholderInput BROKEN = document(
      section("s1", "Objective 1", 1)
          .addFinding(Finding.of(" "))
          .addFinding(Finding.builder().text("bell\u0007").addFigureId("fig-x").build())
          .build(),
      section("s1", "Objective 2", 2).addFinding(Finding.of("t")).build())
      .build();

  private static Properties load(String bundle, String language) throws IOException {
    Path file = RESOURCES.resolve(bundle + (language.isEmpty() ? "" : "_" + language)
        + ".properties");
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  @Test
  void everyTranslationHasExactlyTheKeysOfEnglish() throws IOException {
    for (String bundle : BUNDLES) {
      Set<String> english = load(bundle, "").stringPropertyNames();
      for (String language : TRANSLATIONS) {
        Set<String> translated = load(bundle, language).stringPropertyNames();
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(translated);
        Set<String> extra = new TreeSet<>(translated);
        extra.removeAll(english);
        assertEquals(Set.of(), missing, bundle + "_" + language + " lacks keys");
        assertEquals(Set.of(), extra, bundle + "_" + language + " has keys English lacks");
      }
    }
  }

  @Test
  void everyRuleHasAHintAndEveryDocumentRuleAMessageInEnglish() throws IOException {
    Properties rules = load(BUNDLES.get(1), "");
    Set<String> expected = new TreeSet<>(Set.of("collection.hint"));
    Properties constraints = load(BUNDLES.get(0), "");
    for (ValidationRule rule : ValidationRule.values()) {
      expected.add(rule.getCode() + ".hint");
      if (!rule.isConstraintRule()) {
        // one message for GcmValidator and for @PassesDocumentRules in a plain Validator
        assertNotNull(constraints.getProperty(
            "io.github.gcmsdk.model.constraints.PassesDocumentRules." + rule.getCode()), rule.name());
      }
    }
    assertEquals(expected, new TreeSet<>(rules.stringPropertyNames()));
    for (String name : List.of("Identifier", "Text", "LanguageTag", "Url", "EndNotBeforeStart",
        "PassesDocumentRules")) {
      assertNotNull(constraints.getProperty("io.github.gcmsdk.model.constraints." + name
          + ".message"), name);
    }
  }

  @Test
  void everyTranslatedTextDiffersFromEnglishAndKeepsItsParameters() throws IOException {
    for (String bundle : BUNDLES) {
      Properties english = load(bundle, "");
      for (String language : TRANSLATIONS) {
        Properties translated = load(bundle, language);
        for (String key : english.stringPropertyNames()) {
          String en = english.getProperty(key);
          String tr = translated.getProperty(key);
          assertNotEquals(en, tr, bundle + "_" + language + " " + key + " is not translated");
          assertEquals(parameters(en), parameters(tr), bundle + "_" + language + " " + key);
        }
      }
    }
  }

  @Test
  void templatesUseNamedParametersOnlyNeverMessageFormat() throws IOException {
    java.util.regex.Pattern braces = java.util.regex.Pattern.compile("\\{[^}]*}?");
    for (String bundle : BUNDLES) {
      for (String language : List.of("", "fr", "es", "ru")) {
        Properties properties = load(bundle, language);
        for (String key : properties.stringPropertyNames()) {
          String template = properties.getProperty(key);
          java.util.regex.Matcher m = braces.matcher(template);
          while (m.find()) {
            // {0} or {0,choice,...} would be shown raw by MessageTemplate and Hibernate Validator
            assertTrue(m.group().matches("\\{[a-zA-Z]+}"),
                bundle + "_" + language + " " + key + ": " + m.group());
          }
          assertFalse(template.contains("''"), bundle + "_" + language + " " + key);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Invalidity.class)
  void everyParameterOfARuleMessageIsSuppliedInEveryLanguage(Invalidity rule) throws IOException {
    Set<String> names = new TreeSet<>();
    for (String bundle : BUNDLES) {
      Properties english = load(bundle, "");
      english.stringPropertyNames()
          .forEach(key -> names.addAll(parameters(english.getProperty(key))));
    }
    for (String tag : List.of("en", "fr", "es", "ru")) {
      GcmValidator validator = GcmValidator.builder().locale(Locale.forLanguageTag(tag)).build();
      io.github.gcmsdk.testkit.Properties.forAll(GcmGenerators.documents(
          DocumentGenerator.Settings.defaults().withInvalidity(rule)).annotated(), 5,
          90L + rule.ordinal(), generated -> {
            for (Problem problem : validator.validate(generated.getDocument()).getProblems()) {
              // partner text is escaped ({ as \u007B): a brace here comes from the template
              for (String text : List.of(problem.getMessage(), problem.getHint().orElse(""))) {
                Set<String> left = parameters(text);
                left.retainAll(names);
                assertEquals(Set.of(), left, tag + " " + problem.getCode() + ": " + text);
                assertFalse(text.contains("''"), tag + " " + problem.getCode() + ": " + text);
              }
            }
          });
    }
  }

  private static Set<String> parameters(String template) {
    Set<String> names = new TreeSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([a-zA-Z]+)\\}")
        .matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static Map<String, Problem> byCode(Locale locale) {
    Report report = GcmValidator.builder().locale(locale).build().validate(BROKEN);
    return report.getProblems().stream()
        .collect(Collectors.toMap(Problem::getCode, p -> p, (a, b) -> a));
  }

  @Test
  void englishMessagesAndHints() {
    Map<String, Problem> en = byCode(Locale.ENGLISH);
    assertEquals("must not be blank", en.get("GCM-V001").getMessage());
    assertEquals("contains the control character U+0007 at position 5",
        en.get("GCM-V002").getMessage());
    assertEquals("the id \"s1\" is already used at /sections/0/id",
        en.get("GCM-V009").getMessage());
    assertEquals("no figure of the document has the id \"fig-x\"", en.get("GCM-V010").getMessage());
    assertEquals("Add the figure to the document, or correct the id.",
        en.get("GCM-V010").getHint().orElseThrow());
  }

  @Test
  void frenchMessagesAndHints() {
    Map<String, Problem> fr = byCode(Locale.FRENCH);
    assertEquals("ne doit pas être vide", fr.get("GCM-V001").getMessage());
    assertEquals("contient le caractère de contrôle U+0007 à la position 5",
        fr.get("GCM-V002").getMessage());
    assertEquals("l'identifiant « s1 » est déjà utilisé en /sections/0/id",
        fr.get("GCM-V009").getMessage());
    assertEquals("Ajoutez le chiffre au document, ou corrigez l'identifiant.",
        fr.get("GCM-V010").getHint().orElseThrow());
  }

  @Test
  void spanishMessagesAndHints() {
    Map<String, Problem> es = byCode(Locale.forLanguageTag("es-419"));
    assertEquals("no debe estar vacío", es.get("GCM-V001").getMessage());
    assertEquals("contiene el carácter de control U+0007 en la posición 5",
        es.get("GCM-V002").getMessage());
    assertEquals("el identificador \"s1\" ya se usa en /sections/0/id",
        es.get("GCM-V009").getMessage());
    assertEquals("Añada la cifra al documento o corrija el identificador.",
        es.get("GCM-V010").getHint().orElseThrow());
  }

  @Test
  void russianMessagesAndHints() {
    Map<String, Problem> ru = byCode(Locale.forLanguageTag("ru-RU"));
    assertEquals("не должен быть пустым", ru.get("GCM-V001").getMessage());
    assertEquals("содержит управляющий символ U+0007 в позиции 5",
        ru.get("GCM-V002").getMessage());
    assertEquals("идентификатор «s1» уже используется в /sections/0/id",
        ru.get("GCM-V009").getMessage());
    assertEquals("Добавьте показатель в документ или исправьте идентификатор.",
        ru.get("GCM-V010").getHint().orElseThrow());
  }

  @Test
  void theFourLanguagesGiveFourDifferentReportsWithTheSameCodesAndLocations() {
    List<Locale> locales = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"),
        Locale.forLanguageTag("ru"));
    List<Report> reports = locales.stream()
        .map(l -> GcmValidator.builder().locale(l).build().validate(BROKEN))
        .collect(Collectors.toList());
    for (int i = 1; i < reports.size(); i++) {
      List<Problem> en = reports.get(0).getProblems();
      List<Problem> other = reports.get(i).getProblems();
      assertEquals(en.size(), other.size());
      for (int k = 0; k < en.size(); k++) {
        assertEquals(en.get(k).getCode(), other.get(k).getCode());
        assertEquals(en.get(k).getLocation(), other.get(k).getLocation());
        assertEquals(en.get(k).getSeverity(), other.get(k).getSeverity());
        assertNotEquals(en.get(k).getMessage(), other.get(k).getMessage(), locales.get(i) + "");
        assertNotEquals(en.get(k).getHint(), other.get(k).getHint(), locales.get(i) + "");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "zh", "ar", "en-GB", "und"})
  void anyOtherLanguageFallsBackToEnglishWhateverTheDefaultLocale(String tag) {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.FRENCH);
    try {
      Map<String, Problem> other = byCode(Locale.forLanguageTag(tag));
      assertEquals("must not be blank", other.get("GCM-V001").getMessage());
      assertEquals("Add the figure to the document, or correct the id.",
          other.get("GCM-V010").getHint().orElseThrow());
      assertEquals("Remove the repeated entry.", ValidationRule.DUPLICATE_LIST_ENTRY.getHint(
          Locale.forLanguageTag(tag)));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void partnerTextInAMessageIsBoundedEscapedAndNeverEvaluated() {
    String hostile = "${''.getClass()}{max}#{1+1}\\{x}\u202E" + "z".repeat(500);
    StakeholderInput doc = document(section(hostile, "Heading", 1)
        .addFinding(Finding.builder().text("t").addFigureId(hostile).build())
        .build()).build();
    for (Problem p : GcmValidator.standard().validate(doc).getProblems()) {
      String message = p.getMessage();
      assertTrue(message.length() < 400, message);
      assertFalse(message.contains("class java"), message);
      assertFalse(message.contains("${"), message);
      assertFalse(message.contains("#{"), message);
      assertFalse(message.contains("{max}"), message);
      assertFalse(message.contains("\u202E"), message);
      assertTrue(message.contains("$\\u007B''.getClass()\\u007D"), message);
    }
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      for (ConstraintViolation<StakeholderInput> v : factory.getValidator().validate(doc)) {
        assertFalse(v.getMessage().contains("class java"), "EL never sees partner data");
        assertTrue(v.getMessage().contains("$\\u007B"), v.getMessage());
      }
    }
  }

  @Test
  void anApplicationsOwnValidationMessagesDoNotHideTheLibrarysMessages() {
    assertNotNull(getClass().getClassLoader().getResource("ValidationMessages.properties"),
        "the test classpath has an application bundle");
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.ROOT);
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Set<String> messages = factory.getValidator().validate(BROKEN).stream()
          .map(ConstraintViolation::getMessage).collect(Collectors.toSet());
      assertEquals(Set.of("must not be blank",
          "contains the control character U+0007 at position 5",
          "the id \"s1\" is already used at /sections/0/id",
          "no figure of the document has the id \"fig-x\""), messages);
    } finally {
      Locale.setDefault(saved);
    }
  }
}
