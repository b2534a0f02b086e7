package io.github.gcmsdk.validation.internal;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * The messages of the model's constraints, from the bundles {@code
 * ContributorValidationMessages*.properties} that Hibernate Validator reads too, filled in as its
 * {@code ParameterMessageInterpolator} fills them: a template that is one {@code {key}} is looked
 * up, then each {@code {name}} is replaced by its parameter in one pass; no expression is ever
 * evaluated and no value is read again as a template.
 */
final class ConstraintMessages {

  private ConstraintMessages() {}

  /**
   * Returns a message.
   *
   * @param template a message template, such as {@code "{io.github...Text.blank}"}
   * @param locale the bundle locale, as {@link Locales#supported(Locale)} gives it
   * @param parameters the parameters, already safe to show
   * @return the message
   */
  static String message(String template, Locale locale, Map<String, String> parameters) {
    return RuleMessages.interpolate(resolve(template, locale), parameters);
  }

  private static String resolve(String template, Locale locale) {
    if (template.length() < 2 || template.charAt(0) != '{'
        || template.charAt(template.length() - 1) != '}') {
      return template;
    }
    try {
      return RuleMessages.bundle(ConstraintPlan.BUNDLE, locale)
          .getString(template.substring(1, template.length() - 1));
    } catch (MissingResourceException e) {
      return template; // a test keeps the bundles complete; never fail a validation over a text
    }
  }
}
