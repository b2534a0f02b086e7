package io.github.gcmsdk.io.internal;

/**
 * The kinds of token the binder reads, independent of the JSON engine that parses them (Jackson 2
 * or 3): a {@link TokenSource} maps its own tokens to these.
 */
public enum Token {
  /** The start of an object. */
  START_OBJECT,
  /** The end of an object. */
  END_OBJECT,
  /** The start of an array. */
  START_ARRAY,
  /** The end of an array. */
  END_ARRAY,
  /** A member name. */
  NAME,
  /** A string value. */
  STRING,
  /** A number without fraction or exponent. */
  INTEGER,
  /** A number with a fraction or an exponent. */
  DECIMAL,
  /** {@code true}. */
  TRUE,
  /** {@code false}. */
  FALSE,
  /** {@code null}. */
  NULL,
  /** Anything else an engine may give (not met on JSON text). */
  OTHER;

  /**
   * Returns whether the token starts an object or an array.
   *
   * @return whether it does
   */
  public boolean isStructStart() {
    return this == START_OBJECT || this == START_ARRAY;
  }

  /**
   * Returns whether the token is a number.
   *
   * @return whether it is
   */
  public boolean isNumeric() {
    return this == INTEGER || this == DECIMAL;
  }
}
