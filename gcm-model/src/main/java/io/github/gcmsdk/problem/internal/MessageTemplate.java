package io.github.gcmsdk.problem.internal;

import java.util.Map;

/**
 * The one syntax of problem-message templates in gcm-sdk, that of Bean Validation messages: a
 * parameter is written {@code {name}}, every other character stands for itself (an apostrophe
 * too; there is no quoting). gcm-io's reading messages, gcm-validation's rule messages and the
 * constraints' messages that Hibernate Validator interpolates are all written so.
 *
 * <p>Templates are written by us and never hold partner data; parameters are replaced in one
 * left-to-right pass, and a value is never read again as a template, so a value that holds
 * {@code {name}} is shown as it is. Values that come from a document must already be made safe
 * ({@code Excerpt}) by the caller.
 *
 * <p>Stateless and thread-safe.
 */
public final class MessageTemplate {

  private MessageTemplate() {}

  /**
   * Replaces each {@code {name}} of a template by its value. A name without a value, and a brace
   * that opens no {@code {name}}, are left as they are, so that a missing parameter shows in the
   * text (tests look for {@code {}) rather than failing a read or a validation.
   *
   * @param template the template, not null
   * @param parameters the values by name, not null; values not null
   * @return the text
   */
  public static String format(String template, Map<String, String> parameters) {
    int open = template.indexOf('{');
    if (open < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    int n = template.length();
    while (open >= 0) {
      int close = template.indexOf('}', open + 1);
      if (close < 0) {
        break;
      }
      String value = parameters.get(template.substring(open + 1, close));
      if (value != null) {
        out.append(template, i, open).append(value);
        i = close + 1;
        open = template.indexOf('{', i);
      } else {
        open = template.indexOf('{', open + 1);
      }
    }
    return out.append(template, i, n).toString();
  }
}
