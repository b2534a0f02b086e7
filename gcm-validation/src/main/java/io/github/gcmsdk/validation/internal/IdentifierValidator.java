package io.github.gcmsdk.validation.internal;

import io.github.gcmsdk.model.constraints.Identifier;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;

/**
 * Validates {@link Identifier}: 1 to {@code max} characters from {@code A-Z a-z 0-9 . _ : -},
 * starting with a letter or a digit. Linear in the length of the text.
 */
public final class IdentifierValidator implements ConstraintValidator<Identifier, CharSequence> {

  private int max = Identifier.DEFAULT_MAX;

  /** Creates a validator; Hibernate Validator calls {@link #initialize(Identifier)}. */
  public IdentifierValidator() {}

  @Override
  public void initialize(Identifier constraint) {
    max = constraint.max();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || isIdentifier(value, max) || Violations.withParameters(context,
        Map.of("value", InterpolationSafe.excerpt(value)));
  }

  /**
   * Tells whether a text is an identifier of at most {@code max} characters.
   *
   * @param value the text, not null
   * @param max the maximum length
   * @return true if it is an identifier
   */
  static boolean isIdentifier(CharSequence value, int max) {
    int length = value.length();
    if (length == 0 || length > max || !isAlphanumeric(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isAlphanumeric(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
