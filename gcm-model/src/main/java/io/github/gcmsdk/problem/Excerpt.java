package io.github.gcmsdk.problem;

import java.util.Locale;
import java.util.Objects;

/**
 * Makes untrusted text (partner data) safe to show in a message: bounded in length and escaped.
 *
 * <p>Every gcm-sdk message that quotes input quotes it through this class, and only ever as a
 * message argument, never as part of a message pattern (Expression Language injection through
 * messages is how CVE-2020-10693 worked). An excerpt keeps at most a given number of code points of
 * the input, then {@code "..."}; backslash and double quote are escaped with a backslash;
 * {@code \n}, {@code \r} and {@code \t} are written as such; every other control, format
 * (bidirectional overrides), line or paragraph separator, private-use or unassigned character,
 * every space other than U+0020, and every unpaired surrogate is written as a {@code \}{@code uXXXX}
 * escape. So an excerpt printed to a terminal can neither move the cursor nor change colours. (Where
 * an excerpt fills a parameter of an interpolator that reads expressions, such as Hibernate
 * Validator's, its caller also escapes braces.)
 *
 * <p>This class is thread-safe and has no state.
 */
public final class Excerpt {

  /** The number of code points of input {@link #of(CharSequence)} keeps. */
  public static final int MAX_CODE_POINTS = 40;

  private Excerpt() {}

  /**
   * Returns a bounded, escaped excerpt of untrusted text: at most {@value #MAX_CODE_POINTS} code
   * points of it.
   *
   * @param text the text, not null
   * @return the excerpt, not null
   */
  public static String of(CharSequence text) {
    return of(text, MAX_CODE_POINTS);
  }

  /**
   * Returns an escaped excerpt of untrusted text keeping at most {@code maxCodePoints} code points.
   *
   * @param text the text, not null
   * @param maxCodePoints how many code points of input to keep, at least 1
   * @return the excerpt, not null
   * @throws IllegalArgumentException if {@code maxCodePoints} is less than 1
   */
  public static String of(CharSequence text, int maxCodePoints) {
    Objects.requireNonNull(text, "text");
    if (maxCodePoints < 1) {
      throw new IllegalArgumentException("maxCodePoints must be at least 1: " + maxCodePoints);
    }
    int n = text.length();
    StringBuilder out = new StringBuilder(Math.min(n, maxCodePoints) + 8);
    int kept = 0;
    int i = 0;
    while (i < n) {
      if (kept == maxCodePoints) {
        out.append("...");
        break;
      }
      char c = text.charAt(i);
      int width = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
      int codePoint = width == 2 ? Character.toCodePoint(c, text.charAt(i + 1)) : c;
      append(out, codePoint, text, i, width);
      i += width;
      kept++;
    }
    return out.toString();
  }

  /**
   * Returns the whole text, escaped as an excerpt is but not shortened: for values such as JSON
   * Pointers, which must be shown whole.
   *
   * @param text the text, not null
   * @return the escaped text, not null
   */
  public static String escape(CharSequence text) {
    return of(text, Integer.MAX_VALUE);
  }

  /**
   * Returns the excerpt of one character.
   *
   * @param codePoint the character
   * @return the escaped character
   */
  public static String ofCodePoint(int codePoint) {
    return of(new String(Character.toChars(codePoint)));
  }

  /**
   * Names a character the way messages do: {@code U+0007}, {@code U+1F600}.
   *
   * @param codePoint the character
   * @return the Unicode notation
   */
  public static String unicodeNotation(int codePoint) {
    String hex = Integer.toHexString(codePoint).toUpperCase(Locale.ROOT);
    return "U+" + "0000".substring(Math.min(4, hex.length())) + hex;
  }

  private static void append(StringBuilder out, int codePoint, CharSequence text, int at, int width) {
    switch (codePoint) {
      case '\\':
        out.append("\\\\");
        return;
      case '"':
        out.append("\\\"");
        return;
      case '\n':
        out.append("\\n");
        return;
      case '\r':
        out.append("\\r");
        return;
      case '\t':
        out.append("\\t");
        return;
      default:
        break;
    }
    if (isUnsafe(codePoint)) {
      for (int k = 0; k < width; k++) {
        unicodeEscape(out, text.charAt(at + k));
      }
    } else {
      out.appendCodePoint(codePoint);
    }
  }

  private static boolean isUnsafe(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
      case Character.SURROGATE:
        return true;
      case Character.SPACE_SEPARATOR:
        return codePoint != ' ';
      default:
        return false;
    }
  }

  private static void unicodeEscape(StringBuilder out, char c) {
    String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
    out.append("\\u").append("0000", 0, 4 - hex.length()).append(hex);
  }
}
