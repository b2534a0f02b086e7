package io.github.gcmsdk.io.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import io.github.gcmsdk.io.ReadLimits;
import io.github.gcmsdk.model.Extensible;
import io.github.gcmsdk.model.json.JsonValue;
import io.github.gcmsdk.problem.Excerpt;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

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
   * Returns a generator that writes numbers the reader of some settings reads back: the
   * generator given, which goes on doing the writing, with the settings' limits attached.
   *
   * @param generator the generator
   * @param settings the settings of the reader
   * @return a generator to give to codecs
   */
  public static JsonGenerator bounded(JsonGenerator generator, ReadSettings settings) {
    return new Bounded(generator, settings.maxNumberLength());
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
    return new Bounded(generator, maxNumberLength);
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
      writeString(generator, string.value());
    } else if (value instanceof JsonValue.JsonNumber number) {
      writeNumber(generator, number.value(), number.negativeZero());
    } else if (value instanceof JsonValue.JsonBoolean bool) {
      generator.writeBoolean(bool.value());
    } else {
      generator.writeNull();
    }
  }

  /**
   * Writes a string in the canonical form: quotation mark, backslash and control characters
   * escaped (short escapes such as {@code \n}, others as six characters in upper-case hex), a lone
   * surrogate escaped in the same six characters, anything else as itself.
   *
   * @param generator the generator
   * @param value the string
   * @throws IOException if writing fails
   */
  public static void writeString(JsonGenerator generator, String value) throws IOException {
    int i = 0;
    while (i < value.length() && !Character.isSurrogate(value.charAt(i))) {
      i++;
    }
    if (i == value.length() || !hasLoneSurrogate(value, i)) {
      generator.writeString(value);
      return;
    }
    // Jackson 2.19 joins a lone surrogate with the character after it into one code point when
    // writing UTF-8, and a Writer-based generator writes it raw: such a string is escaped here.
    StringBuilder literal = new StringBuilder(value.length() + 16).append('"');
    for (int j = 0; j < value.length(); j++) {
      char c = value.charAt(j);
      if (c == '"' || c == '\\') {
        literal.append('\\').append(c);
      } else if (c < 0x20) {
        int shortEscape = "\b\t\n\f\r".indexOf(c);
        if (shortEscape >= 0) {
          literal.append('\\').append("btnfr".charAt(shortEscape));
        } else {
          literal.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
        }
      } else if (Character.isHighSurrogate(c) && j + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(j + 1))) {
        literal.append(c).append(value.charAt(++j));
      } else if (Character.isSurrogate(c)) {
        literal.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        literal.append(c);
      }
    }
    generator.writeRawValue(literal.append('"').toString());
  }

  private static boolean hasLoneSurrogate(String value, int from) {
    for (int i = from; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Writes a number in its canonical text: {@link BigDecimal#toString()} ({@code 2.50}, {@code
   * 1E+3}), with a minus sign before a negative zero. Where that text cannot be read back, the
   * shortest text of the same digits and scale is written instead: the unscaled digits with the
   * scale as exponent ({@code 10E2147483647}, for {@code 10e2147483647}, whose usual text {@code
   * 1.0E+2147483648} has an exponent no reader of decimals parses), or the plain digits ({@code
   * 0.000}{@code 1234...}). A text is not read back when it is longer than the reader's number
   * length limit, and the usual text can be a few characters longer than the one read.
   *
   * @param generator the generator, bounded by a reader's limits if made by this class
   * @param value the number
   * @param negativeZero whether the number is a zero to write with a minus sign
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if no text of the number reads back equal: its scale is
   *     {@code Integer.MIN_VALUE}, or it has more digits than the reader's number length limit
   */
  public static void writeNumber(JsonGenerator generator, BigDecimal value, boolean negativeZero)
      throws IOException {
    int limit = generator instanceof Bounded bounded ? bounded.maxNumberLength
        : ReadLimits.DEFAULT_MAX_NUMBER_LENGTH;
    String sign = negativeZero ? "-" : "";
    String text = null;
    // toString's exponent is precision - 1 - scale, which passes Integer.MAX_VALUE only for
    // scales near Integer.MIN_VALUE.
    if ((long) value.precision() - 1 - value.scale() <= Integer.MAX_VALUE) {
      text = sign + value.toString();
    }
    if (text == null || text.length() > limit) {
      if (value.scale() != Integer.MIN_VALUE) { // else the exponent 2147483648 is too large
        text = shorter(text, sign + value.unscaledValue()
            + (value.scale() == 0 ? "" : "E" + -value.scale()));
      }
      if (value.scale() >= 0 && value.scale() <= limit) { // else longer than the limit anyway
        text = shorter(text, sign + value.toPlainString());
      }
    }
    if (text == null || text.length() > limit) {
      throw new IllegalArgumentException("The number " + Excerpt.of(value.unscaledValue()
          .toString()) + "E" + -(long) value.scale() + " cannot be written in "
          + limit + " characters or fewer, the most the reader accepts"
          + " (ReadLimits.withMaxNumberLength); round it, or raise the limit of the GcmJson that"
          + " writes and reads it");
    }
    generator.writeNumber(text);
  }

  private static String shorter(String text, String other) {
    return text == null || other.length() < text.length() ? other : text;
  }

  /** A generator with the number length limit of the reader that must read back its numbers. */
  private static final class Bounded extends JsonGeneratorDelegate {
    final int maxNumberLength;

    Bounded(JsonGenerator generator, int maxNumberLength) {
      super(generator, false);
      this.maxNumberLength = maxNumberLength;
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
