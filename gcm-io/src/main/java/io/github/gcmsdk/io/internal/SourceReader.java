package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.io.ReadProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The characters the JSON parser reads: UTF-8 decoded by the JDK's strict decoder (malformed
 * input reported, never replaced), or the characters of a text source, counted against the
 * document size limit, so that invalid bytes and an oversized document are reported exactly where
 * they are, by line and column counted the way Jackson counts them (CR, LF and CR LF each end a
 * line; columns in characters).
 *
 * <p>When a read finds a problem after it has decoded some characters, it returns those first and
 * fails on the next call, so that the parser has seen everything before the bad byte. It keeps a
 * copy of the last characters it delivered, to place a bad value and to measure the documents of
 * a collection in bytes. Not thread-safe.
 */
public final class SourceReader extends Reader {

  private static final int BUFFER = 8192;

  private final InputStream stream; // null for bytes in memory and for text
  private final Reader text; // null for bytes
  private final ByteBuffer bytes; // the decoder's input, in read mode; null for text
  private final boolean inMemory; // all the bytes are in the buffer: lines counted only on failure
  private final int origin; // where the bytes in memory start
  private final CharsetDecoder decoder;
  private final long limit;
  private final String unitWord; // the message key, by unit
  private boolean eof;

  private long units; // bytes (or characters, for text) consumed
  private long delivered; // characters delivered
  private int line = 1;
  private long lineStart;
  private boolean afterCarriageReturn;

  private ReadProblem pendingKind;
  private String pendingKey;
  private Map<String, String> pendingParameters;
  private int pendingByte; // where in the buffer the problem is, for bytes in memory

  // A copy of the last chunk delivered: its characters, where it starts, in characters and units.
  private char[] chunk = new char[0];
  private int chunkLength;
  private long chunkCharStart;
  private long chunkUnitStart;
  private int cursorChar;
  private long cursorUnits;

  private SourceReader(InputStream stream, Reader text, ByteBuffer bytes, int origin,
      long limit) {
    this.stream = stream;
    this.text = text;
    this.bytes = bytes;
    this.inMemory = bytes != null && stream == null;
    this.origin = origin;
    this.eof = inMemory;
    this.limit = limit;
    this.unitWord = text == null ? "msg.limit.document.bytes" : "msg.limit.document.chars";
    this.decoder = text != null ? null : StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * Returns a reader that decodes UTF-8 bytes.
   *
   * @param in the bytes, after any byte order mark
   * @param limit the most bytes to read, or a negative number for no limit
   * @return the reader
   */
  public static SourceReader utf8(InputStream in, long limit) {
    ByteBuffer buffer = ByteBuffer.allocate(bufferSize(in));
    buffer.limit(0);
    return new SourceReader(in, null, buffer, 0, limit);
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
    return new SourceReader(null, null, ByteBuffer.wrap(bytes, offset, length), offset, limit);
  }

  /**
   * Returns a reader over characters.
   *
   * @param in the characters
   * @param limit the most characters to read, or a negative number for no limit
   * @return the reader
   */
  public static SourceReader text(Reader in, long limit) {
    return new SourceReader(null, in, null, 0, limit);
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
   * Returns the number of bytes (or characters, for text) that lie before a character offset, for
   * an offset within the last chunk read; earlier offsets give the start of that chunk.
   *
   * @param charOffset a character offset, counted from 0
   * @return the unit offset
   */
  public long unitOffset(long charOffset) {
    if (text != null) {
      return charOffset;
    }
    long inChunk = charOffset - chunkCharStart;
    if (inChunk <= 0) {
      return chunkUnitStart;
    }
    int target = (int) Math.min(inChunk, chunkLength);
    if (target < cursorChar) { // queries mostly move forward: restart only when they do not
      cursorChar = 0;
      cursorUnits = 0;
    }
    for (int i = cursorChar; i < target; i++) { // the UTF-8 length of what was decoded
      char c = chunk[i];
      cursorUnits += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
    cursorChar = target;
    return chunkUnitStart + cursorUnits;
  }

  /**
   * Returns a character of the last chunk delivered, to find where a token starts when the parser
   * reports an error after its start. A caller checks what it finds (a separator before the
   * token), and does without where it finds none.
   *
   * @param charOffset the character's offset, counted from 0
   * @return the character, or -1 if it was not delivered by the last read
   */
  public int recentChar(long charOffset) {
    long inChunk = charOffset - chunkCharStart;
    return inChunk < 0 || inChunk >= chunkLength ? -1 : chunk[(int) inChunk];
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (pendingKind != null) {
      throw failure();
    }
    if (len == 0) {
      return 0;
    }
    long unitStart = units;
    int n = text != null ? readText(cbuf, off, len) : decode(cbuf, off, len);
    if (n <= 0) {
      if (pendingKind != null) {
        throw failure();
      }
      return -1;
    }
    if (chunk.length < n) {
      chunk = new char[Math.max(n, BUFFER)];
    }
    System.arraycopy(cbuf, off, chunk, 0, n);
    chunkLength = n;
    chunkCharStart = delivered;
    chunkUnitStart = unitStart;
    cursorChar = 0;
    cursorUnits = 0;
    if (!inMemory) {
      countLines(cbuf, off, n, delivered);
    }
    delivered += n;
    return n;
  }

  private int readText(char[] cbuf, int off, int len) throws IOException {
    int want = len;
    if (limit >= 0) {
      long left = limit - units;
      if (left <= 0) {
        if (text.read() >= 0) {
          fail(ReadProblem.DOCUMENT_TOO_LARGE, unitWord, Map.of("limit", Long.toString(limit)));
        }
        return 0;
      }
      want = (int) Math.min(want, left);
    }
    int n = text.read(cbuf, off, want);
    if (n > 0) {
      units += n;
    }
    return n;
  }

  private int decode(char[] cbuf, int off, int len) throws IOException {
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (true) {
      int start = bytes.position();
      int end = bytes.limit();
      int window = limit < 0 ? end : (int) Math.min(end, start + (limit - units));
      bytes.limit(window);
      CoderResult result = decoder.decode(bytes, out, eof && window == end);
      bytes.limit(end);
      units += bytes.position() - start;
      if (result.isError()) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < result.length(); i++) {
          hex.append(i > 0 ? " " : "").append(String.format(Locale.ROOT, "0x%02X",
              bytes.get(bytes.position() + i) & 0xFF));
        }
        fail(ReadProblem.INVALID_UTF8, "msg.utf8", Map.of("bytes", hex.toString()));
        break;
      }
      if (result.isOverflow()) {
        break; // the parser's buffer is full (or has no room for a surrogate pair)
      }
      if (window < end) { // the next character would pass the limit
        fail(ReadProblem.DOCUMENT_TOO_LARGE, unitWord, Map.of("limit", Long.toString(limit)));
        break;
      }
      if (eof || out.position() > off) {
        break;
      }
      fill();
    }
    return out.position() - off;
  }

  /** Reads more bytes from the stream, after those not decoded yet. */
  private void fill() throws IOException {
    bytes.compact();
    int n = stream.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  private void fail(ReadProblem kind, String key, Map<String, String> parameters) {
    pendingKind = kind;
    pendingKey = key;
    pendingParameters = parameters;
    pendingByte = bytes != null ? bytes.position() : 0;
  }

  /** The pending problem, at the character after all those delivered. */
  private InputFailure failure() {
    if (inMemory) {
      // Lines of bytes in memory are counted only now, on what was decoded before the problem.
      char[] before = new String(bytes.array(), origin, pendingByte - origin,
          StandardCharsets.UTF_8).toCharArray();
      countLines(before, 0, before.length, 0);
    }
    long position = Positions.of(line,
        (int) Math.min(Integer.MAX_VALUE, delivered - lineStart + 1));
    InputFailure failure = new InputFailure(pendingKind, position, pendingKey, pendingParameters);
    pendingKind = null;
    return failure;
  }

  /** Counts line breaks the way Jackson does: CR, LF and CR LF each end one line. */
  private void countLines(char[] chars, int from, int length, long firstIndex) {
    for (int i = from; i < from + length; i++) {
      char c = chars[i];
      if (c > '\r') {
        afterCarriageReturn = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' || !afterCarriageReturn) {
          line++;
        }
        lineStart = firstIndex + (i - from) + 1;
        afterCarriageReturn = c == '\r';
      } else {
        afterCarriageReturn = false;
      }
    }
  }

  @Override
  public void close() {
    // The caller owns the underlying stream or reader.
  }
}
