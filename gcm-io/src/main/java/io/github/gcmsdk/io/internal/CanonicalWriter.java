package io.github.gcmsdk.io.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes model values in the canonical form of the format: properties in the order of {@link
 * Format}, known ones first, then extensions in their order; empty lists, absent optional values
 * and values equal to their default left out; numbers exactly as held. A whole file is
 * pretty-printed with two spaces and ends with a newline; a JSON Lines record is compact.
 *
 * <p>It never writes what the reader would reject: a value no reader with the same limits could
 * read back equal is refused with an {@link IllegalArgumentException} instead.
 */
public final class CanonicalWriter {

  private final JsonEngine engine;
  private final int maxNumberLength;

  /**
   * Creates a writer with the limits (the longest number) and the engine of settings.
   *
   * @param settings the settings
   */
  public CanonicalWriter(ReadSettings settings) {
    this.engine = settings.engine();
    this.maxNumberLength = settings.maxNumberLength();
  }

  /**
   * Writes a value as a whole file: pretty-printed, a newline at the end. The stream is not
   * closed.
   *
   * @param <V> the value type
   * @param codec the codec
   * @param value the value
   * @param out the stream
   * @throws IOException if writing fails
   */
  public <V> void writeFile(Codec<V> codec, V value, OutputStream out) throws IOException {
    try (TokenWriter writer = open(out, true)) {
      codec.write(writer, value);
      writer.newline();
    }
  }

  /**
   * Opens a token writer on a stream, which closing the writer flushes and does not close.
   *
   * @param out the stream
   * @param pretty whether to pretty-print (a file) or write compactly (a JSON Lines record)
   * @return the writer
   * @throws IOException if the engine fails
   */
  public TokenWriter open(OutputStream out, boolean pretty) throws IOException {
    return engine.write(out, pretty, maxNumberLength);
  }
}
