package io.github.gcmsdk.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.gcmsdk.io.internal.MapperBinding;
import io.github.gcmsdk.problem.Location;
import io.github.gcmsdk.problem.Problem;
import io.github.gcmsdk.problem.Report;

/**
 * Thrown by an {@link com.fasterxml.jackson.databind.ObjectMapper} with {@link GcmJacksonModule}
 * when a value it reads has an error: the first error becomes the exception's message and
 * location, and {@link #getReport()} holds every problem of the value.
 *
 * <p>The report is not serialized with the exception.
 */
public final class GcmMappingException extends JsonMappingException {

  private static final long serialVersionUID = 1L;

  /** The first error. */
  private final transient Problem problem;
  /** Every problem of the value. */
  private final transient Report report;

  GcmMappingException(JsonParser parser, Problem problem, Report report) {
    super(parser, MapperBinding.exceptionMessage(problem),
        location(parser, problem.getLocation()));
    this.problem = problem;
    this.report = report;
  }

  private static JsonLocation location(JsonParser parser, Location location) {
    JsonLocation current = parser.currentLocation();
    return new JsonLocation(current.contentReference(), -1L, -1L,
        location.getLine().orElse(-1), location.getColumn().orElse(-1));
  }

  /**
   * Returns the first error of the value read.
   *
   * @return the problem; null only after deserialization of this exception
   */
  public Problem getProblem() {
    return problem;
  }

  /**
   * Returns every problem of the value read, with locations relative to the value.
   *
   * @return the report; null only after deserialization of this exception
   */
  public Report getReport() {
    return report;
  }
}
