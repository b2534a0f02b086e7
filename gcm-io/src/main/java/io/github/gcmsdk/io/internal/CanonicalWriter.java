package io.github.gcmsdk.io.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
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

  private final JsonFactory factory;
  private final int maxNumberLength;

  /**
   * Creates a writer.
   *
   * @param settings the settings of the reader that must read back what is written: its Jackson
   *     factory and its limits
   */
  public CanonicalWriter(ReadSettings settings) {
    this.factory = settings.factory();
    this.maxNumberLength = settings.maxNumberLength();
  }

  /**
   * Returns the sink codecs write to, on a generator, writing numbers the reader of some settings
   * reads back.
   *
   * @param generator the generator
   * @param settings the settings of the reader
   * @return the sink
   */
  public static TokenSink bounded(JsonGenerator generator, ReadSettings settings) {
    return new Jackson2TokenSink(generator, settings.maxNumberLength());
  }

  /**
   * Returns the sink codecs write to, on a generator {@link #open opened} by this writer.
   *
   * @param generator the generator
   * @return the sink
   */
  public TokenSink sink(JsonGenerator generator) {
    return new Jackson2TokenSink(generator, maxNumberLength);
  }

  /**
   * Writes one value as a pretty-printed file in UTF-8, with a newline at the end.
   *
   * @param <V> the value type
   * @param codec the value's codec
   * @param value the value
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public <V> void writeFile(Codec<V> codec, V value, OutputStream out) throws IOException {
    try (JsonGenerator generator = open(out, true)) {
      codec.write(sink(generator), value);
      generator.writeRaw('\n');
    }
  }

  /**
   * Opens a generator for a pretty-printed file in UTF-8.
   *
   * @param out where to write; not closed
   * @param pretty whether to pretty-print (false for JSON Lines)
   * @return the generator
   * @throws IOException if writing fails
   */
  public JsonGenerator open(OutputStream out, boolean pretty) throws IOException {
    JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8);
    if (pretty) {
      generator.setPrettyPrinter(new CanonicalPrettyPrinter());
    }
    return generator;
  }

  /**
   * The canonical layout: what {@code JSON.stringify(value, null, 2)} produces. Every member and
   * element on its own line, indented by two spaces per level; {@code ": "} after names; empty
   * objects and lists as {@code {}} and {@code []}.
   */
  static final class CanonicalPrettyPrinter implements PrettyPrinter {
    private int depth;

    private void newline(JsonGenerator generator) throws IOException {
      generator.writeRaw('\n');
      for (int i = 0; i < depth; i++) {
        generator.writeRaw("  ");
      }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator generator) throws IOException {
      generator.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator generator) throws IOException {
      generator.writeRaw('{');
      depth++;
    }

    @Override
    public void writeEndObject(JsonGenerator generator, int entries) throws IOException {
      depth--;
      if (entries > 0) {
        newline(generator);
      }
      generator.writeRaw('}');
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator generator) throws IOException {
      generator.writeRaw(',');
      newline(generator);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator generator) throws IOException {
      generator.writeRaw(": ");
    }

    @Override
    public void writeStartArray(JsonGenerator generator) throws IOException {
      generator.writeRaw('[');
      depth++;
    }

    @Override
    public void writeEndArray(JsonGenerator generator, int values) throws IOException {
      depth--;
      if (values > 0) {
        newline(generator);
      }
      generator.writeRaw(']');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator generator) throws IOException {
      generator.writeRaw(',');
      newline(generator);
    }

    @Override
    public void beforeArrayValues(JsonGenerator generator) throws IOException {
      newline(generator);
    }

    @Override
    public void beforeObjectEntries(JsonGenerator generator) throws IOException {
      newline(generator);
    }
  }
}
