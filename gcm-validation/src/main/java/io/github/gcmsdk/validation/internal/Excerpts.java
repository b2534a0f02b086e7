package io.github.gcmsdk.validation.internal;

import java.util.Locale;

/**
 * Makes untrusted text safe to show in a message: bounded in length and escaped.
 *
 * <p>Partner data never becomes part of a message template; it only ever fills a parameter, and
 * only through {@link #of(CharSequence)}. The result is at most {@value #MAX_CODE_POINTS} code
 * points of the input followed by {@code "..."} when it was longer; backslash and double quote are
 * escaped with a backslash; {@code \n}, {@code \r} and {@code \t} are written as such; every other
 * control, format, separator, private-use or unassigned character, and every unpaired surrogate,
 * is written as {@code \}{@code uXXXX}; and the characters {@code { } $ #} that message
 * interpolators give a meaning to are written as {@code \}{@code uXXXX} too, so that no
 * interpolator can ever read the excerpt as an expression.
 */
public final class Excerpts {

  /** The number of code points of input kept. */
  public static final int MAX_CODE_POINTS = 40;

  private Excerpts() {}

  /**
   * Returns a bounded, escaped excerpt of untrusted text.
   *
   * @param text the text, not null
   * @return the excerpt, never null
   */
  public static String of(CharSequence text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CODE_POINTS) + 8);
    int count = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (count == MAX_CODE_POINTS) {
        out.append("...");
        break;
      }
      char c = text.charAt(i);
      int codePoint = c;
      int width = 1;
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        codePoint = Character.toCodePoint(c, text.charAt(i + 1));
        width = 2;
      }
      append(out, codePoint, text, i, width);
      i += width;
      count++;
    }
    return out.toString();
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
      case '{':
      case '}':
      case '$':
      case '#':
        unicodeEscape(out, (char) codePoint);
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

  /**
   * Tells whether a code point is shown escaped.
   *
   * @param codePoint the code point
   * @return true for control, format, separator (other than space), private-use, unassigned and
   *     surrogate code points
   */
  static boolean isUnsafe(int codePoint) {
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

  /**
   * Writes a code point as {@code U+0007}, the form messages use to name a character.
   *
   * @param codePoint the code point
   * @return the Unicode notation
   */
  public static String unicodeNotation(int codePoint) {
    String hex = Integer.toHexString(codePoint).toUpperCase(Locale.ROOT);
    return "U+" + "0000".substring(Math.min(4, hex.length())) + hex;
  }

  private static void unicodeEscape(StringBuilder out, char c) {
    String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
    out.append("\\u").append("0000", 0, 4 - hex.length()).append(hex);
  }
}
