package io.github.gcmsdk.model;

import io.github.gcmsdk.catalog.Coded;

/** How a {@link Review} relates to another review, in a {@link RelatedReview}. Its {@linkplain #getCode() code} is what files hold. */
public enum ReviewRelation implements Coded {
  /** The review follows up the other one (the ESCWA 2022 dialogue follows the 2021 Arab review). */
  FOLLOWS("follows"),
  /** The review feeds into the other one (the ESCWA 2022 dialogue feeds the IMRF 2022). */
  FEEDS("feeds"),
  /** The review is a part or segment of the other one. */
  PART_OF("part-of"),
  /** Any other relation. */
  OTHER("other");

  private final String code;

  ReviewRelation(String code) {
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
  public static ReviewRelation fromCode(String code) {
    return Coded.fromCode(ReviewRelation.class, code);
  }
}
