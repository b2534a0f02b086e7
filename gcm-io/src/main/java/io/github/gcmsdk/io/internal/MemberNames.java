package io.github.gcmsdk.io.internal;

import java.util.function.Function;

/**
 * The property names of a type in index order, with the form a JSON engine prepares of them to
 * match the next member name in its buffer (for Jackson, an array of {@code SerializedString}),
 * made once per engine and type.
 */
public final class MemberNames {

  private final String[] names;
  // The names prepared by the engines seen, two at most in practice (Jackson 2 and 3): checked by
  // identity of the preparing function, a static constant of each engine's token source. Not
  // volatile (read per member): a Prepared has final fields only, so a thread that sees one sees
  // it whole, and one that does not yet see it prepares the names again, harmlessly.
  private Prepared first;
  private Prepared second;

  /**
   * Creates the names.
   *
   * @param names the names, in index order
   */
  MemberNames(String[] names) {
    this.names = names.clone();
  }

  /**
   * Returns the names as an engine prepares them, in index order: an array of the engine's type.
   *
   * @param prepare the engine's preparing function, the same instance on every call
   * @return the prepared names, made by {@code prepare} on the first call
   */
  public Object prepared(Function<String[], ?> prepare) {
    Prepared p = first;
    if (p == null || p.prepare != prepare) {
      p = second;
      if (p == null || p.prepare != prepare) {
        p = prepare(prepare);
      }
    }
    return p.names;
  }

  private synchronized Prepared prepare(Function<String[], ?> prepare) {
    Prepared p = new Prepared(prepare, prepare.apply(names.clone()));
    if (first == null) {
      first = p;
    } else {
      second = p; // a third engine replaces the second: still correct, only prepared again
    }
    return p;
  }

  private static final class Prepared {
    final Function<String[], ?> prepare;
    final Object names;

    Prepared(Function<String[], ?> prepare, Object names) {
      this.prepare = prepare;
      this.names = names;
    }
  }
}
