package io.github.gcmsdk.validation;

import io.github.gcmsdk.problem.Report;
import java.util.Objects;
import java.util.Optional;

/**
 * The report of one document of a collection (a JSON array or JSON Lines file), as {@link
 * GcmValidator#validateCollection(java.nio.file.Path)} gives it: which document, where it starts
 * in the file, and its problems, each located by pointer, line and column in the file.
 *
 * <p>It holds the report and the document's id, not the document: a stream of them can be
 * consumed in constant memory however large the collection.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DocumentReport {

  private final int index;
  private final int line;
  private final String id;
  private final Report report;

  DocumentReport(int index, int line, Optional<String> id, Report report) {
    if (index < 0 || line < 1) {
      throw new IllegalArgumentException("index from 0 and line from 1: " + index + ", " + line);
    }
    this.index = index;
    this.line = line;
    this.id = id.orElse(null);
    this.report = Objects.requireNonNull(report, "report");
  }

  /**
   * Returns the position of the document in the collection, counted from 0 (as {@code gcm
   * validate --format json} gives it as {@code "document"}).
   *
   * @return the index, from 0
   */
  public int getIndex() {
    return index;
  }

  /**
   * Returns the line of the file on which the document starts (in JSON Lines, its record's line;
   * the line numbers of the problems are the file's too).
   *
   * @return the line, from 1
   */
  public int getLine() {
    return line;
  }

  /**
   * Returns the document's id, as read (partner data: escape it before showing it, for example
   * with {@code Excerpt.of}).
   *
   * @return the id, or empty if the document has none or could not be read
   */
  public Optional<String> getId() {
    return Optional.ofNullable(id);
  }

  /**
   * Returns the problems of this document: reading and rule problems, as {@link
   * GcmValidator#validate(io.github.gcmsdk.io.ReadResult)} gives them.
   *
   * @return the report
   */
  public Report getReport() {
    return report;
  }

  /**
   * Tells whether the document has no error.
   *
   * @return {@code getReport().isValid()}
   */
  public boolean isValid() {
    return report.isValid();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof DocumentReport other
        && index == other.index
        && line == other.line
        && Objects.equals(id, other.id)
        && report.equals(other.report);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, line, id, report);
  }

  @Override
  public String toString() {
    return "DocumentReport{index=" + index + ", line=" + line + ", problems="
        + report.getProblems().size() + ", " + (isValid() ? "valid" : "invalid") + "}";
  }
}
