package io.github.gcmsdk.validation.internal;

import java.util.Comparator;

/**
 * Orders JSON Pointers as a reader meets the values: token by token, array indexes by number, so
 * that {@code /sections/2} comes before {@code /sections/10} and a parent before its children.
 */
public final class PointerOrder implements Comparator<String> {

  /** The one instance. */
  public static final PointerOrder INSTANCE = new PointerOrder();

  private PointerOrder() {}

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int endA = tokenEnd(a, i + 1);
      int endB = tokenEnd(b, j + 1);
      int byToken = compareTokens(a, i + 1, endA, b, j + 1, endB);
      if (byToken != 0) {
        return byToken;
      }
      i = endA;
      j = endB;
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int tokenEnd(String s, int from) {
    int slash = s.indexOf('/', from);
    return slash < 0 ? s.length() : slash;
  }

  private static int compareTokens(String a, int fromA, int toA, String b, int fromB, int toB) {
    boolean numberA = isNumber(a, fromA, toA);
    boolean numberB = isNumber(b, fromB, toB);
    if (numberA && numberB) {
      int byLength = Integer.compare(toA - fromA, toB - fromB); // no leading zeros in indexes
      if (byLength != 0) {
        return byLength;
      }
    } else if (numberA != numberB) {
      return numberA ? -1 : 1;
    }
    return CharSequence.compare(a.subSequence(fromA, toA), b.subSequence(fromB, toB));
  }

  private static boolean isNumber(String s, int from, int to) {
    if (from == to) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }
}
