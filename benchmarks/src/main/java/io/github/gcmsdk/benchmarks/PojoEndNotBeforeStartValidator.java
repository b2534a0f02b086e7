package io.github.gcmsdk.benchmarks;

import io.github.gcmsdk.model.PartialDate;
import io.github.gcmsdk.model.constraints.EndNotBeforeStart;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * {@link EndNotBeforeStart} for the string dates of {@link Pojos.DateRange} (gcm-validation's
 * validator takes the model's {@code DateRange}): the same test on {@link PartialDate}s parsed
 * from the strings. Registered for alternative (7) through a constraint mapping.
 */
public final class PojoEndNotBeforeStartValidator
    implements ConstraintValidator<EndNotBeforeStart, Pojos.DateRange> {

  /** Creates a validator. */
  public PojoEndNotBeforeStartValidator() {}

  @Override
  public boolean isValid(Pojos.DateRange value, ConstraintValidatorContext context) {
    if (value == null || value.start == null || value.end == null) {
      return true;
    }
    try {
      return !PartialDate.parse(value.end).getLatestDay()
          .isBefore(PartialDate.parse(value.start).getEarliestDay());
    } catch (RuntimeException e) {
      return false; // not a date: a user's validator would reject it too
    }
  }
}
