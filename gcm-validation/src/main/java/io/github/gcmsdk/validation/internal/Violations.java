package io.github.gcmsdk.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * How the constraint validators report why a value fails: message parameters (already safe to
 * show; excerpts of partner data are made by {@link InterpolationSafe#excerpt(CharSequence)}) for
 * Hibernate Validator to fill in, and a message template or property node of their own where the
 * constraint's default is not the right one. Each method returns false, the result of {@code
 * isValid} for a failure; a null context (a direct call, as unit tests make) is accepted.
 */
final class Violations {

  private Violations() {}

  /** A violation with the constraint's own message. */
  static boolean withParameters(ConstraintValidatorContext context, Map<String, Object> parameters) {
    addParameters(context, parameters);
    return false;
  }

  /** A violation with a message template of its own, such as {@link TextValidator#BLANK}. */
  static boolean withMessage(ConstraintValidatorContext context, String template,
      Map<String, Object> parameters) {
    if (context != null) {
      addParameters(context, parameters);
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
    }
    return false;
  }

  /** A violation with the constraint's own message, put on a property of the validated value. */
  static boolean onProperty(ConstraintValidatorContext context, String property,
      Map<String, Object> parameters) {
    if (context != null) {
      addParameters(context, parameters);
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode(property).addConstraintViolation();
    }
    return false;
  }

  private static void addParameters(ConstraintValidatorContext context,
      Map<String, Object> parameters) {
    HibernateConstraintValidatorContext hibernate = hibernate(context);
    if (hibernate != null) {
      parameters.forEach(hibernate::addMessageParameter);
    }
  }

  /** The Hibernate Validator view of a context, or null for another provider or none. */
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
}
