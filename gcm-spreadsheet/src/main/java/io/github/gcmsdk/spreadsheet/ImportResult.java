package io.github.gcmsdk.spreadsheet;

import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Report;
import java.util.Objects;
import java.util.Optional;

/**
 * What importing a spreadsheet gave: the document, when one could be built without an error, and
 * the report of every problem, each located by cell and JSON Pointer. Immutable and thread-safe.
 */
public final class ImportResult {

  private final StakeholderInput document;
  private final Report report;

  ImportResult(StakeholderInput document, Report report) {
    this.document = document;
    this.report = Objects.requireNonNull(report, "report");
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
