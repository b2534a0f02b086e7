package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.problem.Problem;

/**
 * Assertions on what a problem may echo of hostile input; public for gcm-validation's tests
 * (through gcm-io's test jar).
 */
public final class Hostile {

  /** The most characters a message or hint may have, whatever the input. */
  public static final int MAX_MESSAGE = 600;

  private Hostile() {}

  /**
   * Asserts that a problem's message and hint are bounded and hold no raw control character
   * (no ESC of a terminal escape sequence, no NUL, no line break), no lone surrogate and no
   * bidirectional control (U+202A to U+202E, U+2066 to U+2069), whatever the input echoed in
   * them.
   *
   * @param p the problem
   */
  public static void assertSafeMessage(Problem p) {
    assertSafe("message", p.getMessage(), p);
    p.getHint().ifPresent(h -> assertSafe("hint", h, p));
  }

  private static void assertSafe(String what, String text, Problem p) {
    assertTrue(text.length() <= MAX_MESSAGE,
        () -> what + " of " + p.getCode() + " is " + text.length() + " characters long: "
            + text.substring(0, 200) + "...");
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      int c = text.codePointAt(i);
      int at = i;
      boolean bidiControl = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
      assertTrue(!Character.isISOControl(c) && !Character.isSurrogate((char) c) || c > 0xFFFF,
          () -> what + " of " + p.getCode() + " holds the raw character U+"
              + String.format("%04X", c) + " at " + at + ": "
              + text.replaceAll("\\p{Cc}|\\p{Cs}", "<?>"));
      assertTrue(!bidiControl, () -> what + " of " + p.getCode()
          + " holds a raw bidirectional control U+" + String.format("%04X", c) + " at " + at);
    }
  }
}
