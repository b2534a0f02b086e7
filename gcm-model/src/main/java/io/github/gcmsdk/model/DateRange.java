package io.github.gcmsdk.model;

import io.github.gcmsdk.model.constraints.EndNotBeforeStart;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A span of time from a start date to an optional end date, each at its own precision
 * ("2020", "12-13 November 2020").
 *
 * <p>An end before the start is a content problem that gcm-validation reports; it is not
 * rejected here, so that a reader can still build what a file holds.
 */
@EndNotBeforeStart
@Value.Immutable
public interface DateRange extends Extensible, WithDateRange {

  /**
   * Returns a range that starts at {@code start} with no end given.
   *
   * @param start the start, not null
   * @return the range
   */
  static DateRange of(PartialDate start) {
    return builder().start(start).build();
  }

  /**
   * Returns a range from {@code start} to {@code end}, both included.
   *
   * @param start the start, not null
   * @param end the end, not null
   * @return the range
   */
  static DateRange of(PartialDate start, PartialDate end) {
    return builder().start(start).end(end).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the first date of the range.
   *
   * @return the start
   */
  PartialDate getStart();

  /**
   * Returns the last date of the range, included; empty for a single date or an open range.
   *
   * @return the end, if given
   */
  Optional<PartialDate> getEnd();

  /** Builds {@link DateRange} values; not thread-safe. */
  final class Builder extends ImmutableDateRange.Builder {
    Builder() {}
  }
}
