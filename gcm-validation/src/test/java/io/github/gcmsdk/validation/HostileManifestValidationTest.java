package io.github.gcmsdk.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gcmsdk.io.HostileManifest;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Report;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks gcm-io's hostile-input manifest ({@code gcm-io/src/test/resources/hostile/manifest.json})
 * through {@link GcmValidator#validate(byte[])}: each entry ends in a {@link Report} within its
 * time, holding the reading codes ({@code codes}) and the rule codes ({@code validationCodes}) it
 * names, with messages that echo only a bounded, escaped excerpt of the input, in every language.
 */
class HostileManifestValidationTest {

  private static final List<GcmValidator> VALIDATORS = List.of(GcmValidator.standard(),
      GcmValidator.builder().profile(Profile.DRAFT).locale(Locale.forLanguageTag("ru")).build(),
      GcmValidator.builder().locale(Locale.FRENCH).build());

  static Stream<Arguments> entries() throws IOException {
    JsonNode manifest = HostileManifest.manifest();
    List<Arguments> out = new ArrayList<>();
    manifest.get("entries").forEach(e -> out.add(Arguments.of(e.get("name").asText(), e)));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void entryEndsInAReportWithItsCodesAndSafeMessages(String name, JsonNode entry) {
    if (entry.hasNonNull("bug")) {
      Assumptions.abort("known bug, see gcm-io BugsFoundTest: " + entry.get("bug").asText());
    }
    Duration timeout = Duration.ofSeconds(entry.path("timeoutSeconds").asInt(30) * 2L);
    // Big inputs (the entries with a timeout of their own) go through one validator only: gcm-io
    // reads them again in a 256 MB heap; the other entries through all three.
    List<GcmValidator> validators = entry.has("timeoutSeconds") ? VALIDATORS.subList(0, 1)
        : VALIDATORS;
    List<Report> reports = assertTimeoutPreemptively(timeout, () -> {
      byte[] bytes = HostileManifest.bytes(entry);
      try {
        return validators.stream().map(v -> v.validate(bytes)).collect(Collectors.toList());
      } catch (Throwable e) {
        throw new AssertionError(name + ": validate threw " + e, e);
      }
    }, () -> name + ": no report within " + timeout);
    Set<String> expected = new TreeSet<>();
    entry.path("codes").forEach(c -> expected.add(c.asText()));
    entry.path("validationCodes").forEach(c -> expected.add(c.asText()));
    Report report = reports.get(0);
    Set<String> codes = report.getProblems().stream().map(Problem::getCode)
        .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(codes.containsAll(expected), () -> name + ": expected " + expected + ", got "
        + report.getProblems().stream().map(p -> p.getCode() + " " + p.getMessage())
            .collect(Collectors.toList()));
    if (entry.has("validationCodes")) {
      assertFalse(report.isValid(), name + ": the rules make it invalid");
    }
    for (Report r : reports) {
      for (Problem p : r.getProblems()) {
        assertFalse(p.getCode().equals("GCM-V000"), name + ": a check crashed: " + p);
        assertSafe(name, p.getMessage(), p);
        p.getHint().ifPresent(h -> assertSafe(name, h, p));
      }
    }
  }

  private static void assertSafe(String name, String text, Problem p) {
    assertTrue(text.length() <= 600, () -> name + ": " + p.getCode() + " message of "
        + text.length() + " characters");
    text.codePoints().forEach(c -> assertTrue(!Character.isISOControl(c)
            && !(c >= 0xD800 && c <= 0xDFFF) && !(c >= 0x202A && c <= 0x202E)
            && !(c >= 0x2066 && c <= 0x2069),
        () -> name + ": " + p.getCode() + " echoes the raw character U+"
            + String.format("%04X", c) + ": " + text.replaceAll("\\p{Cc}|\\p{Cs}", "<?>")));
  }

}
