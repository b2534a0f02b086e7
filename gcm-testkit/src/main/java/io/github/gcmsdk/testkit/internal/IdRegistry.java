package io.github.gcmsdk.testkit.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * The identifiers given out in one document, so that each is unique: a base that is taken gets a
 * numeric suffix ({@code obj11}, {@code obj11-2}).
 *
 * <p>Not part of the API. Not thread-safe: one registry per document being generated. Its set is
 * only queried, never iterated, so its order cannot leak into generated data.
 */
public final class IdRegistry {

  private final Set<String> taken = new HashSet<>();

  /** Creates an empty registry. */
  public IdRegistry() {}

  /**
   * Returns {@code base} if it is free, otherwise {@code base-2}, {@code base-3}, ...; marks the
   * result as taken.
   *
   * @param base a kebab-case identifier
   * @return a kebab-case identifier not given out before
   */
  public String claim(String base) {
    if (taken.add(base)) {
      return base;
    }
    for (int n = 2; ; n++) {
      String candidate = base + "-" + n;
      if (taken.add(candidate)) {
        return candidate;
      }
    }
  }

  /**
   * Tells whether an identifier has been given out.
   *
   * @param id the identifier
   * @return true if it is taken
   */
  public boolean isTaken(String id) {
    return taken.contains(id);
  }
}
