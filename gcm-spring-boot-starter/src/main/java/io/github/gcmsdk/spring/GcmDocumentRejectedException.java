package io.github.gcmsdk.spring;

import io.github.gcmsdk.io.ReadProblem;
import io.github.gcmsdk.problem.Location;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Report;
import java.util.List;
import java.util.Locale;
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
   * Returns the exception for a body over the size limit (413), reported as gcm-io reports a
   * file over its limit ({@link ReadProblem#DOCUMENT_TOO_LARGE}, {@code GCM-J040}).
   *
   * @param maxBytes the limit, in bytes
   * @param locale the language of the message and hint, not null
   * @return the exception
   */
  public static GcmDocumentRejectedException tooLarge(long maxBytes, Locale locale) {
    ReadProblem tooLarge = ReadProblem.DOCUMENT_TOO_LARGE;
    Problem problem = Problem.builder()
        .code(tooLarge.getCode())
        .severity(tooLarge.getDefaultSeverity())
        .location(Location.of(""))
        .message(tooLarge.getExplanation(locale) + " (" + maxBytes + " bytes)")
        .hint(tooLarge.getHint(locale))
        .build();
    // 413 by number: Spring 6 (Boot 3.5) names it PAYLOAD_TOO_LARGE, Spring 7 CONTENT_TOO_LARGE.
    return new GcmDocumentRejectedException(HttpStatus.valueOf(413),
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
