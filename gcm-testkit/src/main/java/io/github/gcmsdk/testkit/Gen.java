package io.github.gcmsdk.testkit;

import io.github.gcmsdk.testkit.internal.ShrinkSupport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A generator of values of type {@code T}, drawing its randomness from a {@link Source}.
 *
 * <p>{@code Gen} is a functional interface: any {@code source -> value} lambda is a generator.
 * The same source state always gives the same value, so a seed reproduces a whole run. A generator
 * may also know how to make its values smaller ({@link #shrink(Object)}); a lambda knows nothing
 * of the kind until {@link #withShrinker(Shrinker)} adds it.
 *
 * <p>Generators are immutable and thread-safe; the {@link Source} is not, and each thread uses its
 * own. Values are built with {@link Source} only: never {@code Math.random()}, never the iteration
 * order of a {@code HashMap} or {@code HashSet}.
 *
 * @param <T> the type of value generated
 */
@FunctionalInterface
public interface Gen<T> {

  /** How many values {@link #filter(Predicate)} draws before it gives up. */
  int FILTER_TRIES = 1000;

  /**
   * Generates one value.
   *
   * @param source the source of randomness, not null; it advances
   * @return the value, not null
   */
  T next(Source source);

  /**
   * Returns values smaller than {@code value}, the most aggressive first, for a property runner to
   * reduce a failing case with. The default proposes nothing.
   *
   * @param value a value this generator made, not null
   * @return the candidates, lazily computed, never null
   */
  default Stream<T> shrink(T value) {
    return Stream.empty();
  }

  /**
   * Returns a generator of values transformed by {@code mapper}.
   *
   * <p>The result cannot shrink (a mapped value cannot be traced back); add a shrinker for the
   * mapped type with {@link #withShrinker(Shrinker)} if one is needed.
   *
   * @param <R> the type of the mapped values
   * @param mapper the function, not null, returning non-null values
   * @return the mapped generator
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return source -> Objects.requireNonNull(mapper.apply(next(source)), "mapped value");
  }

  /**
   * Returns a generator of the values that satisfy {@code predicate}: it draws until one does.
   * Shrinking keeps to values that satisfy it.
   *
   * @param predicate the condition, not null
   * @return the filtered generator; its {@link #next(Source)} throws {@link IllegalStateException}
   *     if {@value #FILTER_TRIES} values in a row fail the predicate
   */
  default Gen<T> filter(Predicate<? super T> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    Gen<T> self = this;
    return new Gen<>() {
      @Override
      public T next(Source source) {
        for (int i = 0; i < FILTER_TRIES; i++) {
          T value = self.next(source);
          if (predicate.test(value)) {
            return value;
          }
        }
        throw new IllegalStateException(
            "Gen.filter: none of " + FILTER_TRIES + " values satisfied the predicate");
      }

      @Override
      public Stream<T> shrink(T value) {
        return self.shrink(value).filter(predicate);
      }
    };
  }

  /**
   * Returns a generator of lists of {@code min} to {@code max} values of this generator.
   *
   * <p>A list shrinks by dropping halves, then single elements (never below {@code min}), then by
   * shrinking its elements one at a time.
   *
   * @param min the smallest size, at least 0
   * @param max the largest size, not less than {@code min}
   * @return the list generator; lists are unmodifiable
   * @throws IllegalArgumentException if the bounds are invalid
   */
  default Gen<List<T>> list(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("Invalid list size range: " + min + " to " + max);
    }
    Gen<T> element = this;
    return new Gen<>() {
      @Override
      public List<T> next(Source source) {
        int size = source.between(min, max);
        List<T> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          values.add(element.next(source));
        }
        return Collections.unmodifiableList(values);
      }

      @Override
      public Stream<List<T>> shrink(List<T> value) {
        return ShrinkSupport.shrinkList(value, min, element::shrink);
      }
    };
  }

  /**
   * Returns a generator that gives a value of this generator with probability {@code p} and
   * otherwise an empty optional. A present value shrinks to empty first.
   *
   * @param p the probability of a present value, from 0 to 1
   * @return the optional generator
   * @throws IllegalArgumentException if {@code p} is not between 0 and 1
   */
  default Gen<Optional<T>> optional(double p) {
    if (!(p >= 0.0 && p <= 1.0)) {
      throw new IllegalArgumentException("Invalid value for probability: " + p + " (0 to 1)");
    }
    Gen<T> self = this;
    return new Gen<>() {
      @Override
      public Optional<T> next(Source source) {
        return source.chance(p) ? Optional.of(self.next(source)) : Optional.empty();
      }

      @Override
      public Stream<Optional<T>> shrink(Optional<T> value) {
        if (value.isEmpty()) {
          return Stream.empty();
        }
        return Stream.concat(
            Stream.of(Optional.<T>empty()), self.shrink(value.get()).map(Optional::of));
      }
    };
  }

  /**
   * Returns a generator with the same values that shrinks them with {@code shrinker}.
   *
   * @param shrinker the shrinker, not null
   * @return the generator
   */
  default Gen<T> withShrinker(Shrinker<T> shrinker) {
    Objects.requireNonNull(shrinker, "shrinker");
    Gen<T> self = this;
    return new Gen<>() {
      @Override
      public T next(Source source) {
        return self.next(source);
      }

      @Override
      public Stream<T> shrink(T value) {
        return shrinker.candidates(value);
      }
    };
  }

  /**
   * Returns case 0 of {@code seed}: the value that {@link Properties#forAll} checks first for
   * that seed.
   *
   * @param seed the seed
   * @return the value
   */
  default T sample(long seed) {
    return samples(seed, 1).get(0);
  }

  /**
   * Returns cases 0 to {@code count - 1} of {@code seed}, exactly the values that
   * {@link Properties#forAll} checks for that seed.
   *
   * @param seed the seed
   * @param count how many values, at least 0
   * @return the values, in case order; an unmodifiable list
   * @throws IllegalArgumentException if {@code count} is negative
   */
  default List<T> samples(long seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("Invalid value for count: " + count);
    }
    Source master = Source.of(seed);
    List<T> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(next(master.split()));
    }
    return Collections.unmodifiableList(values);
  }

  /**
   * Returns a generator that always gives {@code value}.
   *
   * @param <T> the type of value
   * @param value the value, not null
   * @return the generator
   */
  static <T> Gen<T> constant(T value) {
    Objects.requireNonNull(value, "value");
    return source -> value;
  }

  /**
   * Returns a generator of ints from {@code min} to {@code max}, both inclusive, that shrink
   * towards {@code min}.
   *
   * @param min the smallest value
   * @param max the largest value, not less than {@code min}
   * @return the generator
   * @throws IllegalArgumentException if {@code max < min}
   */
  static Gen<Integer> integers(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException("Invalid range: " + min + " to " + max);
    }
    return new Gen<>() {
      @Override
      public Integer next(Source source) {
        return source.between(min, max);
      }

      @Override
      public Stream<Integer> shrink(Integer value) {
        return ShrinkSupport.towards(min, value);
      }
    };
  }

  /**
   * Returns a generator that gives one of {@code values}, each with the same probability, and
   * shrinks towards the first.
   *
   * @param <T> the type of value
   * @param values the values, not null, not empty, without nulls
   * @return the generator
   * @throws IllegalArgumentException if there are no values
   */
  @SafeVarargs
  static <T> Gen<T> elements(T... values) {
    List<T> list = new ArrayList<>(values.length);
    for (T value : values) {
      list.add(value);
    }
    return elements(list);
  }

  /**
   * Returns a generator that gives one of {@code values}, each with the same probability, and
   * shrinks towards the first.
   *
   * @param <T> the type of value
   * @param values the values, not null, not empty, without nulls; copied
   * @return the generator
   * @throws IllegalArgumentException if there are no values
   */
  static <T> Gen<T> elements(List<? extends T> values) {
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("Gen.elements needs at least one value");
    }
    return new Gen<>() {
      @Override
      public T next(Source source) {
        return copy.get(source.nextInt(copy.size()));
      }

      @Override
      public Stream<T> shrink(T value) {
        int index = copy.indexOf(value);
        return index <= 0 ? Stream.empty() : copy.subList(0, index).stream();
      }
    };
  }

  /**
   * Returns a generator that asks one of {@code gens}, chosen with the same probability, for each
   * value. Its values do not shrink (which generator made a value is not known).
   *
   * @param <T> the type of value
   * @param gens the generators, not null, not empty
   * @return the generator
   * @throws IllegalArgumentException if there are no generators
   */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> list = new ArrayList<>(gens.length);
    for (Gen<? extends T> gen : gens) {
      list.add(gen);
    }
    return oneOf(list);
  }

  /**
   * Returns a generator that asks one of {@code gens}, chosen with the same probability, for each
   * value. Its values do not shrink (which generator made a value is not known).
   *
   * @param <T> the type of value
   * @param gens the generators, not null, not empty; copied
   * @return the generator
   * @throws IllegalArgumentException if there are no generators
   */
  static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> gens) {
    List<Gen<? extends T>> copy = List.copyOf(gens);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("Gen.oneOf needs at least one generator");
    }
    return source -> copy.get(source.nextInt(copy.size())).next(source);
  }
}
