package io.github.gcmsdk.testkit;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A property of generated values: a check that passes by returning and fails by throwing, for
 * example with a JUnit assertion. {@link Properties#forAll} runs it on many values.
 *
 * @param <T> the type of value checked
 */
@FunctionalInterface
public interface GcmProperty<T> {

  /**
   * Checks the property for one value.
   *
   * @param value the value, not null
   * @throws Exception if the property does not hold (an {@link AssertionError} fails it too)
   */
  void check(T value) throws Exception;

  /**
   * Returns a property that holds when {@code predicate} is true and otherwise fails with an
   * {@link AssertionError}.
   *
   * @param <T> the type of value checked
   * @param predicate the condition, not null
   * @return the property
   */
  static <T> GcmProperty<T> of(Predicate<? super T> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    return value -> {
      if (!predicate.test(value)) {
        throw new AssertionError("property is false");
      }
    };
  }
}
