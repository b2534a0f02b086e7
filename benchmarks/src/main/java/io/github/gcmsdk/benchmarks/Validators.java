package io.github.gcmsdk.benchmarks;

import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.validation.GcmValidator;
import io.github.gcmsdk.validation.ValidationRule;

/** The readers and validators under test, built once (they are immutable and thread-safe). */
final class Validators {
  /** On Jackson 2, chosen: with gcm-io-jackson3 here, the default would be Jackson 3. */
  static final GcmJson JSON = GcmJson.builder().jacksonMajorVersion(2).build();

  /** The same reader on Jackson 3 (gcm-io-jackson3). */
  static final GcmJson JSON3 = GcmJson.builder().jacksonMajorVersion(3).build();

  /** The full validation: Bean Validation constraints and document rules (GCM-V001..V023). */
  static final GcmValidator FULL = GcmValidator.builder().json(JSON).build();

  /**
   * Bean Validation constraints only. GcmValidator has no switch for that: every rule that is not
   * a constraint rule ({@link ValidationRule#isConstraintRule()}) is disabled with
   * {@code builder().disable(rule)}.
   */
  static final GcmValidator CONSTRAINTS = constraintsOnly();

  private Validators() {}

  private static GcmValidator constraintsOnly() {
    GcmValidator.Builder builder = GcmValidator.builder();
    for (ValidationRule rule : ValidationRule.values()) {
      if (!rule.isConstraintRule()) {
        builder.disable(rule);
      }
    }
    return builder.build();
  }
}
