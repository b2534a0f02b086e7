package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.io.ReadLimits;
import io.github.gcmsdk.io.ReadProblem;
import io.github.gcmsdk.problem.Location;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of one read, renders their messages, and places them at line and column
 * (shifted by the line offset of a JSON Lines record). Keeps at most a given number of problems:
 * past it, problems are only counted by code (no message is made), and {@link #sorted()} ends
 * with one {@link ReadProblem#PROBLEMS_LEFT_OUT} that gives the counts, so that the memory of a
 * read does not grow with the problems of its input. Not thread-safe.
 */
public final class ProblemSink {

  private static final Comparator<Problem> BY_POSITION = Comparator
      .comparingInt((Problem p) -> p.getLocation().getLine().orElse(Integer.MAX_VALUE))
      .thenComparingInt(p -> p.getLocation().getColumn().orElse(Integer.MAX_VALUE));

  private static final ReadProblem[] KINDS = ReadProblem.values();

  private final Messages messages;
  private final int lineOffset;
  private final int maxProblems;
  private final List<Problem> problems = new ArrayList<>();
  private boolean hasError;
  private ByteLines lines; // for positions given as byte offsets; null when none are

  // The problems left out past maxProblems: counts by ReadProblem ordinal (made when the first
  // one is left out), where the first one is, and the highest severity among them.
  private int[] leftOut;
  private long firstLeftOutPosition;
  private Severity leftOutSeverity;

  /**
   * Creates a sink that keeps the default number of problems.
   *
   * @param messages the message texts
   * @param lineOffset the number of lines before line 1 of the parsed text
   */
  public ProblemSink(Messages messages, int lineOffset) {
    this(messages, lineOffset, ReadLimits.DEFAULT_MAX_PROBLEMS);
  }

  /**
   * Creates a sink.
   *
   * @param messages the message texts
   * @param lineOffset the number of lines before line 1 of the parsed text
   * @param maxProblems the most problems kept, at least 1
   */
  public ProblemSink(Messages messages, int lineOffset, int maxProblems) {
    this.messages = messages;
    this.lineOffset = lineOffset;
    this.maxProblems = Math.max(1, maxProblems);
  }

  /**
   * Resolves the positions reported as byte offsets ({@link Positions#ofOffset(long)}) in bytes.
   *
   * @param byteLines the lines of the parsed bytes
   */
  void resolveWith(ByteLines byteLines) {
    this.lines = byteLines;
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
   * Reports a problem with its default severity, with a message that takes no parameters.
   *
   * @param kind the problem
   * @param pointer the JSON Pointer
   * @param position the packed position ({@link Positions}), or {@link Positions#UNKNOWN}
   * @param messageKey the key of the message
   */
  public void report(ReadProblem kind, String pointer, long position, String messageKey) {
    report(kind, kind.getDefaultSeverity(), pointer, position, messageKey, null, Map.of());
  }

  /**
   * Reports a problem with its default severity.
   *
   * @param kind the problem
   * @param pointer the JSON Pointer
   * @param position the packed position ({@link Positions}), or {@link Positions#UNKNOWN}
   * @param messageKey the key of the message
   * @param parameters the message's parameters by name ({@code {name}}), safe strings; its hint
   *     ({@code messageKey.hint}) takes them too
   */
  public void report(ReadProblem kind, String pointer, long position, String messageKey,
      Map<String, String> parameters) {
    report(kind, kind.getDefaultSeverity(), pointer, position, messageKey, null, parameters);
  }

  /**
   * Reports a problem: keeps it, or, past the limit, counts it.
   *
   * @param kind the problem
   * @param severity the severity
   * @param pointer the JSON Pointer
   * @param position the packed position
   * @param messageKey the key of the message
   * @param hint the hint, or null for the message's own hint or else the problem's
   * @param parameters the message's parameters by name ({@code {name}}), safe strings
   */
  public void report(ReadProblem kind, Severity severity, String pointer, long position,
      String messageKey, String hint, Map<String, String> parameters) {
    hasError |= severity == Severity.ERROR;
    if (problems.size() >= maxProblems && !stopsReading(kind)) {
      leaveOut(kind, severity, position);
      return;
    }
    String message = messages.text(messageKey, parameters);
    String hintText = hint;
    if (hintText == null) {
      hintText = messages.has(messageKey + ".hint")
          ? messages.text(messageKey + ".hint", parameters)
          : messages.text(kind.getCode() + ".hint");
    }
    problems.add(Problem.builder()
        .code(kind.getCode())
        .severity(severity)
        .location(location(pointer, position))
        .message(message)
        .hint(hintText)
        .build());
  }

  /**
   * Tells whether problems reported now are still kept, with {@code pending} problems found but
   * not reported yet: a caller that holds problems back (to report them later, or not at all)
   * holds back only those that will be kept, and reports the others at once.
   *
   * @param pending the problems the caller holds back
   * @return true if one more problem would be kept
   */
  public boolean keeps(int pending) {
    return problems.size() + pending < maxProblems;
  }

  /**
   * Counts a problem without keeping it, for a caller that holds problems back and found that
   * this one would not be kept ({@link #keeps(int)}): it is left out as if reported past the
   * limit, so that the problems kept are the first ones, whatever order they are reported in.
   *
   * @param kind the problem
   * @param severity the severity
   * @param position the packed position
   */
  public void count(ReadProblem kind, Severity severity, long position) {
    hasError |= severity == Severity.ERROR;
    leaveOut(kind, severity, position);
  }

  /**
   * The problems that end reading: at most one per read, always kept, so that the report says
   * why reading stopped.
   */
  private static boolean stopsReading(ReadProblem kind) {
    switch (kind) {
      case SYNTAX_ERROR:
      case EMPTY_INPUT:
      case UNSUPPORTED_ENCODING:
      case INVALID_UTF8:
      case DOCUMENT_TOO_LARGE:
      case UNSUPPORTED_FORMAT_VERSION:
        return true;
      default:
        return false;
    }
  }

  private void leaveOut(ReadProblem kind, Severity severity, long position) {
    if (leftOut == null) {
      leftOut = new int[KINDS.length];
      firstLeftOutPosition = position;
      leftOutSeverity = severity;
    } else if (severity != leftOutSeverity && severity.isAtLeast(leftOutSeverity)) {
      leftOutSeverity = severity;
    }
    leftOut[kind.ordinal()]++;
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
   * @param packed the packed position, or {@link Positions#UNKNOWN}
   * @return the location, with line and column when known
   */
  public Location location(String pointer, long packed) {
    long position = lines == null ? packed : lines.resolve(packed);
    if (!Positions.isKnown(position)) {
      return Location.of(pointer);
    }
    return Location.of(pointer, Positions.line(position) + lineOffset, Positions.column(position));
  }

  /**
   * Tells whether a problem of a kind was reported, kept or left out.
   *
   * @param kind the problem
   * @return true if one was
   */
  public boolean has(ReadProblem kind) {
    if (leftOut != null && leftOut[kind.ordinal()] > 0) {
      return true;
    }
    for (Problem problem : problems) {
      if (problem.getCode().equals(kind.getCode())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether an error was reported, kept or left out.
   *
   * @return true after an error
   */
  public boolean hasError() {
    return hasError;
  }

  /**
   * Returns the problems sorted by line and column (stable), then, if problems were left out, the
   * one problem that counts them: a problem of the whole document (pointer {@code ""}), at the
   * line and column of the first problem left out.
   *
   * @return the problems
   */
  public List<Problem> sorted() {
    if (problems.isEmpty() && leftOut == null) {
      return List.of(); // the usual case
    }
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(BY_POSITION);
    if (leftOut != null) {
      sorted.add(leftOutProblem());
    }
    return sorted;
  }

  private Problem leftOutProblem() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (ReadProblem kind : KINDS) {
      if (leftOut[kind.ordinal()] > 0) {
        counts.put(kind.getCode(), (long) leftOut[kind.ordinal()]);
      }
    }
    // a problem of the whole document, where the first left out is
    return ReadProblem.problemsLeftOut(counts, maxProblems, leftOutSeverity,
        location("", firstLeftOutPosition), messages.locale());
  }
}
