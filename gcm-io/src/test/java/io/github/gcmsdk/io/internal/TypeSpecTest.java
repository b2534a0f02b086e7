package io.github.gcmsdk.io.internal;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Looking up the properties of a type by the member names of a document. */
class TypeSpecTest {

  private static final List<TypeSpec<?, ?>> TYPES = List.of(Format.DATE_RANGE, Format.ACTOR,
      Format.REVIEW, Format.FINDING, Format.RECOMMENDATION, Format.PRACTICE, Format.FIGURE,
      Format.REFERENCE, Format.OPEN_QUESTION, Format.SECTION, Format.DOCUMENT);

  @Test
  void everyPropertyIsFoundByANameThatIsNotTheInternedOneWhateverIndexIsExpected() {
    for (TypeSpec<?, ?> type : TYPES) {
      int count = type.properties().size();
      for (Property<?, ?> property : type.properties()) {
        String copy = new String(property.name().toCharArray()); // equal, not the same reference
        assertSame(property, type.propertyOrNull(copy), type.name() + "." + copy);
        for (int expected = 0; expected <= count + 1; expected++) {
          assertSame(property, type.propertyOrNull(copy, expected));
          assertSame(property, type.propertyOrNull(property.name(), expected));
        }
      }
    }
  }

  @Test
  void aNameOfNoPropertyFindsNothingWhateverIndexIsExpected() {
    for (TypeSpec<?, ?> type : TYPES) {
      for (String name : List.of("", "x-id", "Id", "ids", "formatversion", "\u0000")) {
        for (int expected = 0; expected <= type.properties().size(); expected++) {
          assertNull(type.propertyOrNull(name, expected), type.name() + "." + name);
        }
      }
    }
  }
}
