package io.github.gcmsdk.problem;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The languages of problem messages and hints, and how a requested locale maps to one: the one
 * rule that gcm-io's reading problems, gcm-validation's rule problems and the {@code gcm} command
 * line all follow, so that a report is in one language throughout.
 *
 * <p>Messages exist in English, French, Spanish and Russian. A locale is matched by its language
 * alone: {@code fr-CA} gives French, {@code es-MX} Spanish, {@code ru-RU} Russian. Every other
 * language (German, Arabic, Chinese...) gives English, whatever the JVM's default locale is.
 *
 * <p>This class is thread-safe and has no state.
 */
public final class MessageLocales {

  private static final Locale FRENCH = Locale.forLanguageTag("fr");
  private static final Locale SPANISH = Locale.forLanguageTag("es");
  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
  private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, FRENCH, SPANISH, RUSSIAN);

  private MessageLocales() {}

  /**
   * Returns the languages messages are written in.
   *
   * @return English, French, Spanish and Russian, as language-only locales; immutable
   */
  public static List<Locale> supported() {
    return SUPPORTED;
  }

  /**
   * Returns the language messages are given in for a requested locale: French, Spanish or Russian
   * by the locale's language (country, script and variant are ignored), English for any other.
   *
   * @param requested the requested locale, not null
   * @return one of {@link #supported()}
   * @throws NullPointerException if the locale is null
   */
  public static Locale resolve(Locale requested) {
    Objects.requireNonNull(requested, "locale");
    switch (requested.getLanguage()) {
      case "fr":
        return FRENCH;
      case "es":
        return SPANISH;
      case "ru":
        return RUSSIAN;
      default:
        return Locale.ENGLISH;
    }
  }
}
