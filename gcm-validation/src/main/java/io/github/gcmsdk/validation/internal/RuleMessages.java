package io.github.gcmsdk.validation.internal;

import io.github.gcmsdk.problem.internal.MessageTemplate;
import io.github.gcmsdk.validation.ValidationRule;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the rules: fix hints, from the bundles {@code
 * io/github/gcmsdk/validation/Messages*.properties} (English, French, Spanish, Russian), and the
 * messages of the document rules, from {@code ContributorValidationMessages*.properties}, where a
 * Bean Validation provider finds them for {@code @PassesDocumentRules}.
 *
 * <p>Templates are written by us and never hold partner data; parameters ({@code {id}}) are
 * replaced by {@link MessageTemplate}, the formatter gcm-io's messages use too, in one pass: a
 * value is never read again as a template. Values that come from a document are passed through
 * {@link InterpolationSafe#excerpt(CharSequence)} by the caller.
 */
public final class RuleMessages {

  /**
   * The start of the message template of a document rule: this prefix, the code, {@code }}. The
   * template is the key of the message in {@code ContributorValidationMessages}.
   */
  public static final String TEMPLATE_PREFIX =
      "{io.github.gcmsdk.model.constraints.PassesDocumentRules.";

  /** The base name of the bundles. */
  public static final String BUNDLE = "io.github.gcmsdk.validation.Messages";

  /** The base name of the bundles of the constraints' and document rules' messages. */
  private static final String CONSTRAINT_BUNDLE = "ContributorValidationMessages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private RuleMessages() {}

  /**
   * Returns the bundle for a locale, mapped with {@link Locales#supported(Locale)}.
   *
   * @param locale the requested locale, not null
   * @return the bundle, with English as its parent
   */
  public static ResourceBundle bundle(Locale locale) {
    return bundle(BUNDLE, Locales.supported(locale));
  }

  /**
   * The bundle of a locale, never of the JVM's default locale. getBundle with a Control is refused
   * in a named module (gcm-validation on the module path), and without one it falls back to the
   * default locale where the requested one has no bundle: then the base bundle is taken. getBundle
   * is caller-sensitive: this finds the bundles of gcm-validation's own module or loader.
   *
   * @param baseName the base name of the bundles
   * @param locale the bundle locale
   * @return the bundle
   */
  static ResourceBundle bundle(String baseName, Locale locale) {
    ResourceBundle found = ResourceBundle.getBundle(baseName, locale);
    return NO_FALLBACK.getCandidateLocales(baseName, locale).contains(found.getLocale())
        ? found
        : ResourceBundle.getBundle(baseName, Locale.ROOT);
  }

  /**
   * Returns the hint of a rule.
   *
   * @param rule the rule, not null
   * @param locale the requested locale, not null
   * @return the hint
   */
  public static String hint(ValidationRule rule, Locale locale) {
    return text(bundle(locale), rule.getCode() + ".hint");
  }

  /**
   * Returns the message of a rule problem, with its parameters filled in.
   *
   * @param rule the rule, not null
   * @param locale the requested locale, not null
   * @param parameters the parameter values, already safe to show
   * @return the message
   */
  public static String message(ValidationRule rule, Locale locale, Map<String, String> parameters) {
    // the message a Bean Validation provider gives too, by the template (@PassesDocumentRules)
    ResourceBundle bundle = bundle(CONSTRAINT_BUNDLE, Locales.supported(locale));
    String template = template(rule);
    return MessageTemplate.format(
        text(bundle, template.substring(1, template.length() - 1)), parameters);
  }

  /**
   * Returns the message template of a document rule, such as {@code
   * {io.github.gcmsdk.model.constraints.PassesDocumentRules.GCM-V009}}: what GcmValidator and a
   * Bean Validation provider ({@link DocumentRulesValidator}) both interpolate.
   *
   * @param rule the rule, not null
   * @return the template
   */
  public static String template(ValidationRule rule) {
    return TEMPLATE_PREFIX + rule.getCode() + "}";
  }

  /**
   * Returns the hint of a reading problem of a collection file read as one document: validate it
   * as a collection.
   *
   * @param locale the requested locale, not null
   * @return the hint
   */
  public static String collectionHint(Locale locale) {
    return text(bundle(locale), "collection.hint");
  }

  private static String text(ResourceBundle bundle, String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return key; // a test keeps the bundles complete; never fail a validation over a text
    }
  }
}
