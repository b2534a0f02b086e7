package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.io.ReadProblem;
import java.io.IOException;
import java.util.Map;

/**
 * A problem with the input found below the JSON parser (invalid UTF-8, a document over the size
 * limit), thrown through Jackson as an {@link IOException} and turned into a located problem.
 */
public final class InputFailure extends IOException {

  private static final long serialVersionUID = 1L;

  /** The problem. */
  private final ReadProblem kind;
  /** The message key. */
  private final String messageKey;
  /** The message's parameters by name, safe strings. */
  private final Map<String, String> parameters;
  /** The packed position. */
  private final long position;

  /**
   * Creates a failure.
   *
   * @param kind the problem
   * @param position the packed position
   * @param messageKey the key of the message
   * @param parameters the message's parameters by name, safe strings
   */
  public InputFailure(ReadProblem kind, long position, String messageKey,
      Map<String, String> parameters) {
    super(kind.getCode() + " at " + Positions.line(position) + ":" + Positions.column(position));
    this.kind = kind;
    this.position = position;
    this.messageKey = messageKey;
    this.parameters = Map.copyOf(parameters);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this; // an expected condition of the input: no stack trace needed
  }

  /**
   * Reports this failure.
   *
   * @param sink the sink
   * @param pointer the pointer of the value being read
   */
  public void report(ProblemSink sink, String pointer) {
    sink.report(kind, pointer, position, messageKey, parameters);
  }
}
