package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.model.json.JsonValue;
import java.io.IOException;

/**
 * How one kind of value is read, written and described in the JSON Schema: a string, a number,
 * an objective number, a catalogue code, a date, or an object of the format.
 *
 * @param <V> the Java type of the value
 */
public interface Codec<V> {

  /**
   * Reads the value at the parser's current token, which is neither null nor over a limit.
   * Problems are reported at the binder's current pointer ({@link Binder#pointer()}), which is the
   * value's.
   *
   * @param binder the binder, positioned on the value
   * @param position the value's packed position
   * @param depth the nesting depth of the value (the document is 1)
   * @return the value, or null after reporting a problem (the value has been skipped)
   * @throws IOException if the input cannot be read or is not JSON
   */
  V read(Binder binder, long position, int depth) throws IOException;

  /**
   * Writes a value.
   *
   * @param sink the sink
   * @param value the value
   * @throws IOException if writing fails
   */
  void write(TokenSink sink, V value) throws IOException;

  /**
   * Describes the expected value for messages: "an objective number (1 to 23)".
   *
   * @param messages the texts
   * @return the description
   */
  String describe(Messages messages);

  /**
   * Describes a list of such values for messages: "a list of objective numbers".
   *
   * @param messages the texts
   * @return the description
   */
  String describeList(Messages messages);

  /**
   * Returns the JSON Schema of a value.
   *
   * @param schema the schema being generated, for shared definitions
   * @return the schema fragment
   */
  JsonValue schema(SchemaGenerator schema);
}
