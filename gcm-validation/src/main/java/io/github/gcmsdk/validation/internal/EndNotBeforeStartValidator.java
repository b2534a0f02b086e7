package io.github.gcmsdk.validation.internal;

import io.github.gcmsdk.model.DateRange;
import io.github.gcmsdk.model.PartialDate;
import io.github.gcmsdk.model.constraints.EndNotBeforeStart;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import java.util.Optional;

/**
 * Validates {@link EndNotBeforeStart}: a range is rejected only if the latest day its end can mean
 * is before the earliest day its start can mean. The violation is put on the node {@code end}.
 */
public final class EndNotBeforeStartValidator
    implements ConstraintValidator<EndNotBeforeStart, DateRange> {

  /** Creates a validator. */
  public EndNotBeforeStartValidator() {}

  @Override
  public boolean isValid(DateRange value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Optional<PartialDate> end = value.getEnd();
    PartialDate start = value.getStart();
    if (end.isEmpty() || !end.get().getLatestDay().isBefore(start.getEarliestDay())) {
      return true;
    }
    // PartialDate prints as ISO digits and hyphens only: nothing a partner typed verbatim.
    return Violations.onProperty(context, "end",
        Map.of("start", start.toString(), "end", end.get().toString()));
  }
}
