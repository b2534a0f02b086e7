package io.github.gcmsdk.io.internal;

import java.util.Arrays;

/**
 * Turns byte offsets into UTF-8 bytes in memory into line and column, counted as Jackson counts
 * them in characters (CR, LF and CR LF each end a line; columns in UTF-16 units), so that a
 * document parsed from its bytes is located exactly as one parsed from its characters. Nothing is
 * counted until a position is asked for: the line starts are found on the first request.
 * Thread-safe; the bytes must not change.
 */
final class ByteLines {

  private final byte[] bytes;
  private final int from;
  private final int length;
  private volatile int[] lineStarts; // offsets where each line starts; made on first use

  /**
   * Creates the lines of bytes.
   *
   * @param bytes the bytes, not copied
   * @param from where the parsed bytes start (offset 0)
   * @param length how many bytes were parsed
   */
  ByteLines(byte[] bytes, int from, int length) {
    this.bytes = bytes;
    this.from = from;
    this.length = length;
  }

  /**
   * Returns a position as line and column.
   *
   * @param position a position: a byte offset ({@link Positions#ofOffset(long)}) or already line
   *     and column
   * @return the position packed as line and column
   */
  long resolve(long position) {
    if (!Positions.isOffset(position)) {
      return position;
    }
    int offset = (int) Math.min(Positions.offset(position), length);
    int[] starts = lineStarts();
    int line = Arrays.binarySearch(starts, offset);
    if (line < 0) {
      line = -line - 2; // the last line starting before the offset
    }
    int column = 1;
    for (int i = from + starts[line]; i < from + offset; i++) {
      int b = bytes[i];
      if ((b & 0xC0) != 0x80) { // not a continuation byte: one character starts here
        column++;
      }
      if ((b & 0xF8) == 0xF0) { // four bytes: two UTF-16 units
        column++;
      }
    }
    return Positions.of(line + 1, column);
  }

  private int[] lineStarts() {
    int[] starts = lineStarts;
    if (starts == null) {
      // Two threads may both count: the tables are equal, and either may be kept.
      starts = new int[16];
      int lines = 1;
      boolean afterCarriageReturn = false;
      for (int i = 0; i < length; i++) {
        byte c = bytes[from + i];
        if (c == '\n' && afterCarriageReturn) {
          starts[lines - 1] = i + 1; // CR LF ends one line
        } else if (c == '\n' || c == '\r') {
          if (lines == starts.length) {
            starts = Arrays.copyOf(starts, lines * 2);
          }
          starts[lines++] = i + 1;
        }
        afterCarriageReturn = c == '\r';
      }
      starts = Arrays.copyOf(starts, lines);
      lineStarts = starts;
    }
    return starts;
  }
}
