package io.github.gcmsdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.problem.Location;
import org.junit.jupiter.api.Test;

/** ReadResult.locate maps pointers into the built document back to the file. */
class LocateTest {

  private static final String TEXT = """
      {
        "formatVersion": "2.0",
        "id": "d1",
        "title": "T",
        "language": "en",
        "sections": [
          {"id": "bad", "heading": 1},
          {
            "id": "s2",
            "heading": "Borders",
            "findings": [{"text": "Pushbacks"}]
          }
        ],
        "x-a/b~c": {"k": [true]}
      }
      """;

  private final ReadResult<StakeholderInput> result = GcmJson.standard().readJson(TEXT);

  private static void assertAt(Location location, String pointer, int line, int column) {
    assertEquals(pointer, location.getPointer());
    assertEquals(line, location.getLine().getAsInt(), location.describe());
    assertEquals(column, location.getColumn().getAsInt(), location.describe());
  }

  @Test
  void pointerToAValueGivesWhereItStarts() {
    assertAt(result.locate(""), "", 1, 1);
    assertAt(result.locate("/title"), "/title", 4, Problems.column(TEXT, 4, "\"T\""));
    assertAt(result.locate("/x-a~1b~0c/k/0"), "/x-a~1b~0c/k/0", 14,
        Problems.column(TEXT, 14, "true"));
  }

  @Test
  void indexesOfTheBuiltDocumentAreLocatedWithThoseOfTheFileWhenElementsWereLeftOut() {
    assertEquals("s2", result.getDocument().orElseThrow().getSections().get(0).getId());
    assertAt(result.locate("/sections/0"), "/sections/1", 8, Problems.column(TEXT, 8, "{"));
    assertAt(result.locate("/sections/0/findings/0/text"), "/sections/1/findings/0/text", 11,
        Problems.column(TEXT, 11, "\"Pushbacks\""));
  }

  @Test
  void pointerToSomethingAbsentGivesTheNearestEnclosingValue() {
    assertAt(result.locate("/sections/0/label"), "/sections/1/label", 8,
        Problems.column(TEXT, 8, "{"));
    assertAt(result.locate("/review/title"), "/review/title", 1, 1);
    assertAt(result.locate("/sections/7"), "/sections/7", 6, Problems.column(TEXT, 6, "["));
  }

  @Test
  void malformedPointerIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> result.locate("sections"));
    assertThrows(IllegalArgumentException.class, () -> result.locate("/a~2"));
    assertThrows(NullPointerException.class, () -> result.locate(null));
  }
}
