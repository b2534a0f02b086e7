package io.github.gcmsdk.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.Optional;

/**
 * A constraint validator that says why a value fails, not only whether: its {@link #check} is what
 * both Hibernate Validator (through {@link #isValid}) and gcm-validation's own {@link
 * ConstraintPlan} call, so the two can never judge a value differently.
 *
 * @param <A> the constraint annotation
 * @param <T> the type of value validated
 */
public interface ExplainingValidator<A extends Annotation, T> extends ConstraintValidator<A, T> {

  /**
   * Checks a value.
   *
   * @param value the value, not null
   * @return the failure, or empty if the value is valid
   */
  Optional<ConstraintFailure> check(T value);

  /**
   * Checks a value for Bean Validation: null is valid (as for every built-in constraint), and a
   * failure is {@linkplain ConstraintFailure#reportTo reported} to the context.
   */
  @Override
  default boolean isValid(T value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Optional<ConstraintFailure> failure = check(value);
    return failure.isEmpty() || failure.get().reportTo(context);
  }
}
