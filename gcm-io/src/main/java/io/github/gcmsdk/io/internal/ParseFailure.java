package io.github.gcmsdk.io.internal;

import java.io.IOException;

/**
 * A problem of the input met by a JSON engine's parser, told apart from the engine's own exception
 * types (Jackson 2's and 3's differ) so that one reader reports it for both. Its message is the
 * engine's, without location, which {@link SyntaxErrors} reads to choose the problem.
 */
public final class ParseFailure extends IOException {

  private static final long serialVersionUID = 1L;

  /** What kind of failure. */
  public enum Kind {
    /** Text that is not JSON. */
    SYNTAX,
    /** The input ended inside a value. */
    END_OF_INPUT,
    /** One of the engine's stream limits (nesting, string, number or name length). */
    LIMIT
  }

  /**
   * The message of an engine that checks member names itself for half of a surrogate pair (which
   * other engines refuse while parsing): thrown with the parser on the name.
   */
  public static final String LONE_SURROGATE_IN_NAME = "Invalid lone surrogate in a property name";

  private final Kind kind;
  private final long position;
  private final long charOffset;

  /**
   * Creates a failure.
   *
   * @param kind what kind
   * @param message the engine's message without location
   * @param position where the parser stopped, packed ({@link Positions}), or unknown
   * @param charOffset the character offset where it stopped, or -1
   * @param cause the engine's exception
   */
  public ParseFailure(Kind kind, String message, long position, long charOffset,
      Throwable cause) {
    super(String.valueOf(message), cause);
    this.kind = kind;
    this.position = position;
    this.charOffset = charOffset;
  }

  /**
   * Returns what kind of failure this is.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns where the parser stopped.
   *
   * @return the packed position, or {@link Positions#UNKNOWN}
   */
  public long position() {
    return position;
  }

  /**
   * Returns the character offset where the parser stopped.
   *
   * @return the offset, or -1 if unknown
   */
  public long charOffset() {
    return charOffset;
  }
}
