package io.github.gcmsdk.model;

import io.github.gcmsdk.model.json.JsonValue;
import java.util.Map;

/**
 * A model object that keeps the data a file held for it beyond the model.
 *
 * <p>Readers put unknown properties and extension data here instead of dropping them, and writers
 * write them back, so that reading and writing a file loses nothing. Names that the model knows
 * never appear here.
 */
public interface Extensible {
  /**
   * Returns the extra members of this object, in the order they were read.
   *
   * @return an unmodifiable map from member name to value, empty if there are none
   */
  Map<String, JsonValue> getExtensions();
}
