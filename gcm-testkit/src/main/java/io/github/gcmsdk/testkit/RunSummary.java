package io.github.gcmsdk.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * What a run of {@link Properties#forAll} did: how many cases, with which seed, how many failed,
 * and how long it took.
 *
 * <p>Immutable and thread-safe.
 */
public final class RunSummary {

  private final int cases;
  private final long seed;
  private final int failures;
  private final Duration elapsed;

  RunSummary(int cases, long seed, int failures, Duration elapsed) {
    this.cases = cases;
    this.seed = seed;
    this.failures = failures;
    this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
  }

  /**
   * Returns how many cases were checked.
   *
   * @return the number of cases
   */
  public int getCases() {
    return cases;
  }

  /**
   * Returns the seed the cases were generated from.
   *
   * @return the seed
   */
  public long getSeed() {
    return seed;
  }

  /**
   * Returns how many cases failed: 0 for a run that returned, 1 for the run a
   * {@link PropertyFailure} reports (the runner stops at the first failure).
   *
   * @return the number of failures
   */
  public int getFailures() {
    return failures;
  }

  /**
   * Returns how long the run took, generation, checks and shrinking included.
   *
   * @return the duration
   */
  public Duration getElapsed() {
    return elapsed;
  }

  /**
   * Returns the line the runner prints: {@code gcm-testkit: 10000 cases, seed 42, 0 failures}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return "gcm-testkit: " + cases + " cases, seed " + seed + ", " + failures
        + (failures == 1 ? " failure" : " failures");
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RunSummary o && cases == o.cases && seed == o.seed
        && failures == o.failures && elapsed.equals(o.elapsed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cases, seed, failures, elapsed);
  }
}
