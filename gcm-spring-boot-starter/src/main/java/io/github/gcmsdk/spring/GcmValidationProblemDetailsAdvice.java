package io.github.gcmsdk.spring;

import io.github.gcmsdk.io.ReadResult;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Location;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Report;
import io.github.gcmsdk.problem.Severity;
import io.github.gcmsdk.validation.ConstraintViolations;
import io.github.gcmsdk.validation.ValidationRule;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a {@link MethodArgumentNotValidException} for a {@link StakeholderInput} argument
 * ({@code @Valid}) with 400 and an RFC 9457 problem detail ({@link GcmProblemDetails}): each
 * violation with its gcm code ({@link ConstraintViolations#ruleOf}), its pointer and, when {@link
 * GcmStakeholderInputHttpMessageConverter} read the body, its line and column.
 *
 * <p>Ordered last, so that the application's own handlers of the exception come first: such a
 * handler then answers for stakeholder input too, and can keep the located problems by calling
 * {@link #toProblemDetail(MethodArgumentNotValidException)}. For arguments of other types this
 * advice rethrows, and Spring's default handling applies.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class GcmValidationProblemDetailsAdvice {

  /** Creates the advice. */
  public GcmValidationProblemDetailsAdvice() {}

  /**
   * Answers a stakeholder input that {@code @Valid} found invalid; rethrows for other types.
   *
   * @param invalid the exception
   * @return the problem detail, 400
   * @throws MethodArgumentNotValidException if the argument is not stakeholder input
   */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid)
      throws MethodArgumentNotValidException {
    if (!(invalid.getTarget() instanceof StakeholderInput)) {
      throw invalid; // not ours: Spring's (or the application's) handling applies
    }
    return ResponseEntity.badRequest().body(toProblemDetail(invalid));
  }

  /**
   * Returns the problem detail for a stakeholder input that {@code @Valid} found invalid.
   *
   * @param invalid the exception, for a {@link StakeholderInput} argument
   * @return the problem detail, status 400
   */
  public static ProblemDetail toProblemDetail(MethodArgumentNotValidException invalid) {
    Optional<ReadResult<StakeholderInput>> read =
        GcmStakeholderInputHttpMessageConverter.readResult();
    Locale locale = LocaleContextHolder.getLocale();
    List<Problem> problems = new ArrayList<>();
    for (ObjectError error : invalid.getBindingResult().getAllErrors()) {
      if (error.contains(ConstraintViolation.class)) {
        problems.add(problem(error.unwrap(ConstraintViolation.class), read, locale));
      }
    }
    Report report = Report.of(problems).sortedByLocation();
    return GcmDocumentRejectedException.invalid(report).getBody();
  }

  private static Problem problem(ConstraintViolation<?> violation,
      Optional<ReadResult<StakeholderInput>> read, Locale locale) {
    ValidationRule rule = ConstraintViolations.ruleOf(violation);
    String pointer = ConstraintViolations.toJsonPointer(violation.getPropertyPath());
    Location location = read.map(r -> locate(r, pointer)).orElseGet(() -> Location.of(pointer));
    return Problem.builder()
        .code(rule.getCode())
        .severity(Severity.ERROR) // Bean Validation knows no warnings: a violation is an error
        .location(location)
        .message(violation.getMessage())
        .hint(rule.getHint(locale))
        .build();
  }

  private static Location locate(ReadResult<StakeholderInput> read, String pointer) {
    try {
      return read.locate(pointer);
    } catch (RuntimeException e) {
      return Location.of(pointer); // a pointer the read did not index: located by pointer only
    }
  }
}
