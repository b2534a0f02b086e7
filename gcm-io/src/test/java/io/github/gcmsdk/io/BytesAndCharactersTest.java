package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Bytes in memory are parsed by Jackson's byte parser and located from byte offsets; characters
 * by its character parser. Both must give the same problems at the same line and column, and the
 * same locations, whatever the characters before them (2, 3 and 4 bytes in UTF-8) and the line
 * ends (LF, CR LF, CR), in a document and in a JSON Lines record.
 */
class BytesAndCharactersTest {

  private final GcmJson json = GcmJson.standard();

  /** Problems of binding (not of the input) after non-ASCII text, on lines ended three ways. */
  private static final String TEXT = "{\"formatVersion\":\"2.0\",\r\n"
      + "\"id\":\"d\", \"title\":\"\u00e9t\u00e9 \u20ac \ud83d\ude00\",\r"
      + "\"language\":\"en\",\n"
      + "\"sections\":[{\"id\":\"s\u00e9\",\"heading\":\"\ud83d\ude00\u20ac\", \"bogus\":1,"
      + " \"findings\":[{\"id\":\"f\",\"text\":\"\u00e9\",\"countries\":[\"ZZ\"]}]}],\r\n"
      + "  \"titel\": \"\u00e9\", \"date\": 5}";

  private static List<String> described(List<Problem> problems) {
    return problems.stream()
        .map(p -> p.getCode() + " " + p.getLocation().describe())
        .collect(Collectors.toList());
  }

  @Test
  void problemsAndLocationsFromBytesAreThoseFromCharacters() {
    ReadResult<StakeholderInput> fromBytes = json.read(TEXT.getBytes(StandardCharsets.UTF_8));
    ReadResult<StakeholderInput> fromChars = json.read(new StringReader(TEXT));
    List<String> problems = described(fromBytes.getReport().getProblems());
    assertFalse(problems.isEmpty());
    assertEquals(described(fromChars.getReport().getProblems()), problems);
    for (String pointer : List.of("", "/title", "/language", "/sections/0/heading",
        "/sections/0/findings/0/text", "/sections/0/findings/0/countries/0", "/date")) {
      assertEquals(fromChars.locate(pointer), fromBytes.locate(pointer), pointer);
    }
  }

  @Test
  void illFormedUtf8ThatAnOlderByteParserAcceptsIsReportedFromBytesAsFromAStream() {
    byte[][] sequences = {
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
        {(byte) 0xC0, (byte) 0x80}, // overlong NUL
        {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong, 3 bytes
        {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF}, // overlong, 4 bytes
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}}; // past U+10FFFF
    for (byte[] sequence : sequences) {
      byte[] head = "{\"formatVersion\":\"2.0\",\n\"id\":\"d\",\"title\":\"\u00e9".getBytes(
          StandardCharsets.UTF_8);
      byte[] tail = "\",\"language\":\"en\"}".getBytes(StandardCharsets.UTF_8);
      byte[] bytes = new byte[head.length + sequence.length + tail.length];
      System.arraycopy(head, 0, bytes, 0, head.length);
      System.arraycopy(sequence, 0, bytes, head.length, sequence.length);
      System.arraycopy(tail, 0, bytes, head.length + sequence.length, tail.length);
      List<String> fromBytes = described(json.read(bytes).getReport().getProblems());
      assertEquals(1, fromBytes.size(), fromBytes::toString);
      assertTrue(fromBytes.get(0).startsWith(ReadProblem.INVALID_UTF8.getCode() + " 2:"),
          fromBytes::toString);
      assertEquals(described(json.read(new ByteArrayInputStream(bytes)).getReport().getProblems()),
          fromBytes);
    }
  }

  @Test
  void aJsonLinesRecordIsLocatedOnItsLineAsTheSameTextReadAlone() {
    String line = TEXT.replace("\r\n", " ").replace("\r", " ").replace("\n", " ");
    String lines = "\n" + line + "\n";
    ReadResult<StakeholderInput> record = json.readCollection(
        new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
        CollectionFormat.JSON_LINES).findFirst().orElseThrow();
    ReadResult<StakeholderInput> alone = json.read(new StringReader(line));
    List<String> expected = described(alone.getReport().getProblems()).stream()
        .map(p -> p.replace(" 1:", " 2:")) // the record is on line 2
        .collect(Collectors.toList());
    assertEquals(expected, described(record.getReport().getProblems()));
    assertEquals(alone.locate("/sections/0/findings/0/text").getColumn(),
        record.locate("/sections/0/findings/0/text").getColumn());
  }

  /**
   * Jackson's byte parser guesses UTF-16 or UTF-32 from zero bytes or a byte order mark at the
   * start; gcm reads UTF-8 only, so such a record must get the problems the character path gives,
   * never an error of the reader's own (found by TotalityPropertyTest: {@code \0\0 3 \0 6}) nor
   * a silent reading as UTF-16.
   */
  @Test
  void aRecordJacksonWouldTakeForUtf16Or32IsReadAsUtf8() {
    byte[][] records = {
        {0, 0, '3', 0, '6'}, // Jackson: UTF-32, then fails on its own
        {0, '{', 0, '}'}, // "{}" in UTF-16BE
        {'{', 0, '}', 0}, // "{}" in UTF-16LE
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'}}; // a UTF-8 byte order mark mid-file
    for (byte[] record : records) {
      byte[] lines = new byte[record.length + 4]; // {}, then the record on line 2
      lines[0] = '{';
      lines[1] = '}';
      lines[2] = '\n';
      System.arraycopy(record, 0, lines, 3, record.length);
      lines[lines.length - 1] = '\n';
      List<ReadResult<StakeholderInput>> results = json.readCollection(
          new ByteArrayInputStream(lines), CollectionFormat.JSON_LINES)
          .collect(Collectors.toList());
      assertEquals(2, results.size());
      List<String> problems = described(results.get(1).getReport().getProblems());
      assertFalse(problems.isEmpty(), () -> java.util.Arrays.toString(record));
      assertTrue(problems.stream().anyMatch(p -> p.contains(" 2:")), problems::toString);
    }
  }
}
