package io.github.gcmsdk.problem;

/** How serious a {@link Problem} is. Declared from the most to the least serious. */
public enum Severity {
  /** The data is wrong: a file with an error is not fit to publish. */
  ERROR,
  /** The data is probably wrong or incomplete, and a person should look. */
  WARNING,
  /** Worth knowing; nothing needs to change. */
  INFO;

  /**
   * Returns whether this severity is at least as serious as {@code other}.
   *
   * @param other the severity to compare with, not null
   * @return {@code true} if this is {@code other} or more serious
   */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) <= 0;
  }
}
