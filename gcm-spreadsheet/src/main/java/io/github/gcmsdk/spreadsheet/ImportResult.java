package io.github.gcmsdk.spreadsheet;

import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Report;
import io.github.gcmsdk.problem.Location;
import java.util.Objects;
import java.util.function.Function;
import java.util.Optional;

/**
 * What importing a spreadsheet gave: the document, when one could be built without an error, and
 * the report of every problem, each located by cell and JSON Pointer. Immutable and thread-safe.
 */
public final class ImportResult {

  private final StakeholderInput document;
  private final Report report;
  private final Function<String, String> cells;

  ImportResult(StakeholderInput document, Report report, Function<String, String> cells) {
    this.document = document;
    this.report = Objects.requireNonNull(report, "report");
    this.cells = cells;
  }

  /**
   * Locates a value of the document by its cell, for problems found later, such as those of
   * gcm-validation's rules: the cell the value came from, or the row of the nearest object.
   *
   * @param jsonPointer the value's JSON Pointer, not null
   * @return the location, with the pointer and a cell
   */
  public Location locate(String jsonPointer) {
    return Location.of(jsonPointer).withCellOnly(cells.apply(jsonPointer));
  }

  /**
   * Returns the document.
   *
   * @return the document, absent if the spreadsheet has an error
   */
  public Optional<StakeholderInput> getDocument() {
    return Optional.ofNullable(document);
  }

  /**
   * Returns the report: the spreadsheet's problems ({@code GCM-S}) and the JSON reader's
   * ({@code GCM-J}), each with its cell ({@link io.github.gcmsdk.problem.Location#getCell()}).
   *
   * @return the report
   */
  public Report getReport() {
    return report;
  }

  /**
   * Tells whether the import gave a document and no error.
   *
   * @return true if valid
   */
  public boolean isValid() {
    return document != null && report.isValid();
  }

  @Override
  public String toString() {
    return "ImportResult[document=" + (document != null) + ", problems="
        + report.getProblems().size() + "]";
  }
}
