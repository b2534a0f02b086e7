package io.github.gcmsdk.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Why a value breaks a constraint: the message template, its parameters and the property the
 * violation is put on. One description serves both engines that evaluate the constraints: {@link
 * #reportTo(ConstraintValidatorContext)} hands it to Hibernate Validator (or any Bean Validation
 * provider), and {@link ConstraintPlan} turns it into a problem directly.
 *
 * @param template the message template, or empty for the constraint's own {@code message()}
 * @param parameters the message parameters, already safe to show (excerpts of partner data are
 *     made by {@link InterpolationSafe#excerpt(CharSequence)})
 * @param propertyNode the property of the validated value the violation is put on, or empty for
 *     the value itself
 */
public record ConstraintFailure(
    Optional<String> template, Map<String, Object> parameters, Optional<String> propertyNode) {

  /** Checks the components and copies the parameters. */
  public ConstraintFailure {
    Objects.requireNonNull(template, "template");
    parameters = Map.copyOf(parameters);
    Objects.requireNonNull(propertyNode, "propertyNode");
  }

  /**
   * Returns a failure with the constraint's own message.
   *
   * @param parameters the message parameters
   * @return the failure
   */
  public static ConstraintFailure withDefaultMessage(Map<String, Object> parameters) {
    return new ConstraintFailure(Optional.empty(), parameters, Optional.empty());
  }

  /**
   * Returns a failure with a message template of its own.
   *
   * @param template the template, such as {@code "{io.github.gcmsdk.model.constraints.Text.blank}"}
   * @param parameters the message parameters
   * @return the failure
   */
  public static ConstraintFailure withMessage(String template, Map<String, Object> parameters) {
    return new ConstraintFailure(Optional.of(template), parameters, Optional.empty());
  }

  /**
   * Returns this failure put on a property of the validated value.
   *
   * @param name the property name
   * @return the failure
   */
  public ConstraintFailure on(String name) {
    return new ConstraintFailure(template, parameters, Optional.of(name));
  }

  /**
   * Reports this failure to a Bean Validation context, as a constraint validator's {@code isValid}
   * does: the parameters when the provider is Hibernate Validator, and a violation with this
   * template and property instead of the default one when they differ from it.
   *
   * @param context the context; may be null (a direct call, as unit tests make)
   * @return false, the result of {@code isValid} for a failure
   */
  public boolean reportTo(ConstraintValidatorContext context) {
    if (context == null) {
      return false;
    }
    HibernateConstraintValidatorContext hibernate = hibernate(context);
    if (hibernate != null) {
      parameters.forEach(hibernate::addMessageParameter);
    }
    if (template.isPresent() || propertyNode.isPresent()) {
      context.disableDefaultConstraintViolation();
      var violation = context.buildConstraintViolationWithTemplate(
          template.orElse(context.getDefaultConstraintMessageTemplate()));
      if (propertyNode.isPresent()) {
        violation.addPropertyNode(propertyNode.get()).addConstraintViolation();
      } else {
        violation.addConstraintViolation();
      }
    }
    return false;
  }

  /** The Hibernate Validator view of a context, or null for another provider. */
  static HibernateConstraintValidatorContext hibernate(ConstraintValidatorContext context) {
    try {
      return context.unwrap(HibernateConstraintValidatorContext.class);
    } catch (RuntimeException notHibernate) {
      return null;
    }
  }
}
