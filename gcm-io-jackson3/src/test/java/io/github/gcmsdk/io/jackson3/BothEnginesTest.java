package io.github.gcmsdk.io.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.io.CollectionFormat;
import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.testkit.ByteMutations;
import io.github.gcmsdk.testkit.Gen;
import io.github.gcmsdk.testkit.GcmGenerators;
import io.github.gcmsdk.testkit.Properties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Jackson 2 and Jackson 3 behind the same binder give the same results: the same documents, the
 * same problems (code, severity, pointer, line, column, message) and the same canonical bytes, on
 * the bundled files, on generated documents and on broken bytes.
 */
class BothEnginesTest {

  private static final GcmJson JACKSON_2 = GcmJson.builder().jacksonMajorVersion(2).build();
  private static final GcmJson JACKSON_3 = GcmJson.builder().jacksonMajorVersion(3).build();

  @Test
  void gcmJsonPrefersJackson3WhenThisModuleIsPresent() {
    assertTrue(GcmJson.standard().getJacksonVersion().startsWith("3."),
        GcmJson.standard().getJacksonVersion());
    assertTrue(JACKSON_3.getJacksonVersion().startsWith("3."), JACKSON_3.getJacksonVersion());
    assertTrue(JACKSON_2.getJacksonVersion().startsWith("2."), JACKSON_2.getJacksonVersion());
    assertTrue(JACKSON_3.toString().contains("jackson=3."), JACKSON_3.toString());
  }

  static Stream<Path> bundledFiles() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("..", "examples", "data"))) {
      List<Path> json = files.filter(p -> p.toString().endsWith(".json")).sorted()
          .collect(Collectors.toList());
      assertTrue(json.size() >= 12, "the examples and the invalid files: " + json);
      return json.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("bundledFiles")
  void bothEnginesReadEachBundledFileAlike(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    assertSame(JACKSON_2.read(bytes), JACKSON_3.read(bytes), file + " from bytes");
    assertSame(JACKSON_2.read(new ByteArrayInputStream(bytes)),
        JACKSON_3.read(new ByteArrayInputStream(bytes)), file + " from a stream");
  }

  /**
   * Jackson 3.1 keeps half of a surrogate pair escaped in a member name, which Jackson 2 and 3.3
   * refuse: gcm refuses it on every version, at the same place (CI runs this on 3.1.4).
   */
  @ParameterizedTest
  @ValueSource(strings = {"\\uD800", "x-a\\uDC00", "\\uD800a", "a\\uD83D\\uDE00\\uDC00",
      "\\u0041\\uD800", "\\\"\\uDBFF\\n", "x-\\uD800\\uD800"})
  void bothEnginesRefuseHalfASurrogatePairInANameAtTheSamePlace(String name) {
    String text = "{\"formatVersion\": \"2.0\", \"id\": \"d\", \"title\": \"t\",\n  \""
        + name + "\": 1}";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ReadResult<StakeholderInput> two = JACKSON_2.read(bytes);
    assertEquals("GCM-J001", two.getReport().getProblems().get(0).getCode(), name);
    assertTrue(two.getReport().getProblems().get(0).getMessage().contains("surrogate"), name);
    assertSame(two, JACKSON_3.read(bytes), name);
    assertSame(JACKSON_2.readJson(text), JACKSON_3.readJson(text), name);
  }

  @Test
  void bothEnginesAgreeOnGeneratedDocuments() {
    Gen<StakeholderInput> documents = Gen.oneOf(GcmGenerators.anyDocuments(),
        GcmGenerators.anyDocuments(true), GcmGenerators.faultyDocuments());
    Properties.forAll(documents, 300, document -> {
      byte[] bytes = JACKSON_2.toCanonicalBytes(document);
      assertEquals(new String(bytes, StandardCharsets.UTF_8),
          new String(JACKSON_3.toCanonicalBytes(document), StandardCharsets.UTF_8),
          "the canonical form");
      assertSame(JACKSON_2.read(bytes), JACKSON_3.read(bytes), "read back");
    });
  }

  @Test
  void bothEnginesAgreeOnBrokenBytes() {
    Gen<Bytes> broken = ByteMutations.of(
        GcmGenerators.anyDocuments().map(JACKSON_2::toCanonicalBytes)).map(Bytes::new);
    Properties.forAll(broken, 1000, shown -> {
      byte[] bytes = shown.value();
      assertSame(JACKSON_2.read(bytes), JACKSON_3.read(bytes), "from bytes");
      assertSame(JACKSON_2.read(new ByteArrayInputStream(bytes)),
          JACKSON_3.read(new ByteArrayInputStream(bytes)), "from a stream");
    });
  }

  @Test
  void bothEnginesWriteAndReadCollectionsAlike() {
    Properties.forAll(GcmGenerators.anyDocuments().list(0, 4), 100, documents -> {
      for (CollectionFormat format : CollectionFormat.values()) {
        ByteArrayOutputStream two = new ByteArrayOutputStream();
        JACKSON_2.writeCollection(documents, two, format);
        ByteArrayOutputStream three = new ByteArrayOutputStream();
        JACKSON_3.writeCollection(documents, three, format);
        assertEquals(two.toString(StandardCharsets.UTF_8), three.toString(StandardCharsets.UTF_8),
            format.toString());
        List<ReadResult<StakeholderInput>> readTwo = read(JACKSON_2, two.toByteArray());
        List<ReadResult<StakeholderInput>> readThree = read(JACKSON_3, two.toByteArray());
        assertEquals(readTwo.size(), readThree.size(), format + ": documents");
        for (int i = 0; i < readTwo.size(); i++) {
          assertSame(readTwo.get(i), readThree.get(i), format + " #" + i);
        }
      }
    });
  }

  /** Bytes shown as text with escapes, for a failure's report. */
  private record Bytes(byte[] value) {
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      for (byte b : value) {
        int c = b & 0xFF;
        text.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\x%02X", c));
      }
      return text.toString();
    }
  }

  private static List<ReadResult<StakeholderInput>> read(GcmJson json, byte[] bytes) {
    try (Stream<ReadResult<StakeholderInput>> results =
        json.readCollection(new ByteArrayInputStream(bytes))) {
      return results.collect(Collectors.toList());
    }
  }

  private static void assertSame(ReadResult<StakeholderInput> two,
      ReadResult<StakeholderInput> three, String what) {
    assertEquals(two.getReport().getProblems(), three.getReport().getProblems(),
        what + ": problems");
    assertEquals(two.getDocument(), three.getDocument(), what + ": document");
  }
}
