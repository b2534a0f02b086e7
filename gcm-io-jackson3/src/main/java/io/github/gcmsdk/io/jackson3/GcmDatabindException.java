package io.github.gcmsdk.io.jackson3;

import io.github.gcmsdk.io.internal.MapperBinding;
import io.github.gcmsdk.problem.Location;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Report;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

/**
 * Thrown by a Jackson 3 mapper with {@link GcmJackson3Module} when a value of the model has an
 * error: it carries the first error (code, message, JSON Pointer, line and column) and the whole
 * {@link Report} of the value. The Jackson 3 twin of gcm-io's {@code GcmMappingException}.
 */
public final class GcmDatabindException extends DatabindException {

  private static final long serialVersionUID = 1L;

  /** The first error. */
  private final transient Problem problem;
  /** Every problem of the value. */
  private final transient Report report;

  GcmDatabindException(JsonParser parser, Problem problem, Report report) {
    super(parser, MapperBinding.exceptionMessage(problem),
        location(parser, problem.getLocation()));
    this.problem = problem;
    this.report = report;
  }

  private static TokenStreamLocation location(JsonParser parser, Location location) {
    TokenStreamLocation current = parser.currentLocation();
    return new TokenStreamLocation(current.contentReference(), -1L, -1L,
        location.getLine().orElse(-1), location.getColumn().orElse(-1));
  }

  /**
   * Returns the first error of the value.
   *
   * @return the problem
   */
  public Problem getProblem() {
    return problem;
  }

  /**
   * Returns every problem of the value, errors first.
   *
   * @return the report
   */
  public Report getReport() {
    return report;
  }
}
