package io.github.gcmsdk.spring;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a {@link GcmDocumentRejectedException} (reading errors, 400; a body too large, 413)
 * with its RFC 9457 problem detail ({@link GcmProblemDetails}).
 *
 * <p>Ordered first: it handles only its own exception type, so it takes nothing from the
 * application's handlers, and a catch-all handler of the application does not hide its answer.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class GcmProblemDetailsAdvice {

  /** Creates the advice. */
  public GcmProblemDetailsAdvice() {}

  /**
   * Answers a refused document.
   *
   * @param rejected the exception
   * @return the problem detail, with the exception's status
   */
  @ExceptionHandler(GcmDocumentRejectedException.class)
  public ResponseEntity<ProblemDetail> rejected(GcmDocumentRejectedException rejected) {
    return ResponseEntity.status(rejected.getStatusCode()).body(rejected.getBody());
  }
}
