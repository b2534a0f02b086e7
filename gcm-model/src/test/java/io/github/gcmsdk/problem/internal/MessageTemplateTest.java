package io.github.gcmsdk.problem.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

  @Test
  void namedParametersAreReplacedWhereverTheyStand() {
    assertEquals("Rename \"nmae\" to \"name\".", MessageTemplate.format(
        "Rename \"{lookalike}\" to \"{name}\".", Map.of("name", "name", "lookalike", "nmae")));
    assertEquals("1 and 1", MessageTemplate.format("{n} and {n}", Map.of("n", "1")));
  }

  @Test
  void parametersAreReplacedOnceAndNeverReread() {
    assertEquals("id \"{first}\" at /a", MessageTemplate.format("id \"{id}\" at {first}",
        Map.of("id", "{first}", "first", "/a")));
  }

  @Test
  void unknownNamesAndLoneBracesStayAsTheyAre() {
    assertEquals("{unknown} stays", MessageTemplate.format("{unknown} stays", Map.of()));
    assertEquals("unclosed {brace",
        MessageTemplate.format("unclosed {brace", Map.of("brace", "x")));
    assertEquals("{a{b}c}", MessageTemplate.format("{a{b}c}", Map.of()));
    assertEquals("{ax}", MessageTemplate.format("{a{b}}", Map.of("b", "x")));
    assertEquals("} {}", MessageTemplate.format("} {}", Map.of("x", "y")));
  }

  @Test
  void apostrophesAreOrdinaryCharacters() {
    // no MessageFormat quoting: the reader's apostrophe is kept, and '' stays two
    assertEquals("the reader's limit of 5", MessageTemplate.format(
        "the reader's limit of {limit}", Map.of("limit", "5")));
    assertEquals("''", MessageTemplate.format("''", Map.of()));
  }

  @Test
  void aTemplateWithoutParametersIsReturnedAsItIs() {
    String template = "the file is empty";
    assertSame(template, MessageTemplate.format(template, Map.of("x", "y")));
  }
}
