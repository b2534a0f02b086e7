package io.github.gcmsdk.io;

import java.util.Objects;

/**
 * The limits a reader puts on its input, so that no file can exhaust memory or time: each one,
 * when exceeded, is a located {@link io.github.gcmsdk.problem.Severity#ERROR}, never an exception.
 *
 * <table>
 *   <caption>Limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>when exceeded</th></tr>
 *   <tr><td>{@linkplain #getMaxDocumentSize() document size}</td><td>50 MiB</td>
 *       <td>{@link ReadProblem#DOCUMENT_TOO_LARGE}; reading stops</td></tr>
 *   <tr><td>{@linkplain #getMaxNestingDepth() nesting depth}</td><td>64</td>
 *       <td>{@link ReadProblem#NESTING_TOO_DEEP}; the value is skipped</td></tr>
 *   <tr><td>{@linkplain #getMaxStringLength() string length}</td><td>1,000,000 characters</td>
 *       <td>{@link ReadProblem#STRING_TOO_LONG}; the value is skipped</td></tr>
 *   <tr><td>{@linkplain #getMaxNumberLength() number length}</td><td>100 characters</td>
 *       <td>{@link ReadProblem#NUMBER_TOO_LONG}; the value is skipped</td></tr>
 *   <tr><td>{@linkplain #getMaxNameLength() property name length}</td><td>256 characters</td>
 *       <td>{@link ReadProblem#NAME_TOO_LONG}; the property is skipped</td></tr>
 *   <tr><td>{@linkplain #getMaxProblems() problems kept}</td><td>1,000 per document</td>
 *       <td>the rest are counted, by code, in one {@link ReadProblem#PROBLEMS_LEFT_OUT}; reading
 *       goes on</td></tr>
 * </table>
 *
 * <p>The deepest document of the format itself, with sections nested ten levels, is 26 levels
 * deep; deeper nesting is almost always an attack or an error. The problems kept are bounded too:
 * a list of a million bad values would otherwise make a million problems, each larger than the
 * value it reports (a problem that stops reading is always kept). Past the limits gcm-io checks
 * itself, the JSON parser keeps its own backstops (nesting 2000, strings of 20,000,000
 * characters, numbers of 1000, names of 50,000), beyond which reading stops with the same problem.
 *
 * <p>This class is immutable and thread-safe; {@code with*} methods return a copy.
 */
public final class ReadLimits {

  /** The default most bytes of a document: 50 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_SIZE = 50L * 1024 * 1024;
  /** The default deepest nesting of objects and lists: 64. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /** The default longest string: 1,000,000 characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;
  /** The default longest number: 100 characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
  /** The default longest property name: 256 characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 256;
  /** The default most problems kept for one document: 1,000. */
  public static final int DEFAULT_MAX_PROBLEMS = 1_000;
  /** The deepest nesting limit that may be set: 1000. */
  public static final int MAX_NESTING_DEPTH = 1000;

  private static final ReadLimits DEFAULTS = new ReadLimits(DEFAULT_MAX_DOCUMENT_SIZE,
      DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NUMBER_LENGTH,
      DEFAULT_MAX_NAME_LENGTH, DEFAULT_MAX_PROBLEMS);

  private final long maxDocumentSize;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNameLength;
  private final int maxProblems;

  private ReadLimits(long maxDocumentSize, int maxNestingDepth, int maxStringLength,
      int maxNumberLength, int maxNameLength, int maxProblems) {
    this.maxDocumentSize = maxDocumentSize;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
    this.maxNameLength = maxNameLength;
    this.maxProblems = maxProblems;
  }

  /**
   * Returns the default limits.
   *
   * @return the defaults
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the most bytes of one document (characters, when reading a {@code String} or a
   * {@code Reader}). In a collection it applies to each document, not to the whole file.
   *
   * @return the limit
   */
  public long getMaxDocumentSize() {
    return maxDocumentSize;
  }

  /**
   * Returns the deepest nesting of objects and lists; the document object itself is level 1.
   *
   * @return the limit
   */
  public int getMaxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the most characters (UTF-16 code units) of a string value.
   *
   * @return the limit
   */
  public int getMaxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the most characters of a number, as written.
   *
   * @return the limit
   */
  public int getMaxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns the most characters of a property name.
   *
   * @return the limit
   */
  public int getMaxNameLength() {
    return maxNameLength;
  }

  /**
   * Returns the most problems kept for one document. Past it, problems are only counted: the
   * report ends with one {@link ReadProblem#PROBLEMS_LEFT_OUT} that says how many of which code
   * were left out. A problem that stops reading (a syntax error, for example) is always kept.
   *
   * @return the limit
   */
  public int getMaxProblems() {
    return maxProblems;
  }

  /**
   * Returns a copy with another document size limit.
   *
   * @param bytes the most bytes of a document, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if the value is below 1
   */
  public ReadLimits withMaxDocumentSize(long bytes) {
    return new ReadLimits(atLeastOne(bytes, "maxDocumentSize"), maxNestingDepth,
        maxStringLength, maxNumberLength, maxNameLength, maxProblems);
  }

  /**
   * Returns a copy with another nesting depth limit.
   *
   * @param depth the deepest nesting, from 1 to {@value #MAX_NESTING_DEPTH}
   * @return the new limits
   * @throws IllegalArgumentException if the value is out of range
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    if (depth > MAX_NESTING_DEPTH) {
      throw new IllegalArgumentException(
          "Invalid value for maxNestingDepth: " + depth + " (1 to " + MAX_NESTING_DEPTH + ")");
    }
    return new ReadLimits(maxDocumentSize, (int) atLeastOne(depth, "maxNestingDepth"),
        maxStringLength, maxNumberLength, maxNameLength, maxProblems);
  }

  /**
   * Returns a copy with another string length limit.
   *
   * @param characters the most characters of a string, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if the value is below 1
   */
  public ReadLimits withMaxStringLength(int characters) {
    return new ReadLimits(maxDocumentSize, maxNestingDepth,
        (int) atLeastOne(characters, "maxStringLength"), maxNumberLength, maxNameLength,
        maxProblems);
  }

  /**
   * Returns a copy with another number length limit.
   *
   * @param characters the most characters of a number, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if the value is below 1
   */
  public ReadLimits withMaxNumberLength(int characters) {
    return new ReadLimits(maxDocumentSize, maxNestingDepth, maxStringLength,
        (int) atLeastOne(characters, "maxNumberLength"), maxNameLength, maxProblems);
  }

  /**
   * Returns a copy with another property name length limit.
   *
   * @param characters the most characters of a name, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if the value is below 1
   */
  public ReadLimits withMaxNameLength(int characters) {
    return new ReadLimits(maxDocumentSize, maxNestingDepth, maxStringLength, maxNumberLength,
        (int) atLeastOne(characters, "maxNameLength"), maxProblems);
  }

  /**
   * Returns a copy with another limit on the problems kept for one document.
   *
   * @param problems the most problems kept, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if the value is below 1
   */
  public ReadLimits withMaxProblems(int problems) {
    return new ReadLimits(maxDocumentSize, maxNestingDepth, maxStringLength, maxNumberLength,
        maxNameLength, (int) atLeastOne(problems, "maxProblems"));
  }

  private static long atLeastOne(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException("Invalid value for " + name + ": " + value + " (at least 1)");
    }
    return value;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ReadLimits other
        && maxDocumentSize == other.maxDocumentSize
        && maxNestingDepth == other.maxNestingDepth
        && maxStringLength == other.maxStringLength
        && maxNumberLength == other.maxNumberLength
        && maxNameLength == other.maxNameLength
        && maxProblems == other.maxProblems;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxDocumentSize, maxNestingDepth, maxStringLength, maxNumberLength,
        maxNameLength, maxProblems);
  }

  @Override
  public String toString() {
    return "ReadLimits{maxDocumentSize=" + maxDocumentSize + ", maxNestingDepth="
        + maxNestingDepth + ", maxStringLength=" + maxStringLength + ", maxNumberLength="
        + maxNumberLength + ", maxNameLength=" + maxNameLength + ", maxProblems=" + maxProblems
        + "}";
  }
}
