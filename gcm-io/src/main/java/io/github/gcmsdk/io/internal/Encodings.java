package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.io.ReadProblem;
import java.io.IOException;
import java.io.PushbackInputStream;
import java.util.Map;

/**
 * Detects how a byte stream is encoded from its first bytes: a UTF-8 byte order mark (skipped,
 * reported as information), or UTF-16 or UTF-32 by their byte order marks or by the zero bytes
 * that ASCII characters have in them (reported as an error: the format is UTF-8 only).
 */
final class Encodings {

  private Encodings() {}

  /**
   * Checks the start of a stream and skips a UTF-8 byte order mark.
   *
   * @param in the stream; its first bytes are pushed back unless they are a byte order mark
   * @param sink where problems go
   * @return true if the stream may be read as UTF-8
   * @throws IOException if the stream fails
   */
  static boolean check(PushbackInputStream in, ProblemSink sink) throws IOException {
    byte[] head = new byte[4];
    int n = 0;
    while (n < 4) {
      int read = in.read(head, n, 4 - n);
      if (read < 0) {
        break;
      }
      n += read;
    }
    int skip = start(head, n, sink);
    if (skip < 0) {
      return false;
    }
    if (n > skip) {
      in.unread(head, skip, n - skip);
    }
    return true;
  }

  /**
   * Checks the start of bytes in memory.
   *
   * @param bytes the bytes
   * @param length how many there are
   * @param sink where problems go
   * @return the number of bytes of a UTF-8 byte order mark to skip (0 or 3), or -1 if the bytes
   *     may not be read as UTF-8
   */
  static int check(byte[] bytes, int length, ProblemSink sink) {
    return start(bytes, Math.min(length, 4), sink);
  }

  private static int start(byte[] head, int n, ProblemSink sink) {
    String foreign = foreign(head, n);
    if (foreign != null) {
      sink.report(ReadProblem.UNSUPPORTED_ENCODING, "", Positions.of(1, 1), "msg.encoding",
          Map.of("encoding", foreign));
      return -1;
    }
    if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      sink.report(ReadProblem.BYTE_ORDER_MARK, "", Positions.of(1, 1), "msg.bom");
      return 3;
    }
    return 0;
  }

  /**
   * Returns the name of the encoding of a stream that is not UTF-8, or null.
   *
   * @param b the first bytes
   * @param n how many there are
   * @return the encoding's name, or null
   */
  static String foreign(byte[] b, int n) {
    int b0 = n > 0 ? b[0] & 0xFF : -1;
    int b1 = n > 1 ? b[1] & 0xFF : -1;
    int b2 = n > 2 ? b[2] & 0xFF : -1;
    int b3 = n > 3 ? b[3] & 0xFF : -1;
    if (b0 == 0x00 && b1 == 0x00 && b2 == 0xFE && b3 == 0xFF) {
      return "UTF-32BE";
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0x00 && b3 == 0x00) {
      return "UTF-32LE";
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return "UTF-16BE";
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return "UTF-16LE";
    }
    if (n >= 4 && b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) {
      return "UTF-32BE";
    }
    if (n >= 4 && b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      return "UTF-32LE";
    }
    if (n >= 2 && b0 == 0 && b1 != 0) {
      return "UTF-16BE";
    }
    if (n >= 2 && b0 != 0 && b1 == 0) {
      return "UTF-16LE";
    }
    return null;
  }
}
