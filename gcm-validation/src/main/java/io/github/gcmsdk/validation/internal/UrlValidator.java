package io.github.gcmsdk.validation.internal;

import io.github.gcmsdk.model.constraints.Url;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Validates {@link Url}: an absolute URI with an accepted scheme and a host, without spaces. */
public final class UrlValidator implements ConstraintValidator<Url, CharSequence> {

  private Set<String> schemes = Set.of("https", "http");

  /** Creates a validator; Hibernate Validator calls {@link #initialize(Url)}. */
  public UrlValidator() {}

  @Override
  public void initialize(Url constraint) {
    String[] given = constraint.schemes();
    String[] lower = new String[given.length];
    for (int i = 0; i < given.length; i++) {
      lower[i] = given[i].toLowerCase(Locale.ROOT);
    }
    schemes = Set.of(lower);
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || isUrl(value, schemes) || Violations.withParameters(context,
        Map.of("value", InterpolationSafe.excerpt(value)));
  }

  /**
   * Tells whether a text is an absolute URL with one of the schemes and a host.
   *
   * @param value the text, not null
   * @param schemes the accepted schemes, in lower case
   * @return true if it is one
   */
  static boolean isUrl(CharSequence value, Set<String> schemes) {
    if (value.length() == 0 || value.length() > Url.MAX_LENGTH) {
      return false;
    }
    String text = value.toString();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c == 0x7F || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return false;
      }
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      return false;
    }
    String scheme = uri.getScheme();
    return uri.isAbsolute()
        && !uri.isOpaque()
        && scheme != null
        && schemes.contains(scheme.toLowerCase(Locale.ROOT))
        && uri.getHost() != null
        && !uri.getHost().isEmpty();
  }
}
