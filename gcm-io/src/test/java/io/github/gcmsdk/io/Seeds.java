package io.github.gcmsdk.io;

import java.security.SecureRandom;

/** The seed of property tests: {@code -Dgcm.seed=N} repeats a run; otherwise a fresh one. */
final class Seeds {

  private Seeds() {}

  static long seed(String test) {
    String given = System.getProperty("gcm.seed", "").trim();
    long seed = given.isEmpty() ? new SecureRandom().nextLong() : Long.parseLong(given);
    System.out.println(test + ": seed " + seed + " (repeat with -Dgcm.seed=" + seed + ")");
    return seed;
  }

  /** The seed of the {@code index}-th case of a run, so that cases can run in parallel. */
  static long of(long seed, int index) {
    long z = seed + (index + 1) * 0x9E3779B97F4A7C15L; // SplitMix64
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static String describe(long seed, int index) {
    return "document " + index + " of seed " + seed + " (repeat with -Dgcm.seed=" + seed + ")";
  }
}
