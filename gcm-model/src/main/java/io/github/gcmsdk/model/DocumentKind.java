package io.github.gcmsdk.model;

import io.github.gcmsdk.catalog.Coded;

/** What a document of the format is; one root type ({@link StakeholderInput}) carries every kind. Its {@linkplain #getCode() code} is what files hold. */
public enum DocumentKind implements Coded {
  /** Stakeholder input to a review (the UNECE 2020 summary of stakeholder input). */
  STAKEHOLDER_INPUT("stakeholder-input"),
  /** The outcome of a review: a chair's summary, key messages or conclusions of the meeting. */
  REVIEW_OUTCOME("review-outcome"),
  /** A summary of a review's consultations, written by its organisers (the ESCAP 2021 summary of stakeholder consultations). */
  REVIEW_SUMMARY("review-summary"),
  /** The Progress Declaration of an International Migration Review Forum (A/RES/76/266). */
  PROGRESS_DECLARATION("progress-declaration"),
  /** A voluntary national review of implementation of the GCM (para 53). */
  VOLUNTARY_NATIONAL_REVIEW("voluntary-national-review"),
  /** Any other document of a GCM review. */
  OTHER("other");

  private final String code;

  DocumentKind(String code) {
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
  public static DocumentKind fromCode(String code) {
    return Coded.fromCode(DocumentKind.class, code);
  }
}
