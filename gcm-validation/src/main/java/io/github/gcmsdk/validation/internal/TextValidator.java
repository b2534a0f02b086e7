package io.github.gcmsdk.validation.internal;

import io.github.gcmsdk.model.constraints.Text;
import io.github.gcmsdk.problem.Excerpt;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;

/**
 * Validates {@link Text}: not blank, no control characters, at most {@code max} code points.
 *
 * <p>Each failure replaces the default message with its own key ({@link #BLANK}, {@link #CONTROL},
 * {@link #TOO_LONG}), by which gcm-validation gives it its own problem code. One pass over the
 * text, which stops at the first control character.
 */
public final class TextValidator implements ConstraintValidator<Text, CharSequence> {

  /** The message template of a blank text. */
  public static final String BLANK = "{io.github.gcmsdk.model.constraints.Text.blank}";

  /** The message template of a text with a control character or unpaired surrogate. */
  public static final String CONTROL = "{io.github.gcmsdk.model.constraints.Text.control}";

  /** The message template of a text that is too long. */
  public static final String TOO_LONG = "{io.github.gcmsdk.model.constraints.Text.tooLong}";

  private int max = Text.DEFAULT_MAX;
  private boolean multiline = true;

  /** Creates a validator; Hibernate Validator calls {@link #initialize(Text)}. */
  public TextValidator() {}

  @Override
  public void initialize(Text constraint) {
    max = constraint.max();
    multiline = constraint.multiline();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String text = value.toString();
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || (c >= 0x7F && c < 0xA0) || Character.isSurrogate(c)) {
        return checkEachCodePoint(text, context);
      }
    }
    // No control character and no surrogate, so one code point per char: most texts end here,
    // after a loop simple enough for the JIT (this validator was a fifth of a validation's time).
    if (isBlank(text)) {
      return Violations.withMessage(context, BLANK, Map.of());
    }
    if (n > max) {
      return Violations.withMessage(context, TOO_LONG, Map.of("length", n));
    }
    return true;
  }

  private static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  /** The careful check: controls, unpaired surrogates, code points counted one by one. */
  private boolean checkEachCodePoint(String value, ConstraintValidatorContext context) {
    int n = value.length();
    int codePoints = 0;
    boolean blank = true;
    int i = 0;
    while (i < n) {
      char c = value.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        // Fast path for printable ASCII: never forbidden; not blank unless a space.
        codePoints++;
        if (c != ' ') {
          blank = false;
        }
        i++;
        continue;
      }
      if (c >= 0xA0 && !Character.isSurrogate(c)) {
        // Fast path for the rest of the BMP: controls (Cc) end at U+009F, so never forbidden.
        codePoints++;
        if (blank && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
          blank = false;
        }
        i++;
        continue;
      }
      int codePoint = c;
      int width = 1;
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
        codePoint = Character.toCodePoint(c, value.charAt(i + 1));
        width = 2;
      }
      codePoints++;
      if (isForbidden(codePoint)) {
        return Violations.withMessage(context, CONTROL, Map.of("character", Excerpt.unicodeNotation(codePoint),
            "position", codePoints));
      }
      if (blank && !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint)) {
        blank = false;
      }
      i += width;
    }
    if (blank) {
      return Violations.withMessage(context, BLANK, Map.of());
    }
    if (codePoints > max) {
      return Violations.withMessage(context, TOO_LONG, Map.of("length", codePoints));
    }
    return true;
  }

  private boolean isForbidden(int codePoint) {
    if (Character.getType(codePoint) == Character.SURROGATE) {
      return true; // unpaired: a pair was joined into one code point above
    }
    if (Character.getType(codePoint) != Character.CONTROL) {
      return false;
    }
    return !(multiline && (codePoint == '\n' || codePoint == '\r' || codePoint == '\t'));
  }
}
