package io.github.gcmsdk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** TCK for {@link CatalogException}: what it keeps of the input and how it prints it. */
class CatalogExceptionTest {

  private static CatalogException rejection(String text) {
    return assertThrows(CatalogException.class, () -> Theme.parse(text));
  }

  @Test
  void isAnIllegalArgumentException() {
    assertInstanceOf(IllegalArgumentException.class, rejection("xyz"));
  }

  @Test
  void namesTheCatalogAndTheInput() {
    CatalogException e = rejection("xyz");
    assertEquals("Theme", e.getCatalog());
    assertEquals("xyz", e.getInput());
  }

  static Stream<Arguments> escapes() {
    return Stream.of(
        Arguments.of("a\nb", "a\\nb"),
        Arguments.of("a\rb", "a\\rb"),
        Arguments.of("a\tb", "a\\tb"),
        Arguments.of("a\u0000b", "a\\u0000b"),
        Arguments.of("a\u001bb", "a\\u001Bb"),
        Arguments.of("a\u007fb", "a\\u007Fb"),
        Arguments.of("a\u0085b", "a\\u0085b"),
        Arguments.of("a\u202eb", "a\\u202Eb"),
        Arguments.of("a\u200bb", "a\\u200Bb"),
        Arguments.of("a\u2028b", "a\\u2028b"),
        Arguments.of("a\ufeffb", "a\\uFEFFb"),
        Arguments.of("a\ue000b", "a\\uE000b"),
        Arguments.of("a\\b", "a\\\\b"),
        Arguments.of("a\"b", "a\\\"b"),
        Arguments.of("T\u00fcrkiye \u00e9t\u00e9 \u4e2d\u6587", "T\u00fcrkiye \u00e9t\u00e9 \u4e2d\u6587"));
  }

  @ParameterizedTest
  @MethodSource("escapes")
  void escapesControlFormatAndSeparatorCharacters(String input, String expected) {
    assertEquals(expected, rejection(input).getInput());
  }

  @Test
  void escapesLoneSurrogatesButKeepsPairs() {
    assertEquals("a\\uD800b", rejection("a\ud800b").getInput());
    assertEquals("a\\uDC00b", rejection("a\udc00b").getInput());
    assertEquals("a\ud83d\ude00b", rejection("a\ud83d\ude00b").getInput());
  }

  @Test
  void escapesSupplementaryFormatCharactersSuchAsTags() {
    // U+E0041 TAG LATIN CAPITAL LETTER A, invisible, used to smuggle text
    assertEquals("a\\uDB40\\uDC41b", rejection("a\udb40\udc41b").getInput());
  }

  @Test
  void truncatesToSixtyFourCharacters() {
    String text = "x".repeat(63) + "yz" + "\n".repeat(1000);
    CatalogException e = rejection(text);
    assertEquals("x".repeat(63) + "y...", e.getInput());
    assertTrue(e.getMessage().length() < 200, e.getMessage());
  }

  @Test
  void keepsAnInputOfExactlySixtyFourCharacters() {
    String text = "x".repeat(64);
    assertEquals(text, rejection(text).getInput());
  }

  @Test
  void countsCodePointsSoNeverSplitsASurrogatePairWhenTruncating() {
    String text = "x".repeat(63) + "\ud83d\ude00" + "tail";
    assertEquals("x".repeat(63) + "\ud83d\ude00...", rejection(text).getInput());
  }

  @Test
  void messageNeverContainsRawControlCharacters() {
    CatalogException e = rejection("\u001b[31mred\u001b[0m\r\nInjected: line");
    assertTrue(e.getMessage().chars().noneMatch(Character::isISOControl), e.getMessage());
    assertEquals(
        "Cannot parse Theme: \"\\u001B[31mred\\u001B[0m\\r\\nInjected: line\" (write a code or a"
            + " title, for example \"labour-rights\" or \"COVID-19\")",
        e.getMessage());
  }

  @Test
  void maxInputLengthIsSixtyFour() {
    assertEquals(64, CatalogException.MAX_INPUT_LENGTH);
  }
}
