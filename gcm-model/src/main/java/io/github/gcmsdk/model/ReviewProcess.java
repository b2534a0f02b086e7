package io.github.gcmsdk.model;

import io.github.gcmsdk.catalog.Coded;

/** The GCM follow-up and review process a stakeholder input feeds (GCM paras 48-54). */
public enum ReviewProcess implements Coded {
  /** A regional review, convened by a UN regional commission (para 50). */
  REGIONAL_REVIEW("regional-review"),
  /** The International Migration Review Forum (para 49). */
  IMRF("imrf"),
  /** A national review of implementation (para 53). */
  NATIONAL_REVIEW("national-review"),
  /** Any other consultation. */
  OTHER("other");

  private final String code;

  ReviewProcess(String code) {
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
  public static ReviewProcess fromCode(String code) {
    return Coded.fromCode(ReviewProcess.class, code);
  }
}
