package io.github.gcmsdk.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link io.github.gcmsdk.model.StakeholderInput} passes the document rules: the
 * checks that need the whole document (unique ids, resolved figure, reference and footnote ids,
 * recommendations with an objective, no repeated list entries, nesting, sections present and not
 * empty, a review that holds together; {@code GCM-V009} to {@code GCM-V023} in gcm-validation's
 * {@code RULES.md}).
 *
 * <p>A plain {@code jakarta.validation.Validator} (as Spring's {@code @Valid} uses) with
 * gcm-validation on the classpath reports a violation for each rule problem that is an error
 * under gcm-validation's {@code PUBLICATION} profile (rules that only warn or inform there are
 * not violations), with a property path to the value the rule speaks of ({@code sections[1].id})
 * and the rule's message in the validator's locale. Without gcm-validation no validator is
 * registered for it, as for the other constraints of this package.
 *
 * <p>Supported types: {@link io.github.gcmsdk.model.StakeholderInput}. {@code null} is
 * considered valid.
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PassesDocumentRules {

  /**
   * Returns the message template, used only where a rule has no message of its own.
   *
   * @return the message template, by default the key of this constraint's message
   */
  String message() default "{io.github.gcmsdk.model.constraints.PassesDocumentRules.message}";

  /**
   * Returns the validation groups.
   *
   * @return the groups this constraint belongs to
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload.
   *
   * @return the payload, unused by gcm-sdk
   */
  Class<? extends Payload>[] payload() default {};
}
