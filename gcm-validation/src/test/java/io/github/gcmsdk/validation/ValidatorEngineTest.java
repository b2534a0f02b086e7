package io.github.gcmsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.problem.Report;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The suite runs twice (pom: the default execution, and on-jackson3 with gcm-io-jackson3 on the
 * class path): this test makes sure each run reads with the Jackson it is meant to.
 */
class ValidatorEngineTest {

  private static final Path DATA = Path.of("..", "examples", "data");

  @Test
  void theValidatorReadsFilesWithTheJacksonOfThisRun() {
    String expected = System.getProperty("gcm.expected.jackson", "2");
    String version = GcmJson.builder().build().getJacksonVersion();
    assertTrue(version.startsWith(expected + "."), "expected Jackson " + expected + ", ran "
        + version);
    Report valid =
        GcmValidator.standard().validate(DATA.resolve("unece-2020-stakeholder-input.json"));
    assertTrue(valid.isValid(), valid.toString());
    Report missingId = GcmValidator.standard().validate(DATA.resolve("invalid/missing-id.json"));
    assertEquals("GCM-J012", missingId.getProblems().get(0).getCode());
    assertEquals(31, missingId.getProblems().get(0).getLocation().getLine().getAsInt());
  }
}
