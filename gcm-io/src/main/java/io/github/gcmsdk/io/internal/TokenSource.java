package io.github.gcmsdk.io.internal;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * What the {@link Binder} needs of a streaming JSON parser, so that the binder and the format
 * table are shared by the JSON engines (Jackson 2, {@link Jackson2Tokens}; Jackson 3 in gcm-io-jackson3). One
 * implementation is loaded per engine: the calls stay monomorphic and are inlined.
 *
 * <p>A failure of the input (a syntax error, a stream limit) is thrown as an {@link IOException}
 * that the engine's {@link JsonEngine#parseFailure} tells from a failure of the underlying stream;
 * an {@link InputFailure} of the characters' source passes through as it is.
 */
public interface TokenSource extends Closeable {

  /** Opens the token source of an engine on bytes in memory. */
  @FunctionalInterface
  interface OnBytes {
    /**
     * Opens a token source on bytes.
     *
     * @param bytes the bytes
     * @param from the offset of the first byte to parse
     * @param length the number of bytes to parse
     * @return the token source, before the first token
     * @throws IOException if the engine fails
     */
    TokenSource open(byte[] bytes, int from, int length) throws IOException;
  }

  /**
   * Returns the current token: the one this source last moved to (a move that fails leaves it).
   *
   * @return the token, or null before the first and after the last
   */
  Token currentToken();

  /**
   * Returns whether the engine's parser is on a member name, asked of the parser itself: a move
   * that fails on the value after a name may leave the parser on that name, which {@link
   * #currentToken()} does not show. For a problem's location only.
   *
   * @return whether it is
   */
  boolean engineOnName();

  /**
   * Moves to the next token.
   *
   * @return the token, or null at the end of the input
   * @throws IOException if the input cannot be read or is not JSON
   */
  Token nextToken() throws IOException;

  /**
   * Moves to the next token of an object, a member name or the object's end, matching the name
   * with an expected one in the parser's buffer: the match avoids a symbol-table lookup.
   *
   * @param names the property names of the object's type
   * @param expected the index of the property expected, any number (none: no match attempted)
   * @return the token, or null at the end of the input
   * @throws IOException if the input cannot be read or is not JSON
   */
  Token nextMember(MemberNames names, int expected) throws IOException;

  /**
   * Returns the current member name, on a name or the value after it.
   *
   * @return the name
   * @throws IOException if the engine fails
   */
  String currentName() throws IOException;

  /**
   * Returns the text of the current token: a string's value, a number as written.
   *
   * @return the text
   * @throws IOException if the input cannot be read or is not JSON
   */
  String text() throws IOException;

  /**
   * Returns the length of the current token's text, without making a string of it.
   *
   * @return the length in characters
   * @throws IOException if the input cannot be read or is not JSON
   */
  int textLength() throws IOException;

  /**
   * Returns whether the number at the current token is written with a minus sign (to keep the
   * sign of {@code -0}).
   *
   * @return whether it is
   * @throws IOException if the input cannot be read or is not JSON
   */
  boolean minusSign() throws IOException;

  /**
   * Returns whether the integer at the current token fits an {@code int}.
   *
   * @return whether it does
   * @throws IOException if the input cannot be read or is not JSON
   */
  boolean fitsInt() throws IOException;

  /**
   * Returns the integer at the current token, which {@link #fitsInt() fits an int}.
   *
   * @return the value
   * @throws IOException if the input cannot be read or is not JSON
   */
  int intValue() throws IOException;

  /**
   * Returns the number at the current token, exactly.
   *
   * @return the value
   * @throws IOException if the input cannot be read or is not JSON
   * @throws NumberFormatException if its exponent is out of a {@link BigDecimal}'s range (or
   *     {@link ArithmeticException})
   */
  BigDecimal decimalValue() throws IOException;

  /**
   * Returns where the current token starts, line and column packed ({@link Positions#of(int,
   * int)}).
   *
   * @return the position
   */
  long tokenPosition();

  /**
   * Returns the byte offset where the current token starts, for a parser on bytes.
   *
   * @return the offset from the start of the parsed bytes
   */
  long tokenByteOffset();

  /**
   * Returns the character offset where the current token starts (the byte offset, for a parser
   * on bytes).
   *
   * @return the offset
   */
  long tokenCharOffset();

  /**
   * Returns where the parser is now: after the current token, or where it stopped on a failure.
   *
   * @return the packed position ({@link Positions}), or {@link Positions#UNKNOWN}
   */
  long currentPosition();

  /**
   * Returns the nesting depth of the parser's context: 0 at the root, 1 in the root's object or
   * array, and so on.
   *
   * @return the depth
   */
  int depth();

  /**
   * Returns whether the parser's context is an object.
   *
   * @return whether it is
   */
  boolean inObject();

  /**
   * Returns the index of the current element in the parser's context, an array.
   *
   * @return the index, or -1 outside an array or before its first element
   */
  int elementIndex();

  /**
   * Skips the object or array the current token starts, to its end.
   *
   * @throws IOException if the input cannot be read or is not JSON
   */
  void skipChildren() throws IOException;
}
