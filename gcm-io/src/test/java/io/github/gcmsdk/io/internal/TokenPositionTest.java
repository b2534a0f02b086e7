package io.github.gcmsdk.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The convention {@link Binder#position()} relies on to place a value without the
 * {@link JsonLocation} that {@code currentTokenLocation()} allocates: on Jackson's character
 * parser, {@code getTokenLineNr()} is the line and {@code getTokenColumnNr()} one more than the
 * column of {@code currentTokenLocation()}, for every token but a property name, whose location is
 * where the name starts while the token fields hold where its value starts.
 */
class TokenPositionTest {

  private static final ReadSettings SETTINGS =
      ReadSettings.of(false, 50_000_000, 64, 1_000_000, 1000, 1000, Locale.ROOT);

  /** A document of random structure and white space, over several parser buffers. */
  private static String randomDocument(Random random) {
    String[] spaces = {"", " ", "\n", "\r\n", "\r", "\t", "  \n\t", "\n\n"};
    String[] scalars = {"1", "-2.5e3", "\"a\"", "\"\\u00e9\\n\"", "\"\uD83D\uDE00 x\"", "true",
        "null", "\"\u00e9\u4e2d\""};
    StringBuilder out = new StringBuilder();
    int[] count = {0};
    value(random, out, 0, spaces, scalars, count);
    while (out.length() < 20_000) { // more than Jackson's 8000-character buffer, twice
      out.insert(0, "[").append(',').append(spaces[random.nextInt(spaces.length)]);
      value(random, out, 0, spaces, scalars, count);
      out.append(']');
    }
    return out.toString();
  }

  private static void value(Random random, StringBuilder out, int depth, String[] spaces,
      String[] scalars, int[] count) {
    int kind = depth > 5 ? 2 : random.nextInt(3);
    String space = spaces[random.nextInt(spaces.length)];
    if (kind == 0) {
      out.append('{').append(space);
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        out.append(i > 0 ? "," : "").append(spaces[random.nextInt(spaces.length)])
            .append("\"k").append(count[0]++).append("\u00e9\"")
            .append(spaces[random.nextInt(spaces.length)]).append(':')
            .append(spaces[random.nextInt(spaces.length)]);
        value(random, out, depth + 1, spaces, scalars, count);
      }
      out.append(spaces[random.nextInt(spaces.length)]).append('}');
    } else if (kind == 1) {
      out.append('[').append(space);
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        out.append(i > 0 ? "," : "").append(spaces[random.nextInt(spaces.length)]);
        value(random, out, depth + 1, spaces, scalars, count);
      }
      out.append(spaces[random.nextInt(spaces.length)]).append(']');
    } else {
      out.append(scalars[random.nextInt(scalars.length)]);
    }
  }

  @Test
  void tokenFieldsGiveTheLocationOfEveryTokenButANameOnTheCharacterParser() throws IOException {
    Random random = new Random(20261128L);
    int names = 0;
    for (int round = 0; round < 20; round++) {
      String text = randomDocument(random);
      try (JsonParser parser = SETTINGS.factory().createParser(new StringReader(text))) {
        assertTrue(parser instanceof ReaderBasedJsonParser, parser.getClass().getName());
        ParserBase base = (ParserBase) parser;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          JsonLocation location = parser.currentTokenLocation();
          if (token == JsonToken.FIELD_NAME) {
            names++;
            // The name's location is not in the token fields: they hold its value's.
            assertNotEquals(location.getCharOffset(), base.getTokenCharacterOffset() - 1);
            continue;
          }
          String where = token + " at " + location;
          assertEquals(location.getLineNr(), base.getTokenLineNr(), where);
          assertEquals(location.getColumnNr(), base.getTokenColumnNr() - 1, where);
          assertEquals(location.getCharOffset(), base.getTokenCharacterOffset() - 1, where);
        }
      }
    }
    assertTrue(names > 100, "names: " + names);
  }

  @Test
  void binderPositionIsThatOfCurrentTokenLocationForEveryToken() throws IOException {
    Random random = new Random(7L);
    for (int round = 0; round < 10; round++) {
      String text = randomDocument(random);
      try (JsonParser parser = SETTINGS.factory().createParser(new StringReader(text))) {
        Binder binder = new Binder(parser, SETTINGS, new ProblemSink(SETTINGS.messages(), 0),
            LocationIndex.NONE, null);
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          String where = token + " at " + parser.currentTokenLocation();
          assertEquals(Positions.of(parser.currentTokenLocation()), binder.position(), where);
        }
      }
    }
  }
}
