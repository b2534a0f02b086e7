package io.github.gcmsdk.spring;

import io.github.gcmsdk.problem.Location;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Report;
import io.github.gcmsdk.problem.Severity;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A stakeholder input request body refused: 400 with the located problems of the document, or
 * 413 when the body is larger than {@code gcm.limits.max-document-size}. Its body is an RFC 9457
 * problem detail made by {@link GcmProblemDetails}; {@link GcmProblemDetailsAdvice} answers with
 * it, and Spring's own handling of {@link ErrorResponseException} would too.
 */
public class GcmDocumentRejectedException extends ErrorResponseException {

  private static final long serialVersionUID = 1L;

  /** The code of the problem reported for a body over the size limit. */
  public static final String TOO_LARGE = "GCM-H001";

  private final transient Report report;

  private GcmDocumentRejectedException(HttpStatus status, String title, Report report) {
    super(status, GcmProblemDetails.toProblemDetail(status, title, report), null);
    this.report = report;
  }

  /**
   * Returns the exception for a document with errors (400).
   *
   * @param report the problems, with at least one error, not null
   * @return the exception
   */
  public static GcmDocumentRejectedException invalid(Report report) {
    return new GcmDocumentRejectedException(HttpStatus.BAD_REQUEST,
        "Invalid stakeholder input", Objects.requireNonNull(report, "report"));
  }

  /**
   * Returns the exception for a body over the size limit (413).
   *
   * @param maxBytes the limit, in bytes
   * @return the exception
   */
  public static GcmDocumentRejectedException tooLarge(long maxBytes) {
    Problem problem = Problem.builder()
        .code(TOO_LARGE)
        .severity(Severity.ERROR)
        .location(Location.of(""))
        .message("The request body is larger than " + maxBytes + " bytes; it was not read.")
        .hint("Send a smaller document, or raise gcm.limits.max-document-size on the server.")
        .build();
    return new GcmDocumentRejectedException(HttpStatus.CONTENT_TOO_LARGE,
        "Stakeholder input too large", Report.of(List.of(problem)));
  }

  /**
   * Returns the problems.
   *
   * @return the report, not null
   */
  public Report getReport() {
    return report;
  }
}
