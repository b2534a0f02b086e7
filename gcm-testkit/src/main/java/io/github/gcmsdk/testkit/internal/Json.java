package io.github.gcmsdk.testkit.internal;

import io.github.gcmsdk.model.json.JsonValue;
import io.github.gcmsdk.testkit.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Random {@link JsonValue} trees of bounded depth, and extension maps with {@code x-} keys.
 *
 * <p>Not part of the API; it may change without notice. Stateless and thread-safe.
 */
public final class Json {

  private Json() {}

  private static final List<String> EXTENSION_KEYS = List.of(
      "x-editorial-note", "x-source-page", "x-reviewer", "x-confidence", "x-tags",
      "x-translation-of", "x-hub-term-id", "x-legacy", "x-import", "x-review-status");

  private static final List<String> MEMBER_KEYS = List.of(
      "page", "note", "by", "lang", "confidence", "source", "items", "reviewed", "term", "ok");

  /**
   * Returns one to three extension members with distinct {@code x-} names.
   *
   * @param s the source
   * @param maxDepth the deepest nesting of arrays and objects in a value, at least 0
   * @return an unmodifiable map in insertion order
   */
  public static Map<String, JsonValue> extensions(Source s, int maxDepth) {
    int count = s.between(1, 3);
    Map<String, JsonValue> map = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>(EXTENSION_KEYS);
    for (int i = 0; i < count; i++) {
      String key = keys.remove(s.nextInt(keys.size()));
      map.put(key, value(s, maxDepth));
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns a JSON value whose arrays and objects nest at most {@code depth} deep.
   *
   * @param s the source
   * @param depth the deepest nesting allowed; 0 gives a scalar
   * @return the value
   */
  public static JsonValue value(Source s, int depth) {
    int kind = s.nextInt(10);
    if (depth > 0 && kind >= 8) {
      return kind == 8 ? array(s, depth - 1) : object(s, depth - 1);
    }
    switch (s.nextInt(6)) {
      case 0:
      case 1:
        return JsonValue.of(Vocabulary.anyText(s));
      case 2:
        return JsonValue.of(s.between(-1_000_000, 1_000_000));
      case 3:
        return JsonValue.of(BigDecimal.valueOf(s.between(-999_999, 999_999), s.between(1, 3)));
      case 4:
        return JsonValue.of(s.chance(0.5));
      default:
        return JsonValue.JsonNull.INSTANCE;
    }
  }

  private static JsonValue array(Source s, int depth) {
    int size = s.between(0, 3);
    List<JsonValue> elements = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      elements.add(value(s, depth));
    }
    return new JsonValue.JsonArray(elements);
  }

  private static JsonValue object(Source s, int depth) {
    int size = s.between(0, 3);
    Map<String, JsonValue> members = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>(MEMBER_KEYS);
    for (int i = 0; i < size; i++) {
      members.put(keys.remove(s.nextInt(keys.size())), value(s, depth));
    }
    return new JsonValue.JsonObject(members);
  }

  /**
   * Returns the nesting depth of a value: 0 for a scalar, 1 for an array or object of scalars.
   *
   * @param value the value
   * @return the depth
   */
  public static int depth(JsonValue value) {
    if (value instanceof JsonValue.JsonArray array) {
      int max = 0;
      for (JsonValue element : array.elements()) {
        max = Math.max(max, depth(element));
      }
      return max + 1;
    }
    if (value instanceof JsonValue.JsonObject object) {
      int max = 0;
      for (JsonValue member : object.members().values()) {
        max = Math.max(max, depth(member));
      }
      return max + 1;
    }
    return 0;
  }
}
