package io.github.gcmsdk.testkit;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The source of randomness that a {@link Gen} draws from: a thin wrapper over
 * {@link SplittableRandom}, so that the same seed gives the same values on every run and in every
 * JVM.
 *
 * <p>A source is <b>not thread-safe</b> and must not be shared between threads: give each thread
 * its own with {@link #split()} or {@link #of(long)}. Generators themselves hold no randomness and
 * may be shared freely.
 *
 * <p>Case {@code i} of a seed, as {@link Properties} runs it and {@link Gen#samples(long, int)}
 * returns it, is generated from the {@code i}-th {@linkplain #split() split} of
 * {@code Source.of(seed)}.
 */
public final class Source {

  private final SplittableRandom random;

  private Source(SplittableRandom random) {
    this.random = random;
  }

  /**
   * Returns a new source seeded with {@code seed}.
   *
   * @param seed the seed; the same seed always gives the same sequence
   * @return a new source
   */
  public static Source of(long seed) {
    return new Source(new SplittableRandom(seed));
  }

  /**
   * Returns a new, independent source derived from this one; this source advances.
   *
   * @return the new source
   */
  public Source split() {
    return new Source(random.split());
  }

  /**
   * Returns an int from 0 (inclusive) to {@code bound} (exclusive).
   *
   * @param bound the bound, at least 1
   * @return the value
   * @throws IllegalArgumentException if {@code bound} is less than 1
   */
  public int nextInt(int bound) {
    if (bound < 1) {
      throw new IllegalArgumentException("Invalid value for bound: " + bound + " (at least 1)");
    }
    return random.nextInt(bound);
  }

  /**
   * Returns an int from {@code min} to {@code max}, both inclusive.
   *
   * @param min the smallest value
   * @param max the largest value, not less than {@code min}
   * @return the value
   * @throws IllegalArgumentException if {@code max < min}
   */
  public int between(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException("Invalid range: " + min + " to " + max);
    }
    if (min == max) {
      return min;
    }
    return (int) (min + random.nextLong((long) max - min + 1));
  }

  /**
   * Returns a long over the whole range of {@code long}.
   *
   * @return the value
   */
  public long nextLong() {
    return random.nextLong();
  }

  /**
   * Returns a double from 0 (inclusive) to 1 (exclusive).
   *
   * @return the value
   */
  public double nextDouble() {
    return random.nextDouble();
  }

  /**
   * Returns {@code true} with probability {@code p}.
   *
   * @param p the probability, from 0 to 1
   * @return whether the event happens
   * @throws IllegalArgumentException if {@code p} is not between 0 and 1
   */
  public boolean chance(double p) {
    if (!(p >= 0.0 && p <= 1.0)) {
      throw new IllegalArgumentException("Invalid value for probability: " + p + " (0 to 1)");
    }
    return random.nextDouble() < p;
  }

  /**
   * Returns one element of a list, each with the same probability.
   *
   * @param <T> the element type
   * @param values the values, not null and not empty
   * @return one of the values
   * @throws IllegalArgumentException if the list is empty
   */
  public <T> T pick(List<? extends T> values) {
    Objects.requireNonNull(values, "values");
    if (values.isEmpty()) {
      throw new IllegalArgumentException("Cannot pick from an empty list");
    }
    return values.get(random.nextInt(values.size()));
  }
}
