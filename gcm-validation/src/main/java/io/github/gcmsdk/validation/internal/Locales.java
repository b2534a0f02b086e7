package io.github.gcmsdk.validation.internal;

import io.github.gcmsdk.problem.MessageLocales;
import java.util.Locale;

/** The languages of gcm-validation's messages, and how a requested locale maps to one. */
public final class Locales {

  private Locales() {}

  /**
   * Returns the bundle locale for a requested locale: French, Spanish or Russian by language
   * (ignoring country and script), and {@link Locale#ROOT} (English) for every other language,
   * as {@link MessageLocales#resolve(Locale)} decides for all of gcm-sdk.
   *
   * <p>Mapping to {@code ROOT} rather than asking {@link java.util.ResourceBundle} for, say,
   * German is what makes English the fallback: for a locale it has no bundle for, {@code
   * ResourceBundle} would otherwise fall back to the JVM's default locale, which may be French.
   *
   * @param requested the requested locale, not null
   * @return one of {@code fr}, {@code es}, {@code ru} or {@link Locale#ROOT}
   */
  public static Locale supported(Locale requested) {
    Locale language = MessageLocales.resolve(requested);
    return language.equals(Locale.ENGLISH) ? Locale.ROOT : language;
  }
}
