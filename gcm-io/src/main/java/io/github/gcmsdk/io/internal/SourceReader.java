package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.io.ReadProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Locale;

/**
 * The characters the JSON parser reads: strictly decoded UTF-8 (or the characters of a text
 * source), counted against the document size limit, with the line and column of every character
 * tracked the way Jackson counts them, so that invalid bytes and an oversized document are
 * reported exactly where they are (for bytes in memory, the lines are counted only when there is
 * such a problem, from the bytes before it).
 *
 * <p>Strict means that overlong forms, encoded surrogates, code points above U+10FFFF, stray
 * continuation bytes and truncated sequences are all invalid. When a read finds a problem after it
 * has decoded some characters, it returns those first and fails on the next call, so that the
 * parser has seen everything before the bad byte. Not thread-safe.
 */
public final class SourceReader extends Reader {

  private static final int BUFFER = 8192;

  private final InputStream bytes;
  private final Reader chars;
  private final long limit;
  private final String unitWord; // the message key, by unit

  private final byte[] buffer;
  private final boolean borrowed; // the buffer is the caller's bytes: read, never moved
  private final int origin; // where the input starts in the buffer
  private int position;
  private int end;
  private boolean eof;

  private long units;
  private long charsDelivered;
  private int line = 1;
  private long lineStart;
  private boolean afterCarriageReturn;
  private InputFailure pending;

  // The last chunk handed to the parser, to map its character offsets to byte offsets; kept only
  // for collections, where the size of each document is measured.
  private boolean trackOffsets;
  private char[] lastChunk = new char[0];
  private int lastChunkLength;
  private long lastChunkCharStart;
  private long lastChunkUnitStart;
  private int cursorChar;
  private long cursorUnits;

  // The characters of the last read, where the parser put them (not copied): read back only to
  // place a syntax error, before the parser reads on (see recentChar).
  private char[] recent;
  private int recentOffset;
  private int recentLength;
  private long recentStart;

  private SourceReader(InputStream bytes, Reader chars, long limit) {
    this.bytes = bytes;
    this.chars = chars;
    this.limit = limit;
    this.unitWord = bytes != null ? "msg.limit.document.bytes" : "msg.limit.document.chars";
    this.buffer = bytes != null ? new byte[bufferSize(bytes)] : null;
    this.borrowed = false;
    this.origin = 0;
  }

  private SourceReader(byte[] bytes, int offset, int length, long limit) {
    this.bytes = null;
    this.chars = null;
    this.limit = limit;
    this.unitWord = "msg.limit.document.bytes";
    this.buffer = bytes;
    this.borrowed = true;
    this.origin = offset;
    this.position = offset;
    this.end = offset + length;
    this.eof = true;
  }

  /**
   * The size of the byte buffer: {@link #BUFFER}, or less for an input that says it holds less (a
   * 5 KB document in memory need not allocate 8 KB more). A smaller buffer only means more reads.
   */
  private static int bufferSize(InputStream in) {
    try {
      int available = in.available();
      return available > 0 && available < BUFFER ? Math.max(available, 64) : BUFFER;
    } catch (IOException e) {
      return BUFFER;
    }
  }

  /**
   * Returns a reader that decodes UTF-8 bytes.
   *
   * @param in the bytes, after any byte order mark
   * @param limit the most bytes to read, or a negative number for no limit
   * @return the reader
   */
  public static SourceReader utf8(InputStream in, long limit) {
    return new SourceReader(in, null, limit);
  }

  /**
   * Returns a reader that decodes UTF-8 bytes held in memory, without copying them.
   *
   * @param bytes the bytes, after any byte order mark; not modified
   * @param offset where the input starts
   * @param length how many bytes it has
   * @param limit the most bytes to read, or a negative number for no limit
   * @return the reader
   */
  public static SourceReader utf8(byte[] bytes, int offset, int length, long limit) {
    return new SourceReader(bytes, offset, length, limit);
  }

  /**
   * Returns a reader over characters.
   *
   * @param in the characters
   * @param limit the most characters to read, or a negative number for no limit
   * @return the reader
   */
  public static SourceReader text(Reader in, long limit) {
    return new SourceReader(null, in, limit);
  }

  /**
   * Keeps what {@link #unitOffset(long)} needs, from the next read on.
   */
  public void trackOffsets() {
    trackOffsets = true;
  }

  /**
   * Returns the number of bytes (or characters, for text) that lie before a character offset, for
   * an offset within the last chunk read; earlier offsets give the start of that chunk. Needs
   * {@link #trackOffsets()}.
   *
   * @param charOffset a character offset, counted from 0
   * @return the unit offset
   */
  public long unitOffset(long charOffset) {
    if (chars != null) {
      return charOffset;
    }
    long inChunk = charOffset - lastChunkCharStart;
    if (inChunk <= 0) {
      return lastChunkUnitStart;
    }
    int target = (int) Math.min(inChunk, lastChunkLength);
    if (target < cursorChar) { // queries mostly move forward: restart only when they do not
      cursorChar = 0;
      cursorUnits = 0;
    }
    for (int i = cursorChar; i < target; i++) {
      char c = lastChunk[i];
      if (c < 0x80) {
        cursorUnits += 1;
      } else if (c < 0x800) {
        cursorUnits += 2;
      } else if (Character.isSurrogate(c)) {
        cursorUnits += 2; // a pair is four bytes
      } else {
        cursorUnits += 3;
      }
    }
    cursorChar = target;
    return lastChunkUnitStart + cursorUnits;
  }

  /**
   * Returns a character of the last read, as delivered, to find where a token starts when the
   * parser reports an error after its start: Jackson's reader-based parser reads into its buffer
   * and only reads it, so that the characters are still there until its next read. A caller
   * checks what it finds (a separator before the token), and does without where it finds none.
   *
   * @param charOffset the character's offset, counted from 0
   * @return the character, or -1 if it was not delivered by the last read
   */
  public int recentChar(long charOffset) {
    long inChunk = charOffset - recentStart;
    if (recent == null || inChunk < 0 || inChunk >= recentLength) {
      return -1;
    }
    return recent[recentOffset + (int) inChunk];
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (pending != null) {
      InputFailure failure = pending;
      pending = null;
      throw failure;
    }
    if (len == 0) {
      return 0;
    }
    long unitStart = units;
    int n = chars != null ? readChars(cbuf, off, len) : readUtf8(cbuf, off, len);
    if (n > 0 && trackOffsets) {
      if (lastChunk.length < n) {
        lastChunk = new char[Math.max(n, BUFFER)];
      }
      System.arraycopy(cbuf, off, lastChunk, 0, n);
      lastChunkLength = n;
      lastChunkCharStart = charsDelivered;
      lastChunkUnitStart = unitStart;
      cursorChar = 0;
      cursorUnits = 0;
    }
    if (n > 0) {
      recent = cbuf;
      recentOffset = off;
      recentLength = n;
      recentStart = charsDelivered;
      charsDelivered += n;
    }
    if (n == 0 && pending != null) {
      InputFailure failure = pending;
      pending = null;
      throw failure;
    }
    return n == 0 ? -1 : n;
  }

  private int readChars(char[] cbuf, int off, int len) throws IOException {
    int want = len;
    if (limit >= 0) {
      long left = limit - units;
      if (left <= 0) {
        int c = chars.read();
        if (c < 0) {
          return 0;
        }
        pending = tooLarge(charsDelivered);
        return 0;
      }
      want = (int) Math.min(want, left);
    }
    int n = chars.read(cbuf, off, want);
    if (n <= 0) {
      return 0;
    }
    for (int i = 0; i < n; i++) {
      char c = cbuf[off + i];
      if (c == '\n' || c == '\r') {
        newline(c, charsDelivered + i + 1);
      } else {
        afterCarriageReturn = false;
      }
    }
    units += n;
    return n;
  }

  private int readUtf8(char[] cbuf, int off, int len) throws IOException {
    int out = off;
    int max = off + len;
    while (out < max) {
      if (!ensure(1)) {
        break;
      }
      // Fast path: a run of ASCII bytes, within the limit.
      int run = Math.min(max - out, end - position);
      if (limit >= 0) {
        run = (int) Math.min(run, limit - units);
      }
      int start = position;
      int stop = position + run;
      // The loop works on locals (a field written per character costs a store each time); the
      // line counting is that of newline(char, long), inlined.
      byte[] buf = buffer;
      int p = position;
      int o = out;
      if (borrowed) {
        // All the input stays in the buffer: lines are counted only for a problem (countLines).
        while (p < stop) {
          byte b = buf[p];
          if (b < 0) {
            break;
          }
          cbuf[o++] = (char) b;
          p++;
        }
      } else {
        boolean cr = afterCarriageReturn;
        while (p < stop) {
          byte b = buf[p];
          if (b < 0) {
            break;
          }
          cbuf[o++] = (char) b;
          p++;
          if (b > '\r') {
            cr = false;
          } else if (b == '\n') {
            if (!cr) {
              line++;
            }
            lineStart = charsDelivered + (o - off);
            cr = false;
          } else if (b == '\r') {
            line++;
            lineStart = charsDelivered + (o - off);
            cr = true;
          } else {
            cr = false;
          }
        }
        afterCarriageReturn = cr;
      }
      position = p;
      out = o;
      units += position - start;
      if (position < stop) {
        int decoded = decodeOne(cbuf, out, max, off);
        if (decoded < 0) {
          break;
        }
        out += decoded;
      } else if (limit >= 0 && units >= limit && out < max && ensure(1)) {
        pending = tooLarge(charsDelivered + (out - off));
        break;
      }
    }
    return out - off;
  }

  /** Decodes one multi-byte sequence; returns the chars written, or -1 to stop this read. */
  private int decodeOne(char[] cbuf, int out, int max, int off) throws IOException {
    int lead = buffer[position] & 0xFF;
    int need;
    int min;
    if (lead >= 0xC2 && lead <= 0xDF) {
      need = 2;
      min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      need = 3;
      min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      need = 4;
      min = 0x10000;
    } else {
      pending = invalid(1, charsDelivered + (out - off));
      return -1;
    }
    boolean complete = ensure(need);
    int available = complete ? need : end - position;
    int codePoint = lead & (need == 2 ? 0x1F : need == 3 ? 0x0F : 0x07);
    for (int i = 1; i < available; i++) {
      int b = buffer[position + i] & 0xFF;
      if ((b & 0xC0) != 0x80) {
        pending = invalid(i, charsDelivered + (out - off));
        return -1;
      }
      codePoint = (codePoint << 6) | (b & 0x3F);
    }
    if (!complete) {
      pending = invalid(available, charsDelivered + (out - off));
      return -1;
    }
    if (codePoint < min || codePoint > 0x10FFFF
        || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
      pending = invalid(need, charsDelivered + (out - off));
      return -1;
    }
    int width = Character.charCount(codePoint);
    if (out + width > max) {
      return -1; // no room for a surrogate pair: next call
    }
    if (limit >= 0 && units + need > limit) {
      pending = tooLarge(charsDelivered + (out - off));
      return -1;
    }
    position += need;
    units += need;
    if (width == 1) {
      cbuf[out] = (char) codePoint;
    } else {
      cbuf[out] = Character.highSurrogate(codePoint);
      cbuf[out + 1] = Character.lowSurrogate(codePoint);
    }
    afterCarriageReturn = false;
    return width;
  }

  private InputFailure tooLarge(long charIndex) {
    countLines();
    return new InputFailure(ReadProblem.DOCUMENT_TOO_LARGE, position(charIndex), unitWord,
        Long.toString(limit));
  }

  /** The line and column of the character at an index (counted from 0, in the whole input). */
  private long position(long charIndex) {
    return Positions.of(line, (int) Math.min(Integer.MAX_VALUE, charIndex - lineStart + 1));
  }

  private InputFailure invalid(int count, long charIndex) {
    countLines();
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < Math.max(1, count) && position + i < end; i++) {
      if (i > 0) {
        hex.append(' ');
      }
      hex.append(String.format(Locale.ROOT, "0x%02X", buffer[position + i] & 0xFF));
    }
    return new InputFailure(ReadProblem.INVALID_UTF8, position(charIndex), "msg.utf8",
        hex.toString());
  }

  /**
   * Counts the lines before {@link #position}, for borrowed bytes, whose reads do not count them:
   * all the bytes before it were decoded, so that each byte below 0x80 is a character, each lead
   * byte starts one (two, from 0xF0: a surrogate pair), and continuation bytes add none.
   */
  private void countLines() {
    if (!borrowed) {
      return;
    }
    int lines = 1;
    long start = 0;
    long chars = 0;
    boolean cr = false;
    for (int i = origin; i < position; i++) {
      int b = buffer[i] & 0xFF;
      if (b < 0x80) {
        chars++;
        if (b == '\n') {
          if (!cr) {
            lines++;
          }
          start = chars;
          cr = false;
        } else if (b == '\r') {
          lines++;
          start = chars;
          cr = true;
        } else {
          cr = false;
        }
      } else if (b >= 0xC0) {
        chars += b >= 0xF0 ? 2 : 1;
        cr = false;
      }
    }
    line = lines;
    lineStart = start;
    afterCarriageReturn = cr;
  }

  /** Makes {@code n} bytes available from {@code position}; false if the input ends first. */
  private boolean ensure(int n) throws IOException {
    if (end - position >= n) {
      return true;
    }
    if (borrowed) {
      return false; // all the input is in the buffer already
    }
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, end - position);
      end -= position;
      position = 0;
    }
    while (!eof && end < n) {
      int read = bytes.read(buffer, end, buffer.length - end);
      if (read < 0) {
        eof = true;
      } else {
        end += read;
      }
    }
    return end - position >= n;
  }

  /**
   * Counts a line break the way Jackson does: CR, LF and CR LF each end one line.
   *
   * @param c the break character
   * @param nextCharIndex the index of the character after it
   */
  private void newline(char c, long nextCharIndex) {
    if (c == '\n' && afterCarriageReturn) {
      lineStart = nextCharIndex;
      afterCarriageReturn = false;
      return;
    }
    line++;
    lineStart = nextCharIndex;
    afterCarriageReturn = c == '\r';
  }

  @Override
  public void close() {
    // The caller owns the underlying stream or reader.
  }
}
