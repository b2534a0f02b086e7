package io.github.gcmsdk.io.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" suggestions by edit distance, for misspelt property names and codes. */
public final class Suggestions {

  private Suggestions() {}

  /**
   * Returns the candidate closest to {@code input}, if one is close enough to be a likely
   * misspelling: case, {@code -} and {@code _} are ignored, and at most one edit in three
   * characters (at most two in all) is allowed, a swap of two neighbours counting as one.
   *
   * @param input the unknown name or code
   * @param candidates the known names or codes, in order of preference
   * @return the closest candidate, if any is close enough
   */
  public static Optional<String> closest(String input, Collection<String> candidates) {
    if (input.length() > 64) {
      return Optional.empty();
    }
    String normalized = normalize(input);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(input) || Math.abs(candidate.length() - input.length()) > 6) {
        continue;
      }
      String target = normalize(candidate);
      int allowed = Math.min(2, Math.max(target.length(), normalized.length()) / 3);
      if (Math.abs(target.length() - normalized.length()) > allowed) {
        continue;
      }
      int distance = distance(normalized, target);
      if (distance <= allowed && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String normalize(String s) {
    return s.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
  }

  /** The optimal string alignment distance: insertions, deletions, substitutions, swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, d[i - 2][j - 2] + 1);
        }
        d[i][j] = value;
      }
    }
    return d[a.length()][b.length()];
  }
}
