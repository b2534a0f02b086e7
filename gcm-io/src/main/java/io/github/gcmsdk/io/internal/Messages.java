package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.problem.MessageLocales;
import io.github.gcmsdk.problem.internal.MessageTemplate;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Message texts of gcm-io, from the resource bundle {@code io/github/gcmsdk/io/messages} (English,
 * with French, Spanish and Russian translations; English where a translation is missing). A
 * requested locale is mapped with {@link MessageLocales#resolve(Locale)}, as gcm-validation maps
 * its own: by language, English for any other, never the JVM's default locale.
 *
 * <p>Templates come only from the bundle and name their parameters, {@code {name}}; they are
 * filled by {@link MessageTemplate}, the one formatter of gcm-sdk's messages (gcm-validation's
 * too). Partner data is only ever a parameter value, already made safe with {@link Excerpt}, and
 * is never read as a template. Values are strings, so no number is formatted by locale.
 */
public final class Messages {

  private static final String BUNDLE = "io.github.gcmsdk.io.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final ConcurrentMap<Locale, Messages> CACHE = new ConcurrentHashMap<>();

  private final Locale locale;
  private final ResourceBundle bundle;
  private final ResourceBundle english;

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundle = bundle(locale);
    this.english = bundle(Locale.ROOT);
  }

  /**
   * The bundle of a locale, never of the JVM's default locale. getBundle with a Control is refused
   * in a named module (gcm-io on the module path), and without one it falls back to the default
   * locale where the requested one has no bundle (English, the base bundle): then the base bundle
   * is taken. getBundle is caller-sensitive: this finds the bundle of gcm-io's own module or loader.
   */
  private static ResourceBundle bundle(Locale locale) {
    ResourceBundle found = ResourceBundle.getBundle(BUNDLE, locale);
    return NO_FALLBACK.getCandidateLocales(BUNDLE, locale).contains(found.getLocale())
        ? found
        : ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
  }

  /**
   * Returns the messages for a locale.
   *
   * @param locale the requested locale, not null
   * @return the messages of its language ({@link MessageLocales#resolve(Locale)})
   */
  public static Messages of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    // keyed by the language, not the requested locale: four entries at most, whatever callers ask
    return CACHE.computeIfAbsent(MessageLocales.resolve(locale), Messages::new);
  }

  /**
   * Returns the language of these messages.
   *
   * @return English, French, Spanish or Russian
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Tells whether the bundle has a key.
   *
   * @param key the key
   * @return true if a text exists for it
   */
  public boolean has(String key) {
    return bundle.containsKey(key) || english.containsKey(key);
  }

  private String template(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return english.getString(key);
    }
  }

  /**
   * Returns the text of a key that takes no parameters.
   *
   * @param key the key, which must exist
   * @return the text
   */
  public String text(String key) {
    return template(key);
  }

  /**
   * Returns the text of a key, its parameters filled in.
   *
   * @param key the key, which must exist
   * @param parameters the values by the names the template uses ({@code {name}}), safe strings
   * @return the text
   */
  public String text(String key, Map<String, String> parameters) {
    return MessageTemplate.format(template(key), parameters);
  }
}
