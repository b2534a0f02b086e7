package io.github.gcmsdk.io.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import io.github.gcmsdk.model.Extensible;
import io.github.gcmsdk.model.json.JsonValue;
import io.github.gcmsdk.problem.Excerpt;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Writes model values in the canonical form of the format: properties in the order of {@link
 * Format}, known ones first, then extensions in their order; empty lists, absent optional values
 * and values equal to their default left out; numbers exactly as held. A whole file is
 * pretty-printed with two spaces and ends with a newline; a JSON Lines record is compact.
 */
public final class CanonicalWriter {

  private final JsonFactory factory;

  /**
   * Creates a writer.
   *
   * @param factory the Jackson factory
   */
  public CanonicalWriter(JsonFactory factory) {
    this.factory = factory;
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
    try (JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8)) {
      generator.setPrettyPrinter(new CanonicalPrettyPrinter());
      codec.write(generator, value);
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
   * Writes an object of a type of the format.
   *
   * @param <T> the model type
   * @param generator the generator
   * @param type the type
   * @param value the object
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if an extension has the name of a property of the type, or a
   *     member name holds a lone surrogate
   */
  public static <T extends Extensible> void writeObject(JsonGenerator generator,
      TypeSpec<T, ?> type, T value) throws IOException {
    generator.writeStartObject();
    for (Property<T, ?> property : type.properties()) {
      property.write(generator, value);
    }
    for (Map.Entry<String, JsonValue> member : value.getExtensions().entrySet()) {
      if (type.propertyOrNull(member.getKey()) != null) {
        throw new IllegalArgumentException("The extension \"" + Excerpt.of(member.getKey())
            + "\" of a " + type.name() + " has the name of a property of the format;"
            + " set the property instead");
      }
      writeName(generator, member.getKey());
      writeJson(generator, member.getValue());
    }
    generator.writeEndObject();
  }

  /**
   * Writes a member name, which must not hold a lone surrogate: JSON parsers (Jackson among them)
   * reject such names, so a file with one could not be read back.
   */
  private static void writeName(JsonGenerator generator, String name) throws IOException {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < name.length()
          && Character.isLowSurrogate(name.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException("The member name \"" + Excerpt.of(name)
            + "\" holds half of a surrogate pair, which no JSON reader accepts in a name");
      }
    }
    generator.writeFieldName(name);
  }

  /**
   * Writes a JSON value.
   *
   * @param generator the generator
   * @param value the value
   * @throws IOException if writing fails
   */
  public static void writeJson(JsonGenerator generator, JsonValue value) throws IOException {
    if (value instanceof JsonValue.JsonObject object) {
      generator.writeStartObject();
      for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
        writeName(generator, member.getKey());
        writeJson(generator, member.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof JsonValue.JsonArray array) {
      generator.writeStartArray();
      for (JsonValue element : array.elements()) {
        writeJson(generator, element);
      }
      generator.writeEndArray();
    } else if (value instanceof JsonValue.JsonString string) {
      generator.writeString(string.value());
    } else if (value instanceof JsonValue.JsonNumber number) {
      generator.writeNumber(number.value());
    } else if (value instanceof JsonValue.JsonBoolean bool) {
      generator.writeBoolean(bool.value());
    } else {
      generator.writeNull();
    }
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
