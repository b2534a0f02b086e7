package io.github.gcmsdk.model.json;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable JSON value, free of any JSON library.
 *
 * <p>The model keeps with it what a file holds beyond the model itself (unknown properties and
 * extension data), so that reading a file and writing it back loses nothing. A {@code JsonValue}
 * is exactly one of {@link JsonObject}, {@link JsonArray}, {@link JsonString}, {@link JsonNumber},
 * {@link JsonBoolean} or {@link JsonNull}; switch over them with pattern matching.
 *
 * <p>All implementations are immutable and thread-safe, compare by value, and reject {@code null}.
 * Object members keep the order in which they were given.
 */
public sealed interface JsonValue
    permits JsonValue.JsonObject, JsonValue.JsonArray, JsonValue.JsonString, JsonValue.JsonNumber,
        JsonValue.JsonBoolean, JsonValue.JsonNull {

  /**
   * Returns a JSON string.
   *
   * @param value the text, not null
   * @return the string value
   */
  static JsonString of(String value) {
    return new JsonString(value);
  }

  /**
   * Returns a JSON number.
   *
   * @param value the number, not null
   * @return the number value
   */
  static JsonNumber of(BigDecimal value) {
    return new JsonNumber(value);
  }

  /**
   * Returns a JSON number.
   *
   * @param value the number
   * @return the number value
   */
  static JsonNumber of(long value) {
    return new JsonNumber(BigDecimal.valueOf(value));
  }

  /**
   * Returns a negative zero: the JSON number {@code -0}, {@code -0.0} or {@code -0E+3}, which is
   * a JSON number of its own, kept as read (a {@link BigDecimal} has no negative zero).
   *
   * @param scale the zero's scale: 0 for {@code -0}, 1 for {@code -0.0}, -3 for {@code -0E+3}
   * @return the number value
   */
  static JsonNumber negativeZero(int scale) {
    return new JsonNumber(BigDecimal.valueOf(0, scale), true);
  }

  /**
   * Returns a JSON boolean.
   *
   * @param value the boolean
   * @return {@link JsonBoolean#TRUE} or {@link JsonBoolean#FALSE}
   */
  static JsonBoolean of(boolean value) {
    return value ? JsonBoolean.TRUE : JsonBoolean.FALSE;
  }

  /**
   * Returns a JSON array of the given elements.
   *
   * @param elements the elements, not null and without null elements
   * @return the array value
   */
  static JsonArray arrayOf(JsonValue... elements) {
    return new JsonArray(List.of(elements));
  }

  /**
   * Returns a JSON object with the given members, in the given map's iteration order.
   *
   * @param members the members, not null and without null keys or values
   * @return the object value
   */
  static JsonObject objectOf(Map<String, ? extends JsonValue> members) {
    return new JsonObject(Collections.unmodifiableMap(members));
  }

  /**
   * A JSON object: named members in a fixed order.
   *
   * @param members the members; an unmodifiable copy keeps their order
   */
  record JsonObject(Map<String, JsonValue> members) implements JsonValue {
    /**
     * Creates an object, copying the members.
     *
     * @param members the members, not null and without null keys or values
     */
    public JsonObject {
      Map<String, JsonValue> copy = new LinkedHashMap<>();
      members.forEach((name, value) -> copy.put(
          Objects.requireNonNull(name, "member name"), Objects.requireNonNull(value, "member value")));
      members = Collections.unmodifiableMap(copy);
    }
  }

  /**
   * A JSON array.
   *
   * @param elements the elements, unmodifiable
   */
  record JsonArray(List<JsonValue> elements) implements JsonValue {
    /**
     * Creates an array, copying the elements.
     *
     * @param elements the elements, not null and without null elements
     */
    public JsonArray {
      elements = List.copyOf(elements);
    }
  }

  /**
   * A JSON string.
   *
   * @param value the text
   */
  record JsonString(String value) implements JsonValue {
    /**
     * Creates a string value.
     *
     * @param value the text, not null
     */
    public JsonString {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A JSON number, kept exactly: its digits and scale as a {@link BigDecimal} (so {@code 1.50}
   * keeps its scale), and the sign of a zero, which a {@code BigDecimal} does not keep ({@code -0}
   * is not {@code 0}).
   *
   * @param value the number; for a negative zero, the zero with its scale
   * @param negativeZero whether the number is a zero written with a minus sign ({@code -0})
   */
  record JsonNumber(BigDecimal value, boolean negativeZero) implements JsonValue {
    /**
     * Creates a number value.
     *
     * @param value the number, not null
     * @param negativeZero whether the number is a negative zero
     * @throws IllegalArgumentException if {@code negativeZero} is true and the value is not zero
     */
    public JsonNumber {
      Objects.requireNonNull(value, "value");
      if (negativeZero && value.signum() != 0) {
        throw new IllegalArgumentException("Only a zero can be a negative zero, not " + value);
      }
    }

    /**
     * Creates a number value that is not a negative zero.
     *
     * @param value the number, not null
     */
    public JsonNumber(BigDecimal value) {
      this(value, false);
    }
  }

  /** A JSON boolean: {@link #TRUE} or {@link #FALSE}. */
  enum JsonBoolean implements JsonValue {
    /** JSON {@code true}. */
    TRUE,
    /** JSON {@code false}. */
    FALSE;

    /**
     * Returns this value as a Java boolean.
     *
     * @return {@code true} for {@link #TRUE}
     */
    public boolean value() {
      return this == TRUE;
    }
  }

  /** JSON {@code null}: a value in its own right, so the model never holds a Java null. */
  enum JsonNull implements JsonValue {
    /** The only instance. */
    INSTANCE
  }
}
