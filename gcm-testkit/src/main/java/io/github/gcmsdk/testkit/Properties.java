package io.github.gcmsdk.testkit;

import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;

/**
 * A tiny property runner: checks a {@link GcmProperty} on many generated values and, when one
 * fails, reduces it to a small failing case before reporting it.
 *
 * <pre>{@code
 * @Test
 * void everyGeneratedDocumentHasASection() {
 *   Properties.forAll(GcmGenerators.documents(), 1_000, 42L,
 *       doc -> assertFalse(doc.getSections().isEmpty()));
 * }
 * }</pre>
 *
 * <p><b>Reproducible.</b> Case {@code i} is generated from the {@code i}-th split of
 * {@code Source.of(seed)}, so a seed gives the same cases on every run and in every JVM. The seed
 * passed is a default: the system property {@value #SEED_PROPERTY} overrides it
 * ({@code mvn test -Dgcm.seed=1234}), and {@value #CASES_PROPERTY} overrides the number of cases.
 *
 * <p><b>Shrinking.</b> On the first failure, the runner asks the generator for smaller candidates
 * ({@link Gen#shrink(Object)}) and keeps the first one that still fails, again and again, until no
 * candidate fails or {@value #MAX_SHRINK_ATTEMPTS} candidates have been tried. It then throws a
 * {@link PropertyFailure} whose message holds the seed, the case index and the reduced case.
 *
 * <p><b>Output.</b> Each run prints one line to standard output, such as
 * {@code gcm-testkit: 10000 cases, seed 42, 0 failures}.
 *
 * <p>The runner is stateless and thread-safe; properties run in the calling thread.
 */
public final class Properties {

  /** The seed used when neither the caller nor {@value #SEED_PROPERTY} gives one. */
  public static final long DEFAULT_SEED = 42L;

  /** The system property that overrides the seed: {@code -Dgcm.seed=1234}. */
  public static final String SEED_PROPERTY = "gcm.seed";

  /** The system property that overrides the number of cases: {@code -Dgcm.cases=100000}. */
  public static final String CASES_PROPERTY = "gcm.cases";

  /** The most candidates tried while reducing one failing case. */
  public static final int MAX_SHRINK_ATTEMPTS = 2000;

  private Properties() {}

  /**
   * Checks {@code property} on {@code cases} values of {@code gen}, generated from
   * {@link #DEFAULT_SEED} unless {@value #SEED_PROPERTY} is set.
   *
   * @param <T> the type of value
   * @param gen the generator, not null
   * @param cases how many values to check, at least 0, unless {@value #CASES_PROPERTY} is set
   * @param property the property, not null
   * @return the summary of the run, with no failures
   * @throws PropertyFailure if the property fails for a value
   * @throws IllegalArgumentException if {@code cases} or a system property is invalid
   */
  public static <T> RunSummary forAll(Gen<T> gen, int cases, GcmProperty<? super T> property) {
    return forAll(gen, cases, DEFAULT_SEED, property);
  }

  /**
   * Checks {@code property} on {@code cases} values of {@code gen}, generated from {@code seed}
   * unless {@value #SEED_PROPERTY} is set.
   *
   * @param <T> the type of value
   * @param gen the generator, not null
   * @param cases how many values to check, at least 0, unless {@value #CASES_PROPERTY} is set
   * @param seed the seed, unless {@value #SEED_PROPERTY} is set
   * @param property the property, not null
   * @return the summary of the run, with no failures
   * @throws PropertyFailure if the property fails for a value
   * @throws IllegalArgumentException if {@code cases} or a system property is invalid
   */
  public static <T> RunSummary forAll(
      Gen<T> gen, int cases, long seed, GcmProperty<? super T> property) {
    Objects.requireNonNull(gen, "gen");
    Objects.requireNonNull(property, "property");
    if (cases < 0) {
      throw new IllegalArgumentException("Invalid value for cases: " + cases + " (at least 0)");
    }
    long runSeed = longProperty(SEED_PROPERTY, seed);
    int runCases = (int) Math.min(Integer.MAX_VALUE, longProperty(CASES_PROPERTY, cases));
    if (runCases < 0) {
      throw new IllegalArgumentException(
          "Invalid value for " + CASES_PROPERTY + ": " + runCases + " (at least 0)");
    }
    long start = System.nanoTime();
    Source master = Source.of(runSeed);
    for (int i = 0; i < runCases; i++) {
      T value;
      try {
        value = gen.next(master.split());
      } catch (RuntimeException e) {
        throw new IllegalStateException("gcm-testkit: the generator failed on case " + i
            + " (seed " + runSeed + "; reproduce with -D" + SEED_PROPERTY + "=" + runSeed + ")", e);
      }
      Throwable failure = check(property, value);
      if (failure != null) {
        PropertyFailure reported = reduce(gen, property, value, failure, runSeed, i, runCases);
        System.out.println(new RunSummary(i + 1, runSeed, 1, elapsed(start)));
        throw reported;
      }
    }
    RunSummary summary = new RunSummary(runCases, runSeed, 0, elapsed(start));
    System.out.println(summary);
    return summary;
  }

  private static <T> PropertyFailure reduce(Gen<T> gen, GcmProperty<? super T> property,
      T original, Throwable originalFailure, long seed, int index, int cases) {
    T current = original;
    Throwable failure = originalFailure;
    int steps = 0;
    int attempts = 0;
    boolean improved = true;
    while (improved && attempts < MAX_SHRINK_ATTEMPTS) {
      improved = false;
      Iterator<T> candidates = gen.shrink(current).iterator();
      while (candidates.hasNext() && attempts < MAX_SHRINK_ATTEMPTS) {
        T candidate = candidates.next();
        attempts++;
        Throwable candidateFailure = check(property, candidate);
        if (candidateFailure != null) {
          current = candidate;
          failure = candidateFailure;
          steps++;
          improved = true;
          break;
        }
      }
    }
    String message = "gcm-testkit: property failed on case " + index + " of " + cases
        + " (seed " + seed + "; reproduce with -D" + SEED_PROPERTY + "=" + seed + ")\n"
        + "shrunk in " + steps + " steps (" + attempts + " attempts"
        + (attempts >= MAX_SHRINK_ATTEMPTS ? ", stopped at the limit" : "") + ") to:\n"
        + current + "\n"
        + "failure: " + failure;
    return new PropertyFailure(message, failure, seed, index, cases, steps, original, current);
  }

  private static <T> Throwable check(GcmProperty<? super T> property, T value) {
    try {
      property.check(value);
      return null;
    } catch (AssertionError | Exception e) {
      return e;
    }
  }

  private static long longProperty(String name, long defaultValue) {
    String text = System.getProperty(name);
    if (text == null || text.isBlank()) {
      return defaultValue;
    }
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Invalid value for system property " + name + ": \"" + text + "\" (a whole number)", e);
    }
  }

  private static Duration elapsed(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
