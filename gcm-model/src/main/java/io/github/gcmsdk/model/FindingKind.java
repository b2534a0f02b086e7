package io.github.gcmsdk.model;

import io.github.gcmsdk.catalog.Coded;

/**
 * What a {@link Finding} records: what stakeholders observed (the kinds of format 1.0), or what a
 * declaration or outcome states (commitments, reaffirmations, requests, ..., added in format 2.0).
 * Its {@linkplain #getCode() code} is what files hold.
 */
public enum FindingKind implements Coded {
  /** A statement of fact or context ("the region is geographically quite wide"). */
  OBSERVATION("observation"),
  /** Something stakeholders are worried about ("the new pact would make this situation worse"). */
  CONCERN("concern"),
  /** A reported violation of rights or of the GCM's commitments ("pushbacks without due process"). */
  VIOLATION("violation"),
  /** A positive development or good response ("Ireland put in place firewalls"). */
  PROGRESS("progress"),
  /** A gap or obstacle to implementation ("administrative barriers to family reunification"). */
  CHALLENGE("challenge"),
  /** A commitment the authors make ("We commit to ..."; format 2.0). */
  COMMITMENT("commitment"),
  /** A reaffirmation of an earlier commitment or text ("We reaffirm ..."; format 2.0). */
  REAFFIRMATION("reaffirmation"),
  /** A request to a body or actor ("We request the Secretary-General to ..."; format 2.0). */
  REQUEST("request"),
  /** A recognition or acknowledgement ("We recognize ..."; format 2.0). */
  RECOGNITION("recognition"),
  /** A decision the authors take ("We decide ..."; format 2.0). */
  DECISION("decision");

  private final String code;

  FindingKind(String code) {
    this.code = code;
  }

  @Override
  public String getCode() {
    return code;
  }

  /**
   * Returns the entry with the given code.
   *
   * @param code the code, exactly as {@link #getCode()} gives it, not null
   * @return the entry
   * @throws io.github.gcmsdk.catalog.CatalogException if no entry has that code
   */
  public static FindingKind fromCode(String code) {
    return Coded.fromCode(FindingKind.class, code);
  }
}
