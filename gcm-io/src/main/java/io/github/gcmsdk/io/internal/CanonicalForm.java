package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.model.Extensible;
import io.github.gcmsdk.model.json.JsonValue;
import io.github.gcmsdk.problem.Excerpt;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * The canonical form of values of the format, written to a {@link TokenSink} of any JSON engine:
 * properties in the order of {@link Format}, known ones first, then extensions in their order;
 * numbers exactly as held, strings with lone surrogates escaped. {@link CanonicalWriter} lays
 * them out with Jackson 2.
 *
 * <p>It never writes what the reader would reject: a value no reader with the same limits could
 * read back equal is refused with an {@link IllegalArgumentException} instead.
 */
public final class CanonicalForm {

  private CanonicalForm() {}

  /**
   * Writes an object of a type of the format.
   *
   * @param <T> the model type
   * @param sink the sink
   * @param type the type
   * @param value the object
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if an extension has the name of a property of the type, or a
   *     member name holds a lone surrogate
   */
  public static <T extends Extensible> void writeObject(TokenSink sink,
      TypeSpec<T, ?> type, T value) throws IOException {
    sink.startObject();
    for (Property<T, ?> property : type.properties()) {
      property.write(sink, value);
    }
    for (Map.Entry<String, JsonValue> member : value.getExtensions().entrySet()) {
      if (type.propertyOrNull(member.getKey()) != null) {
        throw new IllegalArgumentException("The extension \"" + Excerpt.of(member.getKey())
            + "\" of a " + type.name() + " has the name of a property of the format;"
            + " set the property instead");
      }
      writeName(sink, member.getKey());
      writeJson(sink, member.getValue());
    }
    sink.endObject();
  }

  /**
   * Writes a member name, which must not hold a lone surrogate: JSON parsers (Jackson among them)
   * reject such names, so a file with one could not be read back.
   */
  private static void writeName(TokenSink sink, String name) throws IOException {
    if (holdsLoneSurrogate(name)) {
      throw new IllegalArgumentException("The member name \"" + Excerpt.of(name)
          + "\" holds half of a surrogate pair, which no JSON reader accepts in a name");
    }
    sink.name(name);
  }

  /**
   * Tells whether a text holds half of a surrogate pair without its other half.
   *
   * @param text the text
   * @return whether it does
   */
  public static boolean holdsLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Writes a JSON value.
   *
   * @param sink the sink
   * @param value the value
   * @throws IOException if writing fails
   */
  public static void writeJson(TokenSink sink, JsonValue value) throws IOException {
    if (value instanceof JsonValue.JsonObject object) {
      sink.startObject();
      for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
        writeName(sink, member.getKey());
        writeJson(sink, member.getValue());
      }
      sink.endObject();
    } else if (value instanceof JsonValue.JsonArray array) {
      sink.startArray();
      for (JsonValue element : array.elements()) {
        writeJson(sink, element);
      }
      sink.endArray();
    } else if (value instanceof JsonValue.JsonString string) {
      writeString(sink, string.value());
    } else if (value instanceof JsonValue.JsonNumber number) {
      writeNumber(sink, number.value(), number.negativeZero());
    } else if (value instanceof JsonValue.JsonBoolean bool) {
      sink.bool(bool.value());
    } else {
      sink.nullValue();
    }
  }

  /**
   * Writes a string in the canonical form: quotation mark, backslash and control characters
   * escaped (short escapes such as {@code \n}, others as six characters in upper-case hex), a lone
   * surrogate escaped in the same six characters, anything else as itself.
   *
   * @param sink the sink
   * @param value the string
   * @throws IOException if writing fails
   */
  public static void writeString(TokenSink sink, String value) throws IOException {
    int i = 0;
    while (i < value.length() && !Character.isSurrogate(value.charAt(i))) {
      i++;
    }
    if (i == value.length() || !hasLoneSurrogate(value, i)) {
      sink.string(value);
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
    sink.rawValue(literal.append('"').toString());
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
   * @param sink the sink, which knows the reader's limit
   * @param value the number
   * @param negativeZero whether the number is a zero to write with a minus sign
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if no text of the number reads back equal: its scale is
   *     {@code Integer.MIN_VALUE}, or it has more digits than the reader's number length limit
   */
  public static void writeNumber(TokenSink sink, BigDecimal value, boolean negativeZero)
      throws IOException {
    int limit = sink.maxNumberLength();
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
    sink.number(text);
  }

  private static String shorter(String text, String other) {
    return text == null || other.length() < text.length() ? other : text;
  }
}
