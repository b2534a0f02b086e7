package io.github.gcmsdk.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JsonPointerTest {

  @Test
  void rootIsTheEmptyText() {
    assertEquals("", JsonPointer.ROOT.toString());
    assertTrue(JsonPointer.ROOT.isRoot());
    assertEquals(0, JsonPointer.ROOT.depth());
    assertEquals(Optional.empty(), JsonPointer.ROOT.parent());
    assertEquals(JsonPointer.ROOT, JsonPointer.parse(""));
  }

  @Test
  void childrenAreEscapedInTheTextAndNotInTheTokens() {
    JsonPointer p = JsonPointer.ROOT.child("sections").child(0).child("a/b~c");
    assertEquals("/sections/0/a~1b~0c", p.toString());
    assertEquals(List.of("sections", "0", "a/b~c"), p.tokens());
    assertEquals(Optional.of("a/b~c"), p.lastToken());
    assertEquals(3, p.depth());
    assertEquals("/sections/0", p.parent().orElseThrow().toString());
  }

  @Test
  void parseIsTheInverseOfToString() {
    for (String text : List.of("/a", "/a/0/b", "/", "//", "/~0~1/x", "/a~1b/~01", "/ü/日本")) {
      JsonPointer parsed = JsonPointer.parse(text);
      assertEquals(text, parsed.toString(), text);
      JsonPointer rebuilt = JsonPointer.ROOT;
      for (String token : parsed.tokens()) {
        rebuilt = rebuilt.child(token);
      }
      assertEquals(parsed, rebuilt, text);
      assertEquals(parsed.hashCode(), rebuilt.hashCode(), text);
    }
  }

  @Test
  void anIndexAndAMemberWithTheSameTextAreEqual() {
    assertEquals(JsonPointer.ROOT.child("a").child(0), JsonPointer.ROOT.child("a").child("0"));
    assertEquals(JsonPointer.parse("/a/0"), JsonPointer.ROOT.child("a").child(0));
  }

  @Test
  void badTextsAreRefusedWithTheReason() {
    IllegalArgumentException noSlash =
        assertThrows(IllegalArgumentException.class, () -> JsonPointer.parse("a/b"));
    assertTrue(noSlash.getMessage().contains("start with /"), noSlash.getMessage());
    IllegalArgumentException badTilde =
        assertThrows(IllegalArgumentException.class, () -> JsonPointer.parse("/a~2"));
    assertTrue(badTilde.getMessage().contains("~ must be followed by 0 or 1"),
        badTilde.getMessage());
    assertThrows(IllegalArgumentException.class, () -> JsonPointer.parse("/a~"));
    assertThrows(IllegalArgumentException.class, () -> JsonPointer.ROOT.child(-1));
    assertThrows(NullPointerException.class, () -> JsonPointer.ROOT.child(null));
  }

  @Test
  void orderIsTheOrderAReaderMeetsTheValues() {
    List<String> expected = List.of("", "/a", "/a/2", "/a/10", "/a/10/x", "/a/b", "/b", "/b/01");
    List<JsonPointer> shuffled = new ArrayList<>();
    for (int i = expected.size() - 1; i >= 0; i--) {
      shuffled.add(JsonPointer.parse(expected.get((i * 3) % expected.size())));
    }
    List<String> sorted = shuffled.stream().sorted().map(JsonPointer::toString)
        .collect(Collectors.toList());
    assertEquals(expected, sorted);
  }

  @Test
  void startsWithComparesWholeTokens() {
    JsonPointer p = JsonPointer.parse("/sections/1/recommendations");
    assertTrue(p.startsWith(JsonPointer.ROOT));
    assertTrue(p.startsWith(JsonPointer.parse("/sections/1")));
    assertTrue(p.startsWith(p));
    assertFalse(p.startsWith(JsonPointer.parse("/sections/10")));
    assertFalse(JsonPointer.parse("/sections/10").startsWith(JsonPointer.parse("/sections/1")));
    assertFalse(JsonPointer.parse("/sections").startsWith(p));
  }

  @Test
  void aDeepPointerPrintsWithoutRecursion() {
    JsonPointer p = JsonPointer.ROOT;
    for (int i = 0; i < 200_000; i++) {
      p = p.child(0);
    }
    assertEquals(400_000, p.toString().length());
  }

  @Test
  void locationsTakeAndGiveBackPointers() {
    JsonPointer p = JsonPointer.ROOT.child("review").child("period");
    assertEquals("/review/period", Location.of(p).getPointer());
    assertEquals(p, Location.of(p, 3, 4).toJsonPointer());
  }

  @Test
  void arrayIndexesAreZeroOrDigitsWithoutALeadingZero() {
    for (String index : List.of("0", "7", "10", "2147483647")) {
      assertTrue(JsonPointer.isArrayIndex(index), index);
    }
    for (String name : List.of("", "01", "-1", "1a", "a", " 1", "+1", "１")) {
      assertFalse(JsonPointer.isArrayIndex(name), name);
    }
  }
}
