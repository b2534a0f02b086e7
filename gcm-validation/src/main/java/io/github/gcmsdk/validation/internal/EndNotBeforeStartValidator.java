package io.github.gcmsdk.validation.internal;

import io.github.gcmsdk.model.DateRange;
import io.github.gcmsdk.model.PartialDate;
import io.github.gcmsdk.model.constraints.EndNotBeforeStart;
import java.util.Map;
import java.util.Optional;

/**
 * Validates {@link EndNotBeforeStart}: a range is rejected only if the latest day its end can mean
 * is before the earliest day its start can mean. The violation is put on the node {@code end}.
 */
public final class EndNotBeforeStartValidator
    implements ExplainingValidator<EndNotBeforeStart, DateRange> {

  /** Creates a validator. */
  public EndNotBeforeStartValidator() {}

  @Override
  public Optional<ConstraintFailure> check(DateRange value) {
    Optional<PartialDate> end = value.getEnd();
    PartialDate start = value.getStart();
    if (end.isEmpty() || !end.get().getLatestDay().isBefore(start.getEarliestDay())) {
      return Optional.empty();
    }
    // PartialDate prints as ISO digits and hyphens only: nothing a partner typed verbatim.
    return Optional.of(ConstraintFailure.withDefaultMessage(
        Map.of("start", start.toString(), "end", end.get().toString())).on("end"));
  }
}
