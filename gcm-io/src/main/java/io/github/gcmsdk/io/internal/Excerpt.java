package io.github.gcmsdk.io.internal;

/**
 * Turns partner data into a short, safe excerpt for a message: at most {@value #MAX_CODE_POINTS}
 * code points, then {@code "..."}, with backslash, double quote, control, format (bidirectional
 * overrides), separator, private-use and unassigned characters and lone surrogates escaped as in a
 * JSON string. An excerpt is only ever a message argument, never part of a message pattern.
 */
public final class Excerpt {

  /** The most code points of input an excerpt keeps. */
  public static final int MAX_CODE_POINTS = 40;

  private Excerpt() {}

  /**
   * Returns the safe excerpt of a text.
   *
   * @param text the input, not null
   * @return the excerpt
   */
  public static String of(CharSequence text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CODE_POINTS) + 8);
    int i = 0;
    int kept = 0;
    while (i < text.length()) {
      if (kept == MAX_CODE_POINTS) {
        out.append("...");
        break;
      }
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
        if (isUnsafe(codePoint)) {
          unicode(out, c);
          unicode(out, text.charAt(i + 1));
        } else {
          out.append(c).append(text.charAt(i + 1));
        }
        i += 2;
        kept++;
        continue;
      }
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isSurrogate(c) || isUnsafe(c)) {
            unicode(out, c);
          } else {
            out.append(c);
          }
        }
      }
      i++;
      kept++;
    }
    return out.toString();
  }

  /**
   * Returns the excerpt of one character, given by its code.
   *
   * @param codePoint the character
   * @return the excerpt
   */
  public static String ofCodePoint(int codePoint) {
    return of(new String(Character.toChars(codePoint)));
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
      default:
        return false;
    }
  }

  private static void unicode(StringBuilder out, char c) {
    out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
  }
}
