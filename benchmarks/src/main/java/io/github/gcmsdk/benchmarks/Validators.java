package io.github.gcmsdk.benchmarks;

import io.github.gcmsdk.io.GcmJson;
import io.github.gcmsdk.validation.GcmValidator;
import io.github.gcmsdk.validation.ValidationRule;

/** The readers and validators under test, built once (they are immutable and thread-safe). */
final class Validators {
  static final GcmJson JSON = GcmJson.standard();

  /** The full validation: Bean Validation constraints and document rules (GCM-V001..V020). */
  static final GcmValidator FULL = GcmValidator.standard();

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
