package io.github.gcmsdk.io.internal;

import java.io.Closeable;
import java.io.IOException;

/**
 * A {@link TokenSink} that owns its engine's generator: a whole document or collection is written
 * through it, then it is closed (which flushes, and leaves the stream open).
 */
public interface TokenWriter extends TokenSink, Closeable {

  /**
   * Writes a line break between or after documents, outside any value.
   *
   * @throws IOException if writing fails
   */
  void newline() throws IOException;
}
