package io.github.gcmsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One language for the whole report: the reading problems ({@code GCM-J}) of a validator built
 * with a locale are in that locale, like its rule problems ({@code GCM-V}); an unsupported locale
 * gives English throughout.
 */
class ReportLanguageTest {

  private static final Path INVALID = Path.of("..", "examples", "data", "invalid");

  static List<Path> invalidExamples() throws IOException {
    try (Stream<Path> files = Files.list(INVALID)) {
      List<Path> list = files.filter(f -> f.toString().endsWith(".json")).sorted()
          .collect(Collectors.toList());
      assertFalse(list.isEmpty(), "examples/data/invalid holds the invalid examples");
      return list;
    }
  }

  private static Report validate(Locale locale, Path file) {
    return GcmValidator.builder().locale(locale).build().validate(file);
  }

  /** Same problems, same places; a different text for every message and every hint. */
  private static void assertTranslated(Report english, Report other, String what) {
    List<Problem> en = english.getProblems();
    List<Problem> tr = other.getProblems();
    assertFalse(en.isEmpty(), what + " has problems");
    assertEquals(en.size(), tr.size(), what);
    for (int i = 0; i < en.size(); i++) {
      Problem e = en.get(i);
      Problem t = tr.get(i);
      assertEquals(e.getCode(), t.getCode(), what);
      assertEquals(e.getLocation(), t.getLocation(), what);
      assertNotEquals(e.getMessage(), t.getMessage(), what + " " + e.getCode() + " message");
      assertTrue(t.getHint().isPresent(), what + " " + e.getCode() + " hint");
      assertNotEquals(e.getHint(), t.getHint(), what + " " + e.getCode() + " hint");
    }
  }

  @ParameterizedTest
  @MethodSource("invalidExamples")
  void aFrenchReportOfAnInvalidExampleHasNoEnglishMessageOrHint(Path file) {
    assertTranslated(validate(Locale.ENGLISH, file), validate(Locale.FRENCH, file),
        file.getFileName() + " in fr");
  }

  @ParameterizedTest
  @MethodSource("invalidExamples")
  void aSpanishOrRussianReportOfAnInvalidExampleHasNoEnglishMessageOrHint(Path file) {
    Report english = validate(Locale.ENGLISH, file);
    assertTranslated(english, validate(Locale.forLanguageTag("es-MX"), file),
        file.getFileName() + " in es-MX");
    assertTranslated(english, validate(Locale.forLanguageTag("ru"), file),
        file.getFileName() + " in ru");
  }

  @ParameterizedTest
  @MethodSource("invalidExamples")
  void aFrenchValidatorWithItsOwnStrictReaderStillReportsInFrench(Path file) {
    Report english = GcmValidator.builder().json(GcmJson.strict()).build().validate(file);
    Report french = GcmValidator.builder().locale(Locale.CANADA_FRENCH).json(GcmJson.strict())
        .build().validate(file);
    assertTranslated(english, french, file.getFileName() + " strict in fr-CA");
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "ar", "zh-Hans-CN", "en-GB"})
  void anUnsupportedLocaleGivesEnglishThroughoutWhateverTheDefaultLocale(String tag)
      throws IOException {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.FRENCH);
    try {
      for (Path file : invalidExamples()) {
        Report english = validate(Locale.ENGLISH, file);
        Report other = validate(Locale.forLanguageTag(tag), file);
        assertEquals(english.getProblems(), other.getProblems(), file.getFileName() + " in " + tag);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }
}
