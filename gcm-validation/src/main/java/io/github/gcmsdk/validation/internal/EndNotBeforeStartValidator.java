package io.github.gcmsdk.validation.internal;

import io.github.gcmsdk.model.DateRange;
import io.github.gcmsdk.model.PartialDate;
import io.github.gcmsdk.model.constraints.EndNotBeforeStart;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

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
    if (context != null) {
      HibernateConstraintValidatorContext hibernate = ConstraintContexts.hibernate(context);
      if (hibernate != null) {
        // PartialDate prints as ISO digits and hyphens only: nothing a partner typed verbatim.
        hibernate.addMessageParameter("start", start.toString());
        hibernate.addMessageParameter("end", end.get().toString());
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode("end")
          .addConstraintViolation();
    }
    return false;
  }
}
