package io.github.gcmsdk.validation.internal;

import io.github.gcmsdk.model.constraints.LanguageTag;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Validates {@link LanguageTag}: a well-formed BCP 47 tag whose primary language is known (a
 * two-letter ISO 639-1 code of the JDK, or any three-letter code), not {@code und} and not private
 * use only.
 */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, CharSequence> {

  /** Longer tags are rejected without parsing; real tags are far shorter. */
  static final int MAX_LENGTH = 100;

  private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

  /** Creates a validator. */
  public LanguageTagValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || isLanguageTag(value) || Violations.withParameters(context,
        Map.of("value", InterpolationSafe.excerpt(value)));
  }

  /**
   * Tells whether a text is a language tag as {@link LanguageTag} defines it.
   *
   * @param value the text, not null
   * @return true if it is one
   */
  static boolean isLanguageTag(CharSequence value) {
    if (value.length() == 0 || value.length() > MAX_LENGTH) {
      return false;
    }
    String tag = value.toString();
    for (int i = 0; i < tag.length(); i++) {
      char c = tag.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-';
      if (!ok) {
        return false;
      }
    }
    if (tag.length() == 2 && ISO_639_1.contains(tag)) {
      // Fast path for the common "en", "fr": a current ISO 639-1 code in lower case is a tag
      // whose language Locale.Builder gives unchanged, so it need not build a Locale.
      return true;
    }
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      return false;
    }
    String language = locale.getLanguage();
    switch (language.length()) {
      case 2:
        return ISO_639_1.contains(language);
      case 3:
        return !language.equals("und");
      default:
        return false; // empty (private use only, "und") or a reserved 4-8 letter subtag
    }
  }
}
