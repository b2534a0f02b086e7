package io.github.gcmsdk.io;

import static io.github.gcmsdk.io.Problems.assertProblem;
import static io.github.gcmsdk.io.Problems.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Severity;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Encodings, limits, and the reader's totality: any bytes give a result. */
class EncodingAndLimitsTest {

  private final GcmJson json = GcmJson.standard();
  private static final String DOC =
      "{\"formatVersion\": \"2.0\", \"id\": \"d1\", \"title\": \"T\", \"language\": \"en\"}";

  private static byte[] withBytes(String before, int[] bad, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    for (int b : bad) {
      out.write(b);
    }
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      overlong NUL             | C0 80
      overlong slash           | E0 80 AF
      encoded surrogate        | ED A0 80
      above U+10FFFF           | F4 90 80 80
      invalid lead byte        | F5 80 80 80
      stray continuation byte  | 80
      Windows-1252 e acute     | E9
      """)
  void invalidUtf8IsALocatedError(String name, String hex) {
    String[] parts = hex.trim().split(" ");
    int[] bad = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bad[i] = Integer.parseInt(parts[i], 16);
    }
    String before = "{\"formatVersion\": \"2.0\",\n \"id\": \"ab";
    var result = json.read(withBytes(before, bad, "\", \"title\": \"T\", \"language\": \"en\"}"));
    assertProblem(single(result), ReadProblem.INVALID_UTF8, Severity.ERROR, "/id", 2, 11);
  }

  @Test
  void truncatedUtf8AtTheEndOfTheFileIsInvalid() {
    var result = json.read(withBytes("{\"x-a\": \"", new int[] {0xE2, 0x82}, ""));
    assertEquals(ReadProblem.INVALID_UTF8.getCode(), single(result).getCode());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"UTF-32BE", "UTF-32LE", "UTF-16BE", "UTF-16LE"})
  void otherUnicodeEncodingsAreNamed(String encoding) {
    var problem = single(json.read(DOC.getBytes(Charset.forName(encoding))));
    assertProblem(problem, ReadProblem.UNSUPPORTED_ENCODING, Severity.ERROR, "", 1, 1);
    assertEquals("the file is " + encoding + "; save it as UTF-8", problem.getMessage());
  }

  @Test
  void byteOrderMarkInATextIsInformationToo() {
    var result = json.readJson("\uFEFF" + DOC);
    assertEquals(ReadProblem.BYTE_ORDER_MARK.getCode(), single(result).getCode());
    assertTrue(result.isValid());
  }

  @Test
  void textInputCountsItsSizeInCharacters() {
    GcmJson small = GcmJson.builder().limits(ReadLimits.defaults().withMaxDocumentSize(20))
        .build();
    var problem = single(small.readJson(DOC));
    assertEquals("the document is longer than the limit of 20 characters", problem.getMessage());
    assertEquals(21, problem.getLocation().getColumn().getAsInt());
  }

  @Test
  void nestingFarBeyondEveryLimitIsALocatedErrorNotAStackOverflow() {
    String deep = "{\"formatVersion\": \"2.0\", \"x-deep\": " + "[".repeat(100_000);
    var result = json.readJson(deep);
    var problem = single(result);
    assertEquals(ReadProblem.NESTING_TOO_DEEP.getCode(), problem.getCode(),
        Problems.describe(result.getReport().getProblems()));
    assertEquals("/x-deep/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0"
        + "/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0",
        problem.getLocation().getPointer());
  }

  @Test
  void limitsAreChecked() {
    assertThrows(IllegalArgumentException.class,
        () -> ReadLimits.defaults().withMaxNestingDepth(0));
    assertThrows(IllegalArgumentException.class,
        () -> ReadLimits.defaults().withMaxNestingDepth(ReadLimits.MAX_NESTING_DEPTH + 1));
    assertThrows(IllegalArgumentException.class,
        () -> ReadLimits.defaults().withMaxDocumentSize(0));
    assertEquals(64, ReadLimits.defaults().getMaxNestingDepth());
    assertEquals(50L * 1024 * 1024, ReadLimits.defaults().getMaxDocumentSize());
    assertEquals(ReadLimits.defaults(), ReadLimits.defaults().withMaxStringLength(1_000_000));
  }

  // Any bytes give a result, never an exception: see TotalityPropertyTest (gcm-testkit
  // ByteMutations of generated files, three readers, with a timeout per case).

  @Test
  void ioFailuresOfFilesAreUncheckedIoExceptions() {
    assertThrows(UncheckedIOException.class,
        () -> json.read(Path.of("does", "not", "exist.json")));
    assertThrows(NullPointerException.class, () -> json.readJson((String) null));
  }
}
