package io.github.gcmsdk.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Helpers shared by the constraint validators of this package. */
final class ConstraintContexts {

  private ConstraintContexts() {}

  /**
   * Returns the Hibernate Validator view of a context, or null when there is none (a direct call
   * with a null context, as unit tests do, or another Bean Validation provider).
   *
   * @param context the context, may be null
   * @return the Hibernate context, or null
   */
  static HibernateConstraintValidatorContext hibernate(ConstraintValidatorContext context) {
    if (context == null) {
      return null;
    }
    try {
      return context.unwrap(HibernateConstraintValidatorContext.class);
    } catch (RuntimeException notHibernate) {
      return null;
    }
  }

  /**
   * Adds the {@code value} message parameter: a bounded, escaped excerpt of the invalid input.
   *
   * @param context the context, may be null
   * @param value the invalid input, not null
   */
  static void addValue(ConstraintValidatorContext context, CharSequence value) {
    HibernateConstraintValidatorContext hibernate = hibernate(context);
    if (hibernate != null) {
      hibernate.addMessageParameter("value", InterpolationSafe.excerpt(value));
    }
  }
}
