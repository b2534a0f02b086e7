package io.github.gcmsdk.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.gcmsdk.io.ReadProblem;
import io.github.gcmsdk.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Bytes in memory are decoded without counting lines, which are counted from the bytes before a
 * problem only when there is one: the problem must be placed as when the same bytes are read from
 * a stream, whose lines are counted as they are decoded.
 */
class SourceLinesTest {

  private static final List<String> BREAKS = List.of("\n", "\r", "\r\n", "\r\r\n", "\n\r", "\n\n");
  private static final List<String> TEXTS = List.of("a", "\u00e9", "\u20ac", "\ud83d\ude00",
      "x\u00e9\ud83d\ude00\u20acy");
  private static final List<byte[]> INVALID = List.of(new byte[] {(byte) 0xFF},
      new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      new byte[] {(byte) 0xE2, (byte) 0x82, 'x'}, new byte[] {(byte) 0x80},
      new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});

  private static List<String> problems(DocumentReader reader, byte[] bytes, boolean stream)
      throws IOException {
    Outcome<?> outcome = stream
        ? reader.read(Format.DOCUMENT_CODEC, new ByteArrayInputStream(bytes))
        : reader.read(Format.DOCUMENT_CODEC, bytes);
    List<String> out = new ArrayList<>();
    for (Problem problem : outcome.problems()) {
      out.add(problem.getCode() + " " + problem.getLocation().describe() + " "
          + problem.getMessage());
    }
    return out;
  }

  private static byte[] document(String lineBreak, String text, byte[] tail) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head = "{" + lineBreak + "\"formatVersion\": \"2.0\"," + lineBreak + "\"id\": \""
        + text + "\"," + lineBreak + lineBreak + "\"title\": \"" + text + text + " ";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(tail);
    out.writeBytes(("\"," + lineBreak + "\"language\": \"en\"}").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void invalidBytesInMemoryArePlacedAsInAStreamAfterAnyLineBreaksAndCharacters()
      throws IOException {
    DocumentReader reader = new DocumentReader(ReadSettings.of(false, 1_000_000, 64, 100_000,
        1000, 1000, Locale.ROOT));
    String code = ReadProblem.INVALID_UTF8.getCode();
    for (String lineBreak : BREAKS) {
      for (String text : TEXTS) {
        for (byte[] invalid : INVALID) {
          byte[] bytes = document(lineBreak, text, invalid);
          List<String> fromMemory = problems(reader, bytes, false);
          assertFalse(fromMemory.isEmpty());
          assertEquals(code, fromMemory.get(0).substring(0, code.length()));
          assertEquals(problems(reader, bytes, true), fromMemory);
        }
      }
    }
  }

  @Test
  void anOversizedDocumentInMemoryIsPlacedAsInAStreamWhereverTheLimitFalls() throws IOException {
    for (String lineBreak : BREAKS) {
      for (String text : TEXTS) {
        byte[] bytes = document(lineBreak, text, new byte[0]);
        for (int limit = 1; limit < bytes.length; limit += 3) {
          DocumentReader reader = new DocumentReader(ReadSettings.of(false, limit, 64, 100_000,
              1000, 1000, Locale.ROOT));
          List<String> fromMemory = problems(reader, bytes, false);
          assertEquals(problems(reader, bytes, true), fromMemory, lineBreak + text + limit);
        }
      }
    }
  }

  /** A stream that gives one byte per read, so that every character is split across reads. */
  private static final class Trickle extends java.io.FilterInputStream {
    Trickle(byte[] bytes) {
      super(new ByteArrayInputStream(bytes));
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return super.read(b, off, Math.min(len, 1));
    }
  }

  @Test
  void charactersSplitAcrossStreamReadsAreDecodedAndPlacedAsInMemory() throws IOException {
    DocumentReader reader = new DocumentReader(ReadSettings.of(false, 1_000_000, 64, 100_000,
        1000, 1000, Locale.ROOT));
    for (String lineBreak : BREAKS) {
      for (String text : TEXTS) {
        byte[] valid = document(lineBreak, text, new byte[0]);
        Outcome<?> trickled = reader.read(Format.DOCUMENT_CODEC, new Trickle(valid));
        Outcome<?> inMemory = reader.read(Format.DOCUMENT_CODEC, valid);
        assertEquals(inMemory.value(), trickled.value());
        assertEquals(inMemory.problems(), trickled.problems());
        assertEquals(inMemory.index(), trickled.index());
        for (byte[] invalid : INVALID) {
          byte[] bytes = document(lineBreak, text, invalid);
          List<String> fromMemory = problems(reader, bytes, false);
          Outcome<?> outcome = reader.read(Format.DOCUMENT_CODEC, new Trickle(bytes));
          List<String> fromTrickle = new ArrayList<>();
          for (Problem problem : outcome.problems()) {
            fromTrickle.add(problem.getCode() + " " + problem.getLocation().describe() + " "
                + problem.getMessage());
          }
          assertEquals(fromMemory, fromTrickle, lineBreak + text);
        }
      }
    }
  }
}
