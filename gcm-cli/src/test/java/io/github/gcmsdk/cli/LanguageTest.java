package io.github.gcmsdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.gcmsdk.problem.Location;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Severity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --lang}: one language for every message and the command's own words. */
class LanguageTest {

  /** The part of a problem line after {@code path:line:column: severity code }. */
  private static String message(String line) {
    String[] parts = line.split(" ", 3);
    return parts.length < 3 ? line : parts[2];
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "es", "ru"})
  void everyLineOfAReportOfTheInvalidExamplesIsTranslated(String lang) {
    for (String strict : List.of("--profile=publication", "--strict")) {
      Run english = Run.gcm("validate", strict, Run.INVALID.toString());
      Run other = Run.gcm("validate", strict, "--lang", lang, Run.INVALID.toString());
      assertEquals(english.status, other.status, other.toString());
      List<String> en = english.outLines();
      List<String> tr = other.outLines();
      assertEquals(en.size(), tr.size(), other.toString());
      for (int i = 0; i < en.size(); i++) {
        assertNotEquals(message(en.get(i)), message(tr.get(i)),
            lang + " " + strict + ": " + tr.get(i));
      }
    }
  }

  /** "(at pointer)" is syntax like the severity word, for tools to parse: English always. */
  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "es", "ru"})
  void aProblemWithoutALineNamesItsPointerTheSameWayInEveryLanguage(String lang) {
    Problem problem = Problem.builder().code("GCM-V099").severity(Severity.ERROR)
        .location(Location.of("/sections/0")).message("m").build();
    assertEquals("a.json: error GCM-V099 m (at /sections/0)", ValidationPrinter.line("a.json",
        problem));
  }
}
