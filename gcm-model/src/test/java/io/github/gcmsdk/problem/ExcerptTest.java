package io.github.gcmsdk.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ExcerptTest {

  @Test
  void keepsPlainTextAsItIs() {
    assertEquals("plain text, Ärger, Москва, 😀 #1 $5", Excerpt.of("plain text, Ärger, Москва, 😀 #1 $5"));
  }

  @Test
  void escapesQuotesBackslashesAndLineBreaksLikeAJsonString() {
    assertEquals("\\\"q\\\" \\\\ \\n\\r\\t", Excerpt.of("\"q\" \\ \n\r\t"));
  }

  @Test
  void escapesControlFormatAndOddSpaceCharacters() {
    assertEquals("\\u0007 \\u202E \\u00A0 \\u2028", Excerpt.of("\u0007 \u202E \u00A0 \u2028"));
  }

  @Test
  void escapesTerminalEscapeSequencesSoTheyCannotReachATerminal() {
    String shown = Excerpt.of("\u001b[31mred\u001b[0m");
    assertEquals("\\u001B[31mred\\u001B[0m", shown);
    assertFalse(shown.chars().anyMatch(Character::isISOControl));
  }

  @Test
  void escapesLoneSurrogatesButKeepsPairs() {
    assertEquals("lone \\uD800 pair \uD83D\uDE00", Excerpt.of("lone \uD800 pair \uD83D\uDE00"));
  }

  @Test
  void keepsAtMostFortyCodePointsThenAnEllipsis() {
    assertEquals("y".repeat(Excerpt.MAX_CODE_POINTS) + "...", Excerpt.of("y".repeat(1000)));
    assertEquals("😀".repeat(3) + "...", Excerpt.of("😀".repeat(10), 3));
  }

  @Test
  void escapeKeepsTheWholeText() {
    String longPointer = "/sections/0".repeat(20);
    assertEquals(longPointer, Excerpt.escape(longPointer));
  }

  @Test
  void namesCharactersInUnicodeNotation() {
    assertEquals("U+0007", Excerpt.unicodeNotation(7));
    assertEquals("U+1F600", Excerpt.unicodeNotation(0x1F600));
  }

  @Test
  void rejectsNullAndNonPositiveLengths() {
    assertThrows(NullPointerException.class, () -> Excerpt.of(null));
    assertThrows(IllegalArgumentException.class, () -> Excerpt.of("x", 0));
  }
}
