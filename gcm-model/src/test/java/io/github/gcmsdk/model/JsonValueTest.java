package io.github.gcmsdk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.json.JsonValue;
import io.github.gcmsdk.model.json.JsonValue.JsonArray;
import io.github.gcmsdk.model.json.JsonValue.JsonBoolean;
import io.github.gcmsdk.model.json.JsonValue.JsonNull;
import io.github.gcmsdk.model.json.JsonValue.JsonNumber;
import io.github.gcmsdk.model.json.JsonValue.JsonObject;
import io.github.gcmsdk.model.json.JsonValue.JsonString;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Value equality, order, immutability and null rejection of {@link JsonValue}. */
class JsonValueTest {

  /** An extension value as a reader would keep it: {"note": "sic", "seen": [2020, true, null]}. */
  private static JsonObject editorialNote() {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    members.put("note", JsonValue.of("'organsiations' [sic]"));
    members.put("seen", JsonValue.arrayOf(JsonValue.of(2020), JsonValue.of(true), JsonNull.INSTANCE));
    return JsonValue.objectOf(members);
  }

  // ------------------------------------------------------------------------------ value equality

  @Test
  void valuesBuiltTheSameWayAreEqualWithEqualHashCodes() {
    assertEquals(editorialNote(), editorialNote());
    assertEquals(editorialNote().hashCode(), editorialNote().hashCode());
    assertEquals(JsonValue.of("x"), new JsonString("x"));
    assertEquals(JsonValue.of(40), JsonValue.of(BigDecimal.valueOf(40)));
    assertEquals(JsonValue.arrayOf(JsonValue.of(1), JsonValue.of(3)),
        new JsonArray(List.of(JsonValue.of(1), JsonValue.of(3))));
  }

  @Test
  void valuesWithDifferentContentOrTypeAreNotEqual() {
    assertNotEquals(JsonValue.of("1"), JsonValue.of(1));
    assertNotEquals(JsonValue.of(1), JsonValue.of(2));
    assertNotEquals(JsonValue.of("a"), JsonValue.of("A"));
    assertNotEquals(JsonValue.of(true), JsonValue.of(false));
    assertNotEquals(JsonValue.arrayOf(), JsonValue.objectOf(Map.of()));
    assertNotEquals(JsonValue.of(""), JsonNull.INSTANCE);
  }

  @Test
  void numbersKeepTheirExactDecimalValueAndScale() {
    JsonNumber number = JsonValue.of(new BigDecimal("1.50"));

    assertEquals("1.50", number.value().toPlainString());
    assertEquals(new BigDecimal("12345678901234567890.000000001"),
        JsonValue.of(new BigDecimal("12345678901234567890.000000001")).value());
  }

  @Test
  void aNegativeZeroIsANumberOfItsOwnWithItsScale() {
    JsonNumber minusZero = JsonValue.negativeZero(1);

    assertEquals(new BigDecimal("0.0"), minusZero.value());
    assertTrue(minusZero.negativeZero());
    assertNotEquals(JsonValue.of(new BigDecimal("0.0")), minusZero);
    assertEquals(JsonValue.negativeZero(1), minusZero);
    assertThrows(IllegalArgumentException.class, () -> new JsonNumber(BigDecimal.ONE, true));
  }

  @Test
  void booleansAndNullAreSingletons() {
    assertSame(JsonBoolean.TRUE, JsonValue.of(true));
    assertSame(JsonBoolean.FALSE, JsonValue.of(false));
    assertTrue(JsonBoolean.TRUE.value());
    assertFalse(JsonBoolean.FALSE.value());
    assertSame(JsonNull.INSTANCE, JsonNull.valueOf("INSTANCE"));
  }

  @Test
  void everyValueIsExactlyOneOfTheSixKinds() {
    List<JsonValue> values = List.of(editorialNote(), JsonValue.arrayOf(), JsonValue.of("s"),
        JsonValue.of(1), JsonValue.of(true), JsonNull.INSTANCE);
    List<String> kinds = new ArrayList<>();
    for (JsonValue value : values) {
      kinds.add(kind(value));
    }
    assertEquals(List.of("object", "array", "string", "number", "boolean", "null"), kinds);
  }

  private static String kind(JsonValue value) {
    if (value instanceof JsonObject) {
      return "object";
    } else if (value instanceof JsonArray) {
      return "array";
    } else if (value instanceof JsonString) {
      return "string";
    } else if (value instanceof JsonNumber) {
      return "number";
    } else if (value instanceof JsonBoolean) {
      return "boolean";
    } else if (value instanceof JsonNull) {
      return "null";
    }
    throw new AssertionError(value);
  }

  // --------------------------------------------------------------------------------- order kept

  @Test
  void objectMembersKeepTheOrderInWhichTheyWereGiven() {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    for (String name : List.of("x-editorial-note", "b", "a", "z", "m")) {
      members.put(name, JsonValue.of(name));
    }

    JsonObject object = JsonValue.objectOf(members);

    assertEquals(List.of("x-editorial-note", "b", "a", "z", "m"),
        new ArrayList<>(object.members().keySet()));
    assertEquals(List.of("x-editorial-note", "b", "a", "z", "m"),
        new ArrayList<>(new JsonObject(members).members().keySet()));
  }

  @Test
  void arrayElementsKeepTheirOrderAndOrderMattersForEquality() {
    JsonArray array = JsonValue.arrayOf(JsonValue.of(3), JsonValue.of(1), JsonValue.of(2));

    assertEquals(List.of(JsonValue.of(3), JsonValue.of(1), JsonValue.of(2)), array.elements());
    assertNotEquals(JsonValue.arrayOf(JsonValue.of(1), JsonValue.of(3), JsonValue.of(2)), array);
  }

  // ------------------------------------------------------------------------------ unmodifiable

  @Test
  void objectMembersAndArrayElementsAreUnmodifiable() {
    JsonObject object = editorialNote();
    JsonArray array = (JsonArray) object.members().get("seen");

    assertThrows(UnsupportedOperationException.class,
        () -> object.members().put("added", JsonValue.of(1)));
    assertThrows(UnsupportedOperationException.class, () -> object.members().remove("note"));
    assertThrows(UnsupportedOperationException.class, () -> object.members().clear());
    assertThrows(UnsupportedOperationException.class, () -> array.elements().add(JsonValue.of(1)));
    assertThrows(UnsupportedOperationException.class, () -> array.elements().set(0, JsonValue.of(1)));
    assertThrows(UnsupportedOperationException.class, () -> array.elements().remove(0));
  }

  @Test
  void changingTheMapOrListGivenDoesNotChangeTheValue() {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    members.put("a", JsonValue.of(1));
    List<JsonValue> elements = new ArrayList<>(List.of(JsonValue.of(1)));
    JsonObject viaFactory = JsonValue.objectOf(members);
    JsonObject viaConstructor = new JsonObject(members);
    JsonArray array = new JsonArray(elements);

    members.put("b", JsonValue.of(2));
    members.remove("a");
    elements.add(JsonValue.of(2));

    assertEquals(Map.of("a", JsonValue.of(1)), viaFactory.members());
    assertEquals(Map.of("a", JsonValue.of(1)), viaConstructor.members());
    assertEquals(List.of(JsonValue.of(1)), array.elements());
  }

  // ------------------------------------------------------------------------------ nulls rejected

  @Test
  void nullValuesAreRejectedWithNullPointerException() {
    Map<String, JsonValue> nullValue = new HashMap<>();
    nullValue.put("a", null);
    Map<String, JsonValue> nullName = new HashMap<>();
    nullName.put(null, JsonValue.of(1));
    List<JsonValue> nullElement = new ArrayList<>();
    nullElement.add(null);

    assertThrows(NullPointerException.class, () -> JsonValue.of((String) null));
    assertThrows(NullPointerException.class, () -> JsonValue.of((BigDecimal) null));
    assertThrows(NullPointerException.class, () -> new JsonString(null));
    assertThrows(NullPointerException.class, () -> new JsonNumber(null));
    assertThrows(NullPointerException.class, () -> JsonValue.arrayOf((JsonValue) null));
    assertThrows(NullPointerException.class, () -> JsonValue.arrayOf((JsonValue[]) null));
    assertThrows(NullPointerException.class, () -> new JsonArray(null));
    assertThrows(NullPointerException.class, () -> new JsonArray(nullElement));
    assertThrows(NullPointerException.class, () -> JsonValue.objectOf(null));
    assertThrows(NullPointerException.class, () -> JsonValue.objectOf(nullValue));
    assertThrows(NullPointerException.class, () -> JsonValue.objectOf(nullName));
    assertThrows(NullPointerException.class, () -> new JsonObject(null));
    assertThrows(NullPointerException.class, () -> new JsonObject(nullValue));
  }
}
