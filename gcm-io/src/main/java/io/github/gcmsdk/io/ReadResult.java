package io.github.gcmsdk.io;

import io.github.gcmsdk.io.internal.LocationIndex;
import io.github.gcmsdk.problem.Location;
import io.github.gcmsdk.problem.Report;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What reading a document gave: the document, as much of it as could be built, and a report of
 * every problem found, each located by JSON Pointer, line and column.
 *
 * <p>Reading never throws for bad input: a result always comes back. {@link #isValid()} tells
 * whether the document can be trusted; when it is not valid, {@link #getDocument()} may still hold
 * what could be built (the elements that could not be built left out), or be empty when nothing
 * could (a syntax error, another major format version).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of document
 */
public final class ReadResult<T> {

  private final T document;
  private final Report report;
  private final LocationIndex locations;
  private final int index;
  private final int line;

  private final MigrationReport migration;

  ReadResult(T document, Report report, LocationIndex locations, int index, int line,
      MigrationReport migration) {
    this.migration = migration;
    this.document = document;
    this.report = Objects.requireNonNull(report, "report");
    this.locations = Objects.requireNonNull(locations, "locations");
    this.index = index;
    this.line = line;
  }

  /**
   * Returns the document, as far as it could be built.
   *
   * @return the document, or empty if none could be built
   */
  public Optional<T> getDocument() {
    return Optional.ofNullable(document);
  }

  /**
   * Returns the problems found while reading, sorted by line and column.
   *
   * @return the report
   */
  public Report getReport() {
    return report;
  }

  /**
   * Tells whether a document was read whole and no problem is an error (warnings and
   * information may remain).
   *
   * @return {@code true} if the document is present and the report has no error
   */
  public boolean isValid() {
    return document != null && report.isValid();
  }

  /**
   * Returns where the value at a JSON Pointer starts in the file that was read.
   *
   * <p>The pointer given is into the document as built; the location returned names the same
   * value in the file. They differ where list elements were left out because they could not be
   * built: in {@code "objectives": [11, "11", 12]} the string is left out, and {@code
   * /objectives/1} of the built document is located as {@code /objectives/2}, at the {@code 12}.
   * So the pointers of a report made from both, reading problems and problems of the built
   * document, all name places in the file. For a pointer to something absent (a missing
   * property), the line and column are those of the nearest enclosing value present.
   *
   * @param jsonPointer a JSON Pointer (RFC 6901), {@code ""} for the whole document, not null
   * @return the location, with the pointer of the value in the file; without line and column
   *     only if nothing at all could be read
   * @throws IllegalArgumentException if the pointer is not a JSON Pointer
   */
  public Location locate(String jsonPointer) {
    Objects.requireNonNull(jsonPointer, "jsonPointer");
    return locations.locate(jsonPointer);
  }

  /**
   * Returns what upgrading the document from format 1.x to 2.0 moved where, for a document read
   * from a file of format 1.x (which the report then tells with {@link
   * ReadProblem#FORMAT_UPGRADED}).
   *
   * @return the migration report, or empty for a file of format 2.x
   */
  public Optional<MigrationReport> getMigration() {
    return Optional.ofNullable(migration);
  }

  /**
   * Returns the position of the document in the collection it was read from, counted from 0.
   *
   * @return the index, or empty for a document read on its own
   */
  public OptionalInt getIndex() {
    return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
  }

  /**
   * Returns the line of the file on which the document starts: 1 for a document read on its own,
   * the record's line in JSON Lines.
   *
   * @return the line, from 1
   */
  public int getLine() {
    return line;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ReadResult<?> other
        && Objects.equals(document, other.document)
        && report.equals(other.report)
        && locations.equals(other.locations)
        && index == other.index
        && line == other.line
        && Objects.equals(migration, other.migration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(document, report, locations, index, line, migration);
  }

  @Override
  public String toString() {
    return "ReadResult{" + (isValid() ? "valid" : "invalid")
        + (index >= 0 ? ", index=" + index : "")
        + ", line=" + line
        + ", problems=" + report.getProblems().size()
        + ", document=" + (document == null ? "none" : "present") + "}";
  }
}
