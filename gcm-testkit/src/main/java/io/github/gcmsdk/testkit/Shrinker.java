package io.github.gcmsdk.testkit;

import java.util.stream.Stream;

/**
 * Proposes smaller variants of a value, for {@link Properties} to reduce a failing case.
 *
 * <p>A shrinker returns candidates that are each "smaller" than the value (fewer elements,
 * shorter text, fewer sections), the most aggressive first. The runner keeps the first candidate
 * for which the property still fails and asks again, so a shrinker must never return the value
 * itself, or the runner can only stop at its bound on attempts.
 *
 * <p>Implementations must be stateless and thread-safe.
 *
 * @param <T> the type of value
 */
@FunctionalInterface
public interface Shrinker<T> {

  /**
   * Returns the smaller variants of {@code value}, the most aggressive first; computed lazily.
   *
   * @param value the value to shrink, not null
   * @return the candidates, empty if the value cannot be made smaller; never null
   */
  Stream<T> candidates(T value);

  /**
   * Returns a shrinker that proposes nothing.
   *
   * @param <T> the type of value
   * @return the shrinker
   */
  static <T> Shrinker<T> none() {
    return value -> Stream.empty();
  }
}
