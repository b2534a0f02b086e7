package io.github.gcmsdk.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
    // The bytes are decoded where they are: no copy into a buffer of the reader's.
    ProblemSink sink = settings.newSink(0);
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
    try (JsonParser parser = settings.factory().createParser(source)) {
      Binder binder = new Binder(parser, settings, sink, index, source);
      boolean afterRoot = false;
      try {
        JsonToken token = parser.nextToken();
        if (token == null) {
          sink.report(ReadProblem.EMPTY_INPUT, "", Positions.of(1, 1),
              jsonLine ? "msg.emptyLine" : "msg.empty");
        } else {
          try {
            value = binder.readRoot(codec);
          } catch (StopBinding stop) {
            skipRest(parser, 0);
          }
          afterRoot = true;
          if (parser.nextToken() != null) {
            sink.report(ReadProblem.SYNTAX_ERROR, "", binder.position(),
                jsonLine ? "msg.syntax.trailingLine" : "msg.syntax.trailing");
          }
        }
      } catch (StreamConstraintsException e) {
        SyntaxErrors.report(e, parser, sink, binder.at(), settings);
        value = afterRoot ? value : null;
      } catch (JsonProcessingException e) {
        SyntaxErrors.report(e, parser, sink, binder.at(), jsonLine, afterRoot, source,
            afterRoot ? null : binder);
        value = afterRoot ? value : null;
      } catch (InputFailure e) {
        e.report(sink, afterRoot ? "" : binder.at());
        value = afterRoot ? value : null;
      }
    }
    return new Outcome<>(value, sink.sorted(), index, recordIndex, line);
  }

  /**
   * Skips to the end of the value that encloses the current token, down to a nesting depth.
   *
   * @param parser the parser
   * @param depth the depth of the context the value is in (0 for the root)
   * @throws IOException if the input cannot be read or is not JSON
   */
  static void skipRest(JsonParser parser, int depth) throws IOException {
    while (parser.getParsingContext().getNestingDepth() > depth) {
      if (parser.nextToken() == null) {
        return;
      }
    }
  }
}
