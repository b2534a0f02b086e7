package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Location;
import io.github.gcmsdk.testkit.Properties;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link ReadResult#locate(String)} gives, for the pointer of every value of a generated document,
 * the line and column where Jackson's parser says the value starts, whatever the line breaks (LF,
 * CR LF, CR) and characters (surrogate pairs, escapes in names): the positions recorded while
 * reading are those of the file.
 */
class LocateEveryValueTest {

  private final GcmJson json = GcmJson.standard();

  @Test
  void everyValueOfAGeneratedDocumentIsLocatedWhereItStarts() {
    int[] round = {0};
    Properties.forAll(RoundTripTest.DOCUMENTS_TO_WRITE, 300, 2026_07_01L, document -> {
      String canonical = json.write(document);
      // Strings hold no raw line break (they are escaped), so every break is white space.
      String[] breaks = {"\n", "\r\n", "\r", " \t\n  "};
      String text = canonical.replace("\n", breaks[round[0]++ % breaks.length]);
      ReadResult<StakeholderInput> result = json.read(text.getBytes(StandardCharsets.UTF_8));
      assertEquals(document, result.getDocument().orElseThrow());
      for (Map.Entry<String, long[]> value : valuePositions(text).entrySet()) {
        Location location = result.locate(value.getKey());
        String where = value.getKey() + " in\n" + text;
        assertEquals(value.getValue()[0], location.getLine().getAsInt(), where);
        assertEquals(value.getValue()[1], location.getColumn().getAsInt(), where);
      }
    });
  }

  /** The pointer and start (line, column) of every value, by Jackson alone; first key kept. */
  static Map<String, long[]> valuePositions(String text) {
    Map<String, long[]> positions = new LinkedHashMap<>();
    try (JsonParser parser = new JsonFactory().createParser(new StringReader(text))) {
      Deque<String> containers = new ArrayDeque<>(); // the pointer of each open container
      Deque<int[]> indexes = new ArrayDeque<>(); // next element index, -1 in an object
      String name = null;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME) {
          name = parser.currentName();
          continue;
        }
        if (token.isStructEnd()) {
          containers.pop();
          indexes.pop();
          continue;
        }
        String pointer;
        if (containers.isEmpty()) {
          pointer = "";
        } else if (indexes.peek()[0] >= 0) {
          pointer = containers.peek() + "/" + indexes.peek()[0]++;
        } else {
          pointer = containers.peek() + "/" + name.replace("~", "~0").replace("/", "~1");
        }
        JsonLocation location = parser.currentTokenLocation();
        positions.putIfAbsent(pointer,
            new long[] {location.getLineNr(), location.getColumnNr()});
        if (token.isStructStart()) {
          containers.push(pointer);
          indexes.push(new int[] {token == JsonToken.START_ARRAY ? 0 : -1});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return positions;
  }
}
