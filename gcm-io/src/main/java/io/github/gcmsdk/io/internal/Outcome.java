package io.github.gcmsdk.io.internal;

import io.github.gcmsdk.problem.Problem;
import java.util.List;

/**
 * What reading one document gave: the value (null if it could not be built), the problems sorted
 * by position, where every value is, and, in a collection, the document's index and first line.
 *
 * @param <V> the value type
 * @param value the value, or null
 * @param problems the problems
 * @param index the locations
 * @param recordIndex the index in a collection, or -1
 * @param line the line the document starts on
 */
public record Outcome<V>(V value, List<Problem> problems, LocationIndex index, int recordIndex,
    int line) {

  /**
   * Copies the problems.
   *
   * @param value the value, or null
   * @param problems the problems
   * @param index the locations
   * @param recordIndex the index in a collection, or -1
   * @param line the line the document starts on
   */
  public Outcome {
    problems = List.copyOf(problems);
  }
}
