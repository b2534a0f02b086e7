package io.github.gcmsdk.validation;

import io.github.gcmsdk.model.constraints.Text;
import io.github.gcmsdk.problem.JsonPointer;
import io.github.gcmsdk.validation.internal.ConstraintRules;
import io.github.gcmsdk.validation.internal.ModelConstraints;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.Objects;

/**
 * Maps Jakarta Bean Validation results to gcm-sdk terms, for applications that validate the model
 * with their own {@link jakarta.validation.Validator} (as Spring or Jakarta EE configure it) and
 * want the same codes and locations as {@link GcmValidator} gives.
 *
 * <pre>{@code
 * for (ConstraintViolation<StakeholderInput> v : validator.validate(input)) {
 *   ValidationRule rule = ConstraintViolations.ruleOf(v);       // GCM-V001 ...
 *   String pointer = ConstraintViolations.toJsonPointer(v.getPropertyPath()); // /sections/0/heading
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ConstraintViolations {

  private ConstraintViolations() {}

  /**
   * Returns the JSON Pointer of a Bean Validation property path, with the model's attribute names
   * as JSON property names: {@code sections[0].recommendations[1].text} becomes {@code
   * /sections/0/recommendations/1/text}, {@code sections[0].figureIds[2].<list element>} becomes
   * {@code /sections/0/figureIds/2}, and {@code review.period.end} becomes {@code
   * /review/period/end}. Container element nodes ({@code <list element>}, {@code <optional
   * element>}) add only their index or key; {@code ~} and {@code /} in names and keys are escaped
   * as RFC 6901 says.
   *
   * @param path the property path, not null
   * @return the JSON Pointer, {@code ""} for the root object
   */
  public static String toJsonPointer(Path path) {
    return pointerOf(path).toString();
  }

  /**
   * Returns the JSON Pointer of a Bean Validation property path as a {@link JsonPointer}, to walk
   * its tokens or sort violations in document order; its text is {@link #toJsonPointer(Path)}.
   *
   * @param path the property path, not null
   * @return the JSON Pointer, {@link JsonPointer#ROOT} for the root object
   */
  public static JsonPointer pointerOf(Path path) {
    Objects.requireNonNull(path, "path");
    return ModelConstraints.pointerOf(path);
  }

  /**
   * Returns the rule, and so the problem code, of a constraint violation: by the constraint's
   * annotation type, and for {@link Text} by the failure (blank, control character, too long).
   * Constraints that gcm-sdk does not declare map to {@link ValidationRule#CONSTRAINT_VIOLATED}.
   *
   * @param violation the violation, not null
   * @return the rule, not null
   */
  public static ValidationRule ruleOf(ConstraintViolation<?> violation) {
    Objects.requireNonNull(violation, "violation");
    return ConstraintRules.ruleOf(
        violation.getConstraintDescriptor().getAnnotation().annotationType(),
        violation.getMessageTemplate());
  }
}
