package io.github.gcmsdk.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;

/**
 * A JSON engine behind the shared binder and writer: Jackson 2 ({@link Jackson2Engine}, in this
 * module) or Jackson 3 (in gcm-io-jackson3, found through {@link Provider}). It opens token
 * sources and sinks, and tells a failure of the input from a failure of the stream, so that the
 * readers report both engines' failures as the same located problems.
 *
 * <p>An engine is immutable and thread-safe; each source or sink it opens is for one thread.
 */
public interface JsonEngine {

  /**
   * Returns Jackson's major version: 2 or 3.
   *
   * @return the major version
   */
  int majorVersion();

  /**
   * Returns the version of the engine's jackson-core, as it reports it (for diagnostics).
   *
   * @return the version, such as {@code 2.21.4}
   */
  String version();

  /**
   * Opens a token source on UTF-8 bytes in memory, with the engine's byte parser.
   *
   * @param bytes the bytes
   * @param from the offset of the first byte
   * @param length the number of bytes
   * @return the source, before its first token
   * @throws IOException if the engine fails
   */
  TokenSource parse(byte[] bytes, int from, int length) throws IOException;

  /**
   * Opens a token source on characters; the reader is not closed with the source.
   *
   * @param source the characters
   * @return the source, before its first token
   * @throws IOException if the engine fails
   */
  TokenSource parse(Reader source) throws IOException;

  /**
   * Opens a sink that writes UTF-8 to a stream, which it does not close.
   *
   * @param out the stream
   * @param pretty whether to indent in the canonical layout (two spaces, {@code ": "}), or write
   *     compactly
   * @param maxNumberLength the longest number the sink writes
   * @return the sink
   * @throws IOException if the engine fails
   */
  TokenWriter write(OutputStream out, boolean pretty, int maxNumberLength) throws IOException;

  /**
   * Whether the byte parser rejects every byte sequence that is not UTF-8 (encoded surrogates,
   * overlong forms, code points past U+10FFFF). Where it does not, bytes are decoded by the JDK.
   *
   * @return whether it does
   */
  boolean rejectsMalformedUtf8();

  /**
   * Tells what a failure of a token source was: a problem of the input (a syntax error, the end
   * of the input, a stream limit), or not (a failure of the underlying stream).
   *
   * @param failure what a token source threw
   * @return the problem of the input, or null if it is none
   */
  ParseFailure parseFailure(IOException failure);

  /**
   * Makes an engine with the read limits. Jackson 3's provider is found with {@link
   * java.util.ServiceLoader} (class path or module path); Jackson 2's is built in.
   */
  interface Provider {

    /**
     * Returns the major version of Jackson this provider's engines use.
     *
     * @return 2 or 3
     */
    int majorVersion();

    /**
     * Makes an engine.
     *
     * @param backstops Jackson's own limits, set beyond gcm-io's so that they are the last line
     * @return the engine
     */
    JsonEngine create(Backstops backstops);
  }

  /**
   * Jackson's own stream limits: gcm-io checks each limit itself and reports it where it is met,
   * and sets Jackson's beyond, for what cannot be skipped.
   *
   * @param maxNestingDepth the deepest nesting
   * @param maxStringLength the longest string, in characters
   * @param maxNumberLength the longest number, in characters
   * @param maxNameLength the longest member name, in characters
   */
  record Backstops(int maxNestingDepth, int maxStringLength, int maxNumberLength,
      int maxNameLength) {}
}
