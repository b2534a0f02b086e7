package io.github.gcmsdk.testkit;

/**
 * Thrown by {@link Properties#forAll} when a property fails: the message gives the seed (with the
 * {@code -Dgcm.seed=...} option that reproduces the run), the index of the failing case and the
 * reduced case's {@code toString()}; the cause is the failure of the reduced case.
 *
 * <p>It is an {@link AssertionError}, so test frameworks report it as a failed test.
 */
public final class PropertyFailure extends AssertionError {

  private static final long serialVersionUID = 1L;

  private final long seed;
  private final int caseIndex;
  private final int cases;
  private final int shrinkSteps;
  private final transient Object originalCase;
  private final transient Object reducedCase;

  PropertyFailure(String message, Throwable cause, long seed, int caseIndex, int cases,
      int shrinkSteps, Object originalCase, Object reducedCase) {
    super(message, cause);
    this.seed = seed;
    this.caseIndex = caseIndex;
    this.cases = cases;
    this.shrinkSteps = shrinkSteps;
    this.originalCase = originalCase;
    this.reducedCase = reducedCase;
  }

  /**
   * Returns the seed of the run; {@code -Dgcm.seed=<seed>} reproduces it.
   *
   * @return the seed
   */
  public long getSeed() {
    return seed;
  }

  /**
   * Returns the index of the failing case, from 0; {@link Gen#samples(long, int)} with the seed
   * gives it again.
   *
   * @return the case index
   */
  public int getCaseIndex() {
    return caseIndex;
  }

  /**
   * Returns how many cases the run was to check.
   *
   * @return the number of cases
   */
  public int getCases() {
    return cases;
  }

  /**
   * Returns how many times the failing case was made smaller.
   *
   * @return the number of shrink steps, 0 if it could not be reduced
   */
  public int getShrinkSteps() {
    return shrinkSteps;
  }

  /**
   * Returns the case as generated, before shrinking. Not serialized.
   *
   * @return the original case, or null after deserialization
   */
  public Object getOriginalCase() {
    return originalCase;
  }

  /**
   * Returns the smallest failing case found. Not serialized.
   *
   * @return the reduced case, or null after deserialization
   */
  public Object getReducedCase() {
    return reducedCase;
  }
}
