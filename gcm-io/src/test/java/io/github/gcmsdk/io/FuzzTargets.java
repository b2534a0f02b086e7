package io.github.gcmsdk.io;

/** What the fuzz targets of gcm-io share (docs/HOSTILE-INPUT.md, "Coverage-guided fuzzing"). */
final class FuzzTargets {

  /**
   * How long one fuzzing run ({@code JAZZER_FUZZ=1}) lasts unless told otherwise; Jazzer 0.24
   * reads it from the annotation only, so a run of another length passes libFuzzer's own {@code
   * -max_total_time} (see the documented command).
   */
  static final String MAX_DURATION = "10m";

  /**
   * Whether to run what known, still open findings crash on ({@code -Dgcm.fuzz.pending=true}):
   * off by default, the targets step around those inputs so that the build stays green and
   * fuzzing looks for new findings; on, they run the inputs of {@code
   * src/test/resources/fuzz-pending/} ({@link PendingFuzzFindingsTest}), which fail until fixed.
   */
  static final boolean PENDING = Boolean.getBoolean("gcm.fuzz.pending");

  private FuzzTargets() {}
}
