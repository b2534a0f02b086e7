package io.github.gcmsdk.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A buffered byte stream that can peek at its start to detect the layout of a collection, and
 * split itself into lines for JSON Lines, each bounded by the document size limit without ever
 * holding more than that limit. Not thread-safe.
 */
final class LineSource extends InputStream {

  /**
   * One line of bytes, without its line terminator, in an array of its own (the location index of
   * a record refers to it).
   */
  record Line(int number, byte[] bytes, int length, boolean blank, boolean tooLong) {}

  private final InputStream in;
  private byte[] buffer = new byte[64 * 1024];
  private int position;
  private int end;
  private boolean eof;

  private byte[] line = new byte[1024];
  private int lineNumber;

  LineSource(InputStream in) {
    this.in = in;
  }

  /**
   * Peeks at the start of the stream, without consuming it: a JSON array, JSON Lines, or one
   * document written over several lines.
   *
   * @param limit the document size limit, which bounds how far it looks
   * @return the layout, or null if the stream holds only white space
   * @throws IOException if the stream fails
   */
  CollectionReader.Layout detect(long limit) throws IOException {
    int i = 0;
    while (true) {
      if (!fill(i + 1)) {
        return null;
      }
      byte b = buffer[position + i];
      if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
        i++;
        continue;
      }
      if (b == '[') {
        return CollectionReader.Layout.ARRAY;
      }
      if (b != '{') {
        return CollectionReader.Layout.LINES;
      }
      break;
    }
    int start = i;
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    for (int j = start; ; j++) {
      if (j - start > limit || j > Integer.MAX_VALUE - 16 || !fill(j + 1)) {
        return CollectionReader.Layout.LINES;
      }
      byte c = buffer[position + j];
      if (c == '\n') {
        return depth > 0 ? CollectionReader.Layout.SINGLE : CollectionReader.Layout.LINES;
      }
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
  }

  /**
   * Returns the next line, or null at the end of the stream.
   *
   * @param limit the most bytes of a line kept; a longer line is skipped and flagged
   * @return the line
   * @throws IOException if the stream fails
   */
  Line nextLine(long limit) throws IOException {
    int length = 0;
    boolean tooLong = false;
    boolean any = false;
    byte[] whole = null; // the line, when it is all in the buffer: copied once
    while (true) {
      if (position == end && !fill(1)) {
        if (!any) {
          return null;
        }
        break;
      }
      any = true;
      int newline = -1;
      for (int k = position; k < end; k++) {
        if (buffer[k] == '\n') {
          newline = k;
          break;
        }
      }
      int chunkEnd = newline < 0 ? end : newline;
      int chunk = chunkEnd - position;
      if (!tooLong) {
        if ((long) length + chunk > limit + 1) { // + 1: a carriage return may end the line
          tooLong = true;
        } else if (length == 0 && newline >= 0) {
          whole = Arrays.copyOfRange(buffer, position, chunkEnd);
          length = chunk;
        } else {
          if (length + chunk > line.length) {
            byte[] grown = new byte[Math.max(line.length * 2, length + chunk)];
            System.arraycopy(line, 0, grown, 0, length);
            line = grown;
          }
          System.arraycopy(buffer, position, line, length, chunk);
          length += chunk;
        }
      }
      position = chunkEnd;
      if (newline >= 0) {
        position++;
        break;
      }
    }
    lineNumber++;
    byte[] bytes = whole != null ? whole : line;
    if (length > 0 && bytes[length - 1] == '\r') {
      length--;
    }
    if (!tooLong && length > limit) {
      tooLong = true;
    }
    boolean blank = !tooLong;
    for (int k = 0; k < length && blank; k++) {
      byte b = bytes[k];
      blank = b == ' ' || b == '\t' || b == '\r';
    }
    if (bytes.length != length) {
      bytes = Arrays.copyOf(bytes, tooLong ? 0 : length);
    }
    return new Line(lineNumber, bytes, tooLong ? 0 : length, blank, tooLong);
  }

  /** Makes {@code n} bytes available from {@code position}; false if the stream ends first. */
  private boolean fill(int n) throws IOException {
    if (end - position >= n) {
      return true;
    }
    if (n > buffer.length - position) {
      if (n > buffer.length) {
        byte[] grown = new byte[Math.max(buffer.length * 2, n)];
        System.arraycopy(buffer, position, grown, 0, end - position);
        buffer = grown;
      } else {
        System.arraycopy(buffer, position, buffer, 0, end - position);
      }
      end -= position;
      position = 0;
    }
    while (!eof && end - position < n) {
      int read = in.read(buffer, end, buffer.length - end);
      if (read < 0) {
        eof = true;
      } else {
        end += read;
      }
    }
    return end - position >= n;
  }

  @Override
  public int read() throws IOException {
    if (!fill(1)) {
      return -1;
    }
    return buffer[position++] & 0xFF;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (position == end) {
      if (length >= buffer.length) {
        return in.read(target, offset, length); // large reads go straight through
      }
      if (!fill(1)) {
        return -1;
      }
    }
    int n = Math.min(length, end - position);
    System.arraycopy(buffer, position, target, offset, n);
    position += n;
    return n;
  }
}
