package io.github.gcmsdk.model;

import io.github.gcmsdk.catalog.Coded;

/** What a body did with a document, in an {@link Adoption}. Its {@linkplain #getCode() code} is what files hold. */
public enum AdoptionKind implements Coded {
  /** The body adopted the document (the IMRF adopted the Progress Declaration on 20 May 2022). */
  ADOPTED("adopted"),
  /** The body endorsed a document another body adopted (the General Assembly, 7 June 2022). */
  ENDORSED("endorsed"),
  /** The body approved the document. */
  APPROVED("approved"),
  /** The body took note of the document. */
  NOTED("noted"),
  /** The body issued or published the document without adopting it. */
  PUBLISHED("published");

  private final String code;

  AdoptionKind(String code) {
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
  public static AdoptionKind fromCode(String code) {
    return Coded.fromCode(AdoptionKind.class, code);
  }
}
