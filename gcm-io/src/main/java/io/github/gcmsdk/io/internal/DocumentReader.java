package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.io.ReadProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;

/**
 * Reads one document: detects the encoding, decodes, parses and binds it, and turns every
 * failure of the input into a located problem. Only genuine I/O errors of the underlying stream
 * are thrown. Thread-safe: each read has its own state.
 */
public final class DocumentReader {

  private final ReadSettings settings;

  /**
   * Creates a reader.
   *
   * @param settings the settings
   */
  public DocumentReader(ReadSettings settings) {
    this.settings = settings;
  }

  /**
   * Returns the settings.
   *
   * @return the settings
   */
  public ReadSettings settings() {
    return settings;
  }

  /**
   * Reads a document from bytes.
   *
   * @param <V> the value type
   * @param codec the codec of the document
   * @param bytes the bytes
   * @return the outcome
   */
  public <V> Outcome<V> read(Codec<V> codec, byte[] bytes) {
    // The bytes are parsed (or decoded) where they are: no copy into a buffer of the reader's.
    ProblemSink sink = settings.newSink(0);
    int start = Encodings.check(bytes, bytes.length, sink);
    if (start >= 0 && sink.sorted().isEmpty()) {
      Outcome<V> fast = parseBytes(codec, bytes, start, bytes.length - start, sink, 0, -1, 1);
      if (fast != null) {
        return fast;
      }
    }
    return readDecoded(codec, bytes, settings.newSink(0));
  }

  /** Reads bytes through the JDK's decoder and Jackson's character parser. */
  private <V> Outcome<V> readDecoded(Codec<V> codec, byte[] bytes, ProblemSink sink) {
    int skip = Encodings.check(bytes, bytes.length, sink);
    if (skip < 0) {
      return new Outcome<>(null, sink.sorted(), LocationIndex.create(0), -1, 1);
    }
    SourceReader source =
        SourceReader.utf8(bytes, skip, bytes.length - skip, settings.maxDocumentSize());
    try {
      return parse(codec, source, sink, LocationIndex.create(0), false, -1, 1);
    } catch (IOException e) {
      throw new AssertionError("No I/O error from memory", e);
    }
  }

  /**
   * Reads a document from a byte stream; the stream is not closed.
   *
   * @param <V> the value type
   * @param codec the codec of the document
   * @param in the stream
   * @return the outcome
   * @throws IOException if the stream fails
   */
  public <V> Outcome<V> read(Codec<V> codec, InputStream in) throws IOException {
    ProblemSink sink = settings.newSink(0);
    PushbackInputStream pushback = new PushbackInputStream(in, 4);
    if (!Encodings.check(pushback, sink)) {
      return new Outcome<>(null, sink.sorted(), LocationIndex.create(0), -1, 1);
    }
    SourceReader source = SourceReader.utf8(pushback, settings.maxDocumentSize());
    return parse(codec, source, sink, LocationIndex.create(0), false, -1, 1);
  }

  /**
   * Reads a document from characters; the reader is not closed.
   *
   * @param <V> the value type
   * @param codec the codec of the document
   * @param in the characters
   * @return the outcome
   * @throws IOException if the reader fails
   */
  public <V> Outcome<V> read(Codec<V> codec, Reader in) throws IOException {
    ProblemSink sink = settings.newSink(0);
    java.io.PushbackReader pushback = new java.io.PushbackReader(in, 1);
    int first = pushback.read();
    if (first == '\uFEFF') {
      sink.report(ReadProblem.BYTE_ORDER_MARK, "", Positions.of(1, 1), "msg.bom");
    } else if (first >= 0) {
      pushback.unread(first);
    }
    SourceReader source = SourceReader.text(pushback, settings.maxDocumentSize());
    return parse(codec, source, sink, LocationIndex.create(0), false, -1, 1);
  }

  /**
   * Parses and binds one document from UTF-8 bytes in memory with Jackson's byte parser, positions
   * kept as byte offsets and turned into line and column only when asked for. Only for a document
   * that parses: on any problem of the input (not JSON, not UTF-8, over a limit, empty, content
   * after it) it gives up and returns null, and the caller reads the bytes again through the JDK's
   * decoder and the character parser, which locate such problems exactly. Problems of binding
   * (unknown members, bad values) are reported from here.
   *
   * @param <V> the value type
   * @param codec the codec
   * @param bytes the bytes; the outcome's index refers to them
   * @param from where the document starts, after any byte order mark
   * @param length how many bytes it has
   * @param sink where problems go; it must hold none yet
   * @param lineOffset the number of lines before the document's first
   * @param recordIndex the index in a collection, or -1
   * @param line the line the document starts on
   * @return the outcome, or null if the bytes must be read the other way
   */
  <V> Outcome<V> parseBytes(Codec<V> codec, byte[] bytes, int from, int length,
      ProblemSink sink, int lineOffset, int recordIndex, int line) {
    long limit = settings.maxDocumentSize();
    JsonEngine engine = settings.engine();
    if (!engine.rejectsMalformedUtf8() || (limit >= 0 && length > limit)
        || !takenForUtf8(bytes, from, length)) {
      return null;
    }
    LocationIndex index = LocationIndex.of(bytes, from, length, lineOffset, engine::parse,
        settings.maxNestingDepth());
    sink.resolveWith(index.lines());
    V value = null;
    try (TokenSource tokens = engine.parse(bytes, from, length)) {
      Binder binder = new Binder(tokens, settings, sink, index, null).withOffsets();
      if (tokens.nextToken() == null) {
        return null;
      }
      try {
        value = binder.readRoot(codec);
      } catch (StopBinding stop) {
        binder.skipRest(0);
      }
      if (tokens.nextToken() != null) {
        return null;
      }
    } catch (IOException e) {
      // Bytes in memory give no I/O error; whatever else fails (a syntax error, a malformed byte
      // sequence) is a problem of the input, which the character path reports and locates.
      return null;
    }
    return new Outcome<>(value, sink.sorted(), index, recordIndex, line);
  }

  /**
   * Whether Jackson's byte parser will read these bytes as UTF-8. It guesses the encoding from a
   * byte order mark or zero bytes among the first four (UTF-16, UTF-32); gcm reads UTF-8 only, so
   * such bytes take the character path, which reports them as what they are in UTF-8.
   */
  private static boolean takenForUtf8(byte[] bytes, int from, int length) {
    for (int i = from; i < from + Math.min(4, length); i++) {
      if (bytes[i] == 0) {
        return false;
      }
    }
    int first = length > 0 ? bytes[from] & 0xFF : 0;
    return first != 0xEF && first != 0xFE && first != 0xFF;
  }

  /**
   * Parses and binds one document from a source.
   *
   * @param <V> the value type
   * @param codec the codec
   * @param source the characters
   * @param sink where problems go
   * @param index where locations go
   * @param jsonLine whether the source is one JSON Lines record
   * @param recordIndex the index in a collection, or -1
   * @param line the line the source starts on
   * @return the outcome
   * @throws IOException if the underlying stream fails
   */
  <V> Outcome<V> parse(Codec<V> codec, SourceReader source, ProblemSink sink,
      LocationIndex index, boolean jsonLine, int recordIndex, int line) throws IOException {
    V value = null;
    try (TokenSource tokens = settings.engine().parse(source)) {
      Binder binder = new Binder(tokens, settings, sink, index, source);
      boolean afterRoot = false;
      try {
        Token token = tokens.nextToken();
        if (token == null) {
          sink.report(ReadProblem.EMPTY_INPUT, "", Positions.of(1, 1),
              jsonLine ? "msg.emptyLine" : "msg.empty");
        } else {
          try {
            value = binder.readRoot(codec);
          } catch (StopBinding stop) {
            binder.skipRest(0);
          }
          afterRoot = true;
          if (tokens.nextToken() != null) {
            sink.report(ReadProblem.SYNTAX_ERROR, "", binder.position(),
                jsonLine ? "msg.syntax.trailingLine" : "msg.syntax.trailing");
          }
        }
      } catch (InputFailure e) {
        e.report(sink, afterRoot ? "" : binder.at());
        value = afterRoot ? value : null;
      } catch (IOException e) {
        ParseFailure failure = settings.engine().parseFailure(e);
        if (failure == null) {
          throw e; // the underlying stream's
        }
        SyntaxErrors.report(failure, tokens, sink, binder.at(), jsonLine, afterRoot, source,
            afterRoot ? null : binder, settings);
        value = afterRoot ? value : null;
      }
    }
    return new Outcome<>(value, sink.sorted(), index, recordIndex, line);
  }
}
