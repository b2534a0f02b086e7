package io.github.gcmsdk.io;

import static io.github.gcmsdk.io.Problems.assertProblem;
import static io.github.gcmsdk.io.Problems.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Collections: JSON arrays and JSON Lines, read lazily, each document on its own. */
class CollectionTest {

  private final GcmJson json = GcmJson.standard();

  private static String line(String id) {
    return "{\"formatVersion\": \"2.0\", \"id\": \"" + id
        + "\", \"title\": \"T\", \"language\": \"en\"}";
  }

  private List<ReadResult<StakeholderInput>> read(String text) {
    try (Stream<ReadResult<StakeholderInput>> stream =
        json.readCollection(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      return stream.collect(Collectors.toList());
    }
  }

  @Test
  void jsonArrayDocumentsHavePointersFromTheirRootAndLinesOfTheFile() {
    String text = "[\n" + line("a") + ",\n" + line("b").replace("\"T\"", "7") + ",\n"
        + line("c") + "\n]\n";
    List<ReadResult<StakeholderInput>> results = read(text);
    assertEquals(3, results.size());
    assertTrue(results.get(0).isValid());
    assertProblem(single(results.get(1)), ReadProblem.WRONG_TYPE, Severity.ERROR, "/title", 3,
        text.split("\n")[2].indexOf("7") + 1);
    assertEquals(1, results.get(1).getIndex().orElseThrow());
    assertEquals(3, results.get(1).getLine());
    assertEquals("c", results.get(2).getDocument().orElseThrow().getId());
  }

  @Test
  void aBadLineInTheMiddleOfJsonLinesDoesNotStopTheRest() {
    String text = line("a") + "\n" + line("b") + "\n{\"formatVersion\": \"2.0\", \"id\": \n\n"
        + line("d") + "\r\n" + line("e").replace("\"en\"", "[]") + "\n";
    List<ReadResult<StakeholderInput>> results = read(text);
    assertEquals(5, results.size());
    assertTrue(results.get(0).isValid());
    assertTrue(results.get(1).isValid());
    ReadResult<StakeholderInput> broken = results.get(2);
    assertProblem(single(broken), ReadProblem.SYNTAX_ERROR, Severity.ERROR, "", 3, 32);
    assertEquals("the line ends before its JSON is complete",
        single(broken).getMessage());
    assertEquals(3, broken.getLine());
    assertEquals(2, broken.getIndex().orElseThrow());
    assertEquals("d", results.get(3).getDocument().orElseThrow().getId());
    assertEquals(5, results.get(3).getLine(), "the blank line is skipped, not counted as a record");
    assertProblem(single(results.get(4)), ReadProblem.WRONG_TYPE, Severity.ERROR, "/language", 6,
        line("e").indexOf("\"en\"") + 1);
  }

  @Test
  void readingTheFirstDocumentOfAHugeStreamReadsOnlyItsStart() {
    for (String layout : List.of("lines", "array")) {
      CountingStream in = new CountingStream(layout);
      try (Stream<ReadResult<StakeholderInput>> stream = json.readCollection(in)) {
        Iterator<ReadResult<StakeholderInput>> documents = stream.iterator();
        assertEquals("doc-0", documents.next().getDocument().orElseThrow().getId());
        assertEquals("doc-1", documents.next().getDocument().orElseThrow().getId());
      }
      assertTrue(in.served < 1_000_000, layout + " read " + in.served + " bytes");
    }
  }

  @Test
  void layoutIsDetectedFromTheContent() {
    assertEquals(2, read("[" + line("a") + ", " + line("b") + "]").size());
    assertEquals(2, read(line("a") + "\n" + line("b")).size());
    List<ReadResult<StakeholderInput>> single = read(json.write(
        json.readJson(line("a")).getDocument().orElseThrow()));
    assertEquals(1, single.size(), "a pretty-printed document is a collection of one");
    assertTrue(single.get(0).isValid());
    assertEquals(0, read("  \n\n ").size(), "white space alone holds no documents");
  }

  @Test
  void aFileNamedJsonlIsJsonLinesEvenIfItsFirstLineIsBroken(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("inputs.jsonl");
    Files.writeString(file, "{\"formatVersion\": \n" + line("b") + "\n");
    try (Stream<ReadResult<StakeholderInput>> stream = json.readCollection(file)) {
      List<ReadResult<StakeholderInput>> results = stream.collect(Collectors.toList());
      assertEquals(2, results.size());
      assertFalse(results.get(0).isValid());
      assertTrue(results.get(1).isValid());
    }
  }

  @Test
  void aFileNamedNdjsonIsJsonLinesToo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("INPUTS.NDJSON");
    Files.writeString(file, "{\"formatVersion\": \n" + line("b") + "\n");
    try (Stream<ReadResult<StakeholderInput>> stream = json.readCollection(file)) {
      List<ReadResult<StakeholderInput>> results = stream.collect(Collectors.toList());
      assertEquals(2, results.size());
      assertTrue(results.get(1).isValid());
    }
  }

  @Test
  void syntaxErrorInAJsonArrayEndsTheCollectionAfterThatDocument() {
    String text = "[" + line("a") + ",\n{\"formatVersion\": \"2.0\" \"id\": \"b\"},\n" + line("c")
        + "]";
    List<ReadResult<StakeholderInput>> results = read(text);
    assertEquals(2, results.size());
    assertTrue(results.get(0).isValid());
    assertEquals(ReadProblem.SYNTAX_ERROR.getCode(), single(results.get(1)).getCode());
    assertEquals(2, single(results.get(1)).getLocation().getLine().getAsInt());
  }

  @Test
  void documentOverTheSizeLimitIsSkippedAndTheNextOneRead() {
    GcmJson small = GcmJson.builder().limits(ReadLimits.defaults().withMaxDocumentSize(120))
        .build();
    String big = line("b").replace("\"T\"", "\"" + "long title ".repeat(20) + "\"");
    for (CollectionFormat format : CollectionFormat.values()) {
      String text = format == CollectionFormat.JSON_LINES
          ? line("a") + "\n" + big + "\n" + line("c") + "\n"
          : "[\n" + line("a") + ",\n" + big + ",\n" + line("c") + "\n]";
      List<ReadResult<StakeholderInput>> results;
      try (Stream<ReadResult<StakeholderInput>> stream = small.readCollection(
          new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format)) {
        results = stream.collect(Collectors.toList());
      }
      assertEquals(3, results.size(), format.toString());
      assertProblem(single(results.get(1)), ReadProblem.DOCUMENT_TOO_LARGE, Severity.ERROR, "",
          format == CollectionFormat.JSON_LINES ? 2 : 3, 1);
      assertFalse(results.get(1).getDocument().isPresent());
      assertEquals("c", results.get(2).getDocument().orElseThrow().getId(), format.toString());
    }
  }

  @Test
  void aLongListInsideADocumentOfAJsonArrayIsStoppedAtTheSizeLimit() {
    GcmJson small = GcmJson.builder().limits(ReadLimits.defaults().withMaxDocumentSize(300))
        .build();
    String big = line("b").replace("}", ", \"x-n\": [" + "1, ".repeat(5000) + "1]}");
    String text = "[" + line("a") + ",\n" + big + ",\n" + line("c") + "]";
    try (Stream<ReadResult<StakeholderInput>> stream =
        small.readCollection(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      List<ReadResult<StakeholderInput>> results = stream.collect(Collectors.toList());
      assertEquals(3, results.size());
      assertEquals(ReadProblem.DOCUMENT_TOO_LARGE.getCode(), single(results.get(1)).getCode());
      assertTrue(results.get(2).isValid());
    }
  }

  @Test
  void aJsonArrayCollectionMustBeAnArray() {
    try (Stream<ReadResult<StakeholderInput>> stream = json.readCollection(
        new ByteArrayInputStream(line("a").getBytes(StandardCharsets.UTF_8)),
        CollectionFormat.JSON_ARRAY)) {
      List<ReadResult<StakeholderInput>> results = stream.collect(Collectors.toList());
      assertEquals(1, results.size());
      assertEquals("expected a list of documents, found an object",
          single(results.get(0)).getMessage());
    }
  }

  @Test
  void utf16CollectionIsOneEncodingProblem() {
    try (Stream<ReadResult<StakeholderInput>> stream = json.readCollection(
        new ByteArrayInputStream(("[" + line("a") + "]").getBytes(StandardCharsets.UTF_16LE)))) {
      List<ReadResult<StakeholderInput>> results = stream.collect(Collectors.toList());
      assertEquals(1, results.size());
      assertEquals(ReadProblem.UNSUPPORTED_ENCODING.getCode(), single(results.get(0)).getCode());
    }
  }

  @Test
  void jsonLinesAreWrittenOneCompactDocumentPerLine() {
    List<StakeholderInput> documents = List.of(
        json.readJson(line("a")).getDocument().orElseThrow(),
        json.readJson(line("b")).getDocument().orElseThrow());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeCollection(documents, out, CollectionFormat.JSON_LINES);
    assertEquals("{\"formatVersion\":\"2.0\",\"id\":\"a\",\"title\":\"T\",\"language\":\"en\"}\n"
        + "{\"formatVersion\":\"2.0\",\"id\":\"b\",\"title\":\"T\",\"language\":\"en\"}\n",
        out.toString(StandardCharsets.UTF_8));
  }

  /** An endless collection, made as it is read, that counts the bytes it serves. */
  private static final class CountingStream extends InputStream {
    private final boolean array;
    private byte[] current = new byte[0];
    private int position;
    private int count;
    long served;

    CountingStream(String layout) {
      this.array = layout.equals("array");
      if (array) {
        current = new byte[] {'['};
      }
    }

    @Override
    public int read() {
      if (position == current.length) {
        String next = line("doc-" + count);
        current = (array ? (count > 0 ? "," : "") + next + "\n" : next + "\n")
            .getBytes(StandardCharsets.UTF_8);
        count++;
        position = 0;
      }
      served++;
      return current[position++] & 0xFF;
    }
  }
}
