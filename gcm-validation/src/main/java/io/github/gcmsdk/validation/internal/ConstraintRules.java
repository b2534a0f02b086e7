package io.github.gcmsdk.validation.internal;

import io.github.gcmsdk.model.constraints.PassesDocumentRules;
import io.github.gcmsdk.model.constraints.EndNotBeforeStart;
import io.github.gcmsdk.model.constraints.Identifier;
import io.github.gcmsdk.model.constraints.LanguageTag;
import io.github.gcmsdk.model.constraints.Text;
import io.github.gcmsdk.model.constraints.Url;
import io.github.gcmsdk.validation.ValidationRule;
import java.lang.annotation.Annotation;

/** Which rule, and so which problem code, a constraint failure is reported under. */
public final class ConstraintRules {

  private ConstraintRules() {}

  /**
   * Returns the rule of a failure: by the constraint's annotation type, and for {@link Text} by
   * the message template the failure chose (blank, control character, too long; for {@link
   * PassesDocumentRules}, the rule whose message it is). Constraints
   * that gcm-sdk does not declare map to {@link ValidationRule#CONSTRAINT_VIOLATED}.
   *
   * @param constraint the constraint's annotation type, not null
   * @param template the message template of the failure, not null
   * @return the rule
   */
  public static ValidationRule ruleOf(Class<? extends Annotation> constraint, String template) {
    if (constraint == Text.class) {
      if (TextValidator.CONTROL.equals(template)) {
        return ValidationRule.CONTROL_CHARACTER;
      }
      if (TextValidator.TOO_LONG.equals(template)) {
        return ValidationRule.TEXT_TOO_LONG;
      }
      return ValidationRule.BLANK_TEXT;
    }
    if (constraint == Identifier.class) {
      return ValidationRule.INVALID_IDENTIFIER;
    }
    if (constraint == LanguageTag.class) {
      return ValidationRule.INVALID_LANGUAGE_TAG;
    }
    if (constraint == Url.class) {
      return ValidationRule.INVALID_URL;
    }
    if (constraint == EndNotBeforeStart.class) {
      return ValidationRule.REVERSED_DATE_RANGE;
    }
    if (constraint == PassesDocumentRules.class
        && template.startsWith(RuleMessages.TEMPLATE_PREFIX) && template.endsWith("}")) {
      try {
        return ValidationRule.fromCode(template.substring(
            RuleMessages.TEMPLATE_PREFIX.length(), template.length() - 1));
      } catch (IllegalArgumentException notARule) {
        return ValidationRule.CONSTRAINT_VIOLATED;
      }
    }
    return ValidationRule.CONSTRAINT_VIOLATED;
  }
}
