package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.StakeholderInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bugs of the main sources found by the property and hostile-input tests, pinned as tests and
 * disabled until they are fixed (test code may not change main sources). When a bug is fixed,
 * enable its test.
 */
class BugsFoundTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1e9999999999", "-0.5e-99999999999", "1E+2147483648"})
  void numberWithAnExponentBeyondAnIntIsOneLocatedProblemNotAnException(String number) {
    String head = "{\"formatVersion\":\"2.0\",\"id\":\"d\",\"title\":\"t\",\"language\":\"en\",";
    for (String json : new String[] {head + "\"x-n\":" + number + "}",
        head + "\"figures\":[{\"id\":\"f\",\"value\":" + number
            + ",\"unit\":\"u\",\"description\":\"d\"}]}"}) {
      ReadResult<StakeholderInput> result = GcmJson.standard().readJson(json);
      assertFalse(result.isValid(), json);
      assertEquals(1, result.getReport().getProblems().size(), json);
    }
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(ints = {0x1B, 0x07, 0x01, 0x1F})
  void rawControlCharacterInAStringIsNamedInTheMessage(int character) {
    String json = "{\"formatVersion\":\"2.0\",\"id\":\"d\",\"title\":\"t\",\"language\":\"en\","
        + "\"x-a\":\"a" + (char) character + "b\"}";
    ReadResult<StakeholderInput> result = GcmJson.standard().readJson(json);
    String message = result.getReport().getProblems().get(0).getMessage();
    assertEquals("the control character " + String.format("U+%04X", character)
        + " must be escaped inside a string", message);
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(ints = {0x1B, 0x07, 0x01, 0x1F})
  void rawControlCharacterBetweenValuesIsNamedInTheMessage(int character) {
    String json = "{\"formatVersion\":\"2.0\",\"id\":\"d\",\"title\":\"t\",\"language\":\"en\","
        + (char) character + "\"x-a\":1}";
    ReadResult<StakeholderInput> result = GcmJson.standard().readJson(json);
    String message = result.getReport().getProblems().get(0).getMessage();
    assertEquals("the control character " + String.format("U+%04X", character)
        + " is not allowed here", message);
  }

  @org.junit.jupiter.api.Test
  void aFileWithinTheSizeLimitIsReadInMemoryProportionalToIt() {
    // 50 MB of zeros, within every limit: 25 million values.
    StringBuilder json = new StringBuilder(52_000_000).append(
        "{\"formatVersion\":\"2.0\",\"id\":\"d\",\"title\":\"t\",\"language\":\"en\",\"x-list\":[0");
    while (json.length() < 50_000_000) {
      json.append(",0");
    }
    json.append("]}");
    String text = json.toString();
    json = null;
    long before = usedAfterGc();
    ReadResult<StakeholderInput> result = GcmJson.standard().readJson(text);
    long retained = usedAfterGc() - before;
    assertEquals(java.util.List.of(), result.getReport().getProblems());
    // Each zero costs a reference in the built list, and at most MAX_POSITIONS are located:
    // a few bytes per input byte, where it was gigabytes (about 60 per byte).
    assertTrue(retained < 8L * text.length(), "retained " + retained / 1_000_000 + " MB");
    assertEquals(1, result.locate("/x-list/24999999").getLine().getAsInt());
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
