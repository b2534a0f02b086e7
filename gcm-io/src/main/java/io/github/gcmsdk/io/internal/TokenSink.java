package io.github.gcmsdk.io.internal;

import java.io.IOException;

/**
 * What the canonical writing ({@link CanonicalForm}, the codecs) needs of a streaming JSON
 * generator, so that it is shared by the JSON engines (Jackson 2, {@link Jackson2TokenSink}). The
 * generator's own pretty printer lays the tokens out.
 */
public interface TokenSink {

  /**
   * Returns the longest number, in characters, the writer may write: the reader's limit.
   *
   * @return the limit
   */
  int maxNumberLength();

  /**
   * Starts an object.
   *
   * @throws IOException if writing fails
   */
  void startObject() throws IOException;

  /**
   * Ends an object.
   *
   * @throws IOException if writing fails
   */
  void endObject() throws IOException;

  /**
   * Starts an array.
   *
   * @throws IOException if writing fails
   */
  void startArray() throws IOException;

  /**
   * Ends an array.
   *
   * @throws IOException if writing fails
   */
  void endArray() throws IOException;

  /**
   * Writes a member name, free of lone surrogates.
   *
   * @param name the name
   * @throws IOException if writing fails
   */
  void name(String name) throws IOException;

  /**
   * Writes a string, free of lone surrogates.
   *
   * @param value the string
   * @throws IOException if writing fails
   */
  void string(String value) throws IOException;

  /**
   * Writes a value already in JSON, as is (a string with lone surrogates escaped).
   *
   * @param json the value's JSON text
   * @throws IOException if writing fails
   */
  void rawValue(String json) throws IOException;

  /**
   * Writes a number given as its JSON text.
   *
   * @param text the text
   * @throws IOException if writing fails
   */
  void number(String text) throws IOException;

  /**
   * Writes a number.
   *
   * @param value the number
   * @throws IOException if writing fails
   */
  void number(int value) throws IOException;

  /**
   * Writes a boolean.
   *
   * @param value the boolean
   * @throws IOException if writing fails
   */
  void bool(boolean value) throws IOException;

  /**
   * Writes {@code null}.
   *
   * @throws IOException if writing fails
   */
  void nullValue() throws IOException;
}
