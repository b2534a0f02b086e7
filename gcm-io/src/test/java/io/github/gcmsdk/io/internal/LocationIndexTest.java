package io.github.gcmsdk.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.StakeholderInput;
import io.github.gcmsdk.model.json.JsonValue;
import io.github.gcmsdk.problem.Location;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The lazy location index: nodes recorded while reading, pointers resolved when located. */
class LocationIndexTest {

  /** Strings of at most 5 characters, so that a longer one is left out. */
  private static final ReadSettings SHORT_STRINGS =
      ReadSettings.of(false, 1_000_000, 64, 5, 1000, 1000, Locale.ROOT);

  private static final String HEAD =
      "{\"formatVersion\":\"2.0\",\"id\":\"d\",\"title\":\"t\",\"language\":\"en\",\n";

  private static Outcome<StakeholderInput> read(String text) {
    return new DocumentReader(SHORT_STRINGS).read(Format.DOCUMENT_CODEC,
        text.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertAt(Location location, int line, int column) {
    assertEquals(line, location.getLine().getAsInt(), location.describe());
    assertEquals(column, location.getColumn().getAsInt(), location.describe());
  }

  @Test
  void everyValueIsRecordedOnceInTheOrderItStartsWithItsEscapedPointer() {
    Outcome<StakeholderInput> outcome = read(HEAD
        + "\"x-a/b~c\":{\"k\":[true,{\"z\":null}]},\"sections\":[{\"id\":\"s\",\"heading\":\"h\"}]}");
    assertEquals(List.of("", "/formatVersion", "/id", "/title", "/language", "/x-a~1b~0c",
        "/x-a~1b~0c/k", "/x-a~1b~0c/k/0", "/x-a~1b~0c/k/1", "/x-a~1b~0c/k/1/z", "/sections",
        "/sections/0", "/sections/0/id", "/sections/0/heading"), outcome.index().pointers());
  }

  @Test
  void ofDuplicateKeysTheFirstIsLocatedEvenWhenItsValueWasLeftOut() {
    Outcome<StakeholderInput> outcome = read(HEAD + "\"x-a\":{\"k\":\"too long\",\n\"k\":1}}");
    JsonValue.JsonObject extension = (JsonValue.JsonObject)
        outcome.value().getExtensions().get("x-a");
    assertEquals(JsonValue.of(1), extension.members().get("k"));
    assertAt(outcome.index().locate("/x-a/k"), 2, 12);
  }

  @Test
  void elementsLeftOutOfAnExtensionListAreSkippedByBuiltIndexes() {
    Outcome<StakeholderInput> outcome = read(HEAD + "\"x-a\":[1,\"too long\",3,\"long too\",5]}");
    JsonValue.JsonArray extension = (JsonValue.JsonArray)
        outcome.value().getExtensions().get("x-a");
    assertEquals(List.of(JsonValue.of(1), JsonValue.of(3), JsonValue.of(5)),
        extension.elements());
    assertAt(outcome.index().locate("/x-a/0"), 2, 8);
    assertAt(outcome.index().locate("/x-a/1"), 2, 21);
    assertAt(outcome.index().locate("/x-a/2"), 2, 34);
    assertAt(outcome.index().locate("/x-a/3"), 2, 7); // no such element: the list
    assertAt(outcome.index().locate("/x-a/01"), 2, 7); // not an index: the list
  }

  @Test
  void aMemberNamedLikeAnIndexIsFoundByName() {
    Outcome<StakeholderInput> outcome = read(HEAD + "\"x-a\":{\"0\":[7],\"1\":2}}");
    assertAt(outcome.index().locate("/x-a/1"), 2, 20);
    assertAt(outcome.index().locate("/x-a/0/0"), 2, 13);
    assertAt(outcome.index().locate("/x-a/2"), 2, 7);
  }

  @Test
  void positionsBeyondTheMostRecordedAreLocatedAtTheirNearestRecordedAncestor() {
    LocationIndex index = LocationIndex.create(0);
    int root = index.root(Positions.of(1, 1));
    int list = index.member(root, "x", Positions.of(1, 2));
    for (int i = 0; i < LocationIndex.MAX_POSITIONS + 10; i++) {
      index.element(list, Positions.of(2, i + 1));
    }
    int recorded = LocationIndex.MAX_POSITIONS - 2; // the root and the list are two
    assertAt(index.locate("/x/" + (recorded - 1)), 2, recorded);
    assertAt(index.locate("/x/" + recorded), 1, 2);
    assertEquals(LocationIndex.NO_NODE, index.member(root, "y", Positions.of(3, 1)));
    assertAt(index.locate("/y"), 1, 1);
  }

  @Test
  void theEmptyIndexAndNoneLocateWithoutLineAndColumn() {
    assertFalse(LocationIndex.create(0).locate("/a").getLine().isPresent());
    assertEquals(LocationIndex.NO_NODE, LocationIndex.NONE.root(Positions.of(1, 1)));
    assertFalse(LocationIndex.NONE.locate("").getLine().isPresent());
  }

  @Test
  void indexesOfTheSameReadAreEqualAndOfAnotherReadAreNot() {
    String text = HEAD + "\"x-a\":[1,\"too long\",3]}";
    assertEquals(read(text).index(), read(text).index());
    assertEquals(read(text).index().hashCode(), read(text).index().hashCode());
    assertNotEquals(read(text).index(), read(text.replace("3", "4, 5")).index());
    assertNotEquals(read(text).index(), read(text.replace("\"x-a\"", " \"x-a\"")).index());
  }

  @Test
  void locatingFromTwoThreadsAtOnceGivesTheSameLocations() throws InterruptedException {
    Outcome<StakeholderInput> outcome = read(HEAD + "\"x-a\":{\"k\":[true,1,2,3]}}");
    Location[] found = new Location[2];
    Thread[] threads = new Thread[2];
    for (int t = 0; t < 2; t++) {
      int slot = t;
      threads[t] = new Thread(() -> found[slot] = outcome.index().locate("/x-a/k/3"));
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(found[0], found[1]);
    assertTrue(found[0].getColumn().isPresent());
  }

  @Test
  void everyPositionIsKeptExactlyWhateverItsDistanceFromThePreviousOne() {
    // Positions are stored against the previous one in an int when they can be: same line,
    // next lines, and every case that cannot (backwards, far lines, far columns, unknown).
    long[] positions = {
        Positions.of(1, 1), Positions.of(1, 1), Positions.of(1, 5), Positions.of(2, 3),
        Positions.of(2, 2), Positions.of(1025, 7), Positions.of(2048, 1), Positions.of(2048, 1 << 20),
        Positions.of(2049, (1 << 20) - 1), Positions.of(2050, 1 << 20), Positions.UNKNOWN,
        Positions.of(3000, 9), Positions.UNKNOWN, Positions.UNKNOWN, Positions.of(1, 4),
        Positions.of(Integer.MAX_VALUE, Integer.MAX_VALUE), Positions.of(Integer.MAX_VALUE, 1),
        Positions.of(7, Integer.MAX_VALUE), Positions.of(8, 1)};
    LocationIndex index = LocationIndex.create(0);
    int root = index.root(Positions.of(1, 1));
    for (int i = 0; i < positions.length; i++) {
      index.member(root, "m" + i, positions[i]);
    }
    for (int i = 0; i < positions.length; i++) {
      Location location = index.locate("/m" + i);
      long expected = Positions.isKnown(positions[i]) ? positions[i] : Positions.of(1, 1);
      assertAt(location, Positions.line(expected), Positions.column(expected));
    }
    LocationIndex same = LocationIndex.create(0);
    int sameRoot = same.root(Positions.of(1, 1));
    for (int i = 0; i < positions.length; i++) {
      same.member(sameRoot, "m" + i, positions[i]);
    }
    assertEquals(index, same);
    assertEquals(index.hashCode(), same.hashCode());
  }
}
