package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.io.ReadProblem;
import io.github.gcmsdk.problem.Location;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one read, renders their messages, and places them at line and column
 * (shifted by the line offset of a JSON Lines record). Not thread-safe.
 */
public final class ProblemSink {

  private static final Comparator<Problem> BY_POSITION = Comparator
      .comparingInt((Problem p) -> p.getLocation().getLine().orElse(Integer.MAX_VALUE))
      .thenComparingInt(p -> p.getLocation().getColumn().orElse(Integer.MAX_VALUE));

  private final Messages messages;
  private final int lineOffset;
  private final List<Problem> problems = new ArrayList<>();
  private boolean hasError;

  /**
   * Creates a sink.
   *
   * @param messages the message texts
   * @param lineOffset the number of lines before line 1 of the parsed text
   */
  public ProblemSink(Messages messages, int lineOffset) {
    this.messages = messages;
    this.lineOffset = lineOffset;
  }

  /**
   * Returns the messages.
   *
   * @return the messages
   */
  public Messages messages() {
    return messages;
  }

  /**
   * Returns the line offset.
   *
   * @return lines before line 1
   */
  public int lineOffset() {
    return lineOffset;
  }

  /**
   * Reports a problem with its default severity.
   *
   * @param kind the problem
   * @param pointer the JSON Pointer
   * @param position the packed position ({@link Positions}), or {@link Positions#UNKNOWN}
   * @param messageKey the key of the message
   * @param args safe message arguments
   * @return the problem builder's result
   */
  public Problem report(ReadProblem kind, String pointer, long position, String messageKey,
      String... args) {
    return report(kind, kind.getDefaultSeverity(), pointer, position, messageKey, null, args);
  }

  /**
   * Reports a problem.
   *
   * @param kind the problem
   * @param severity the severity
   * @param pointer the JSON Pointer
   * @param position the packed position
   * @param messageKey the key of the message
   * @param hint the hint, or null for the message's own hint or else the problem's
   * @param args safe message arguments
   * @return the problem
   */
  public Problem report(ReadProblem kind, Severity severity, String pointer, long position,
      String messageKey, String hint, String... args) {
    String message = messages.text(messageKey, args);
    String hintText = hint;
    if (hintText == null) {
      hintText = messages.has(messageKey + ".hint")
          ? messages.text(messageKey + ".hint", args)
          : messages.text(kind.getCode() + ".hint");
    }
    Problem problem = Problem.builder()
        .code(kind.getCode())
        .severity(severity)
        .location(location(pointer, position))
        .message(message)
        .hint(hintText)
        .build();
    problems.add(problem);
    hasError |= severity == Severity.ERROR;
    return problem;
  }

  /**
   * Adds a problem made elsewhere (a problem of the whole file, such as its byte order mark).
   *
   * @param problem the problem
   */
  public void add(Problem problem) {
    problems.add(problem);
    hasError |= problem.getSeverity() == Severity.ERROR;
  }

  /**
   * Returns a location for a pointer and packed position.
   *
   * @param pointer the pointer
   * @param position the packed position, or {@link Positions#UNKNOWN}
   * @return the location, with line and column when known
   */
  public Location location(String pointer, long position) {
    if (!Positions.isKnown(position)) {
      return Location.of(pointer);
    }
    return Location.of(pointer, Positions.line(position) + lineOffset, Positions.column(position));
  }

  /**
   * Tells whether a problem of a kind was reported.
   *
   * @param kind the problem
   * @return true if one was
   */
  public boolean has(ReadProblem kind) {
    for (Problem problem : problems) {
      if (problem.getCode().equals(kind.getCode())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether an error was reported.
   *
   * @return true after an error
   */
  public boolean hasError() {
    return hasError;
  }

  /**
   * Returns the problems sorted by line and column (stable).
   *
   * @return the problems
   */
  public List<Problem> sorted() {
    if (problems.isEmpty()) {
      return List.of(); // the usual case
    }
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(BY_POSITION);
    return sorted;
  }
}
