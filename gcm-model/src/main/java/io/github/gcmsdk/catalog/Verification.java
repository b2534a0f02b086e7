package io.github.gcmsdk.catalog;

import java.util.Map;
import java.util.Objects;

/**
 * How well a catalogued fact is verified against public sources, as the project's reference
 * document ({@code gcm-reference-2.md}) grades each item.
 *
 * <p>Catalogue entries of this package are verified unless their documentation, or an accessor
 * returning this type, says otherwise. A fact that is not {@link #VERIFIED} is kept because it is
 * the best knowledge available, and flagged so that users can decide whether to rely on it.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Verification implements Coded {

  /**
   * Seen in the text of a retrieved source, which the reference names; when that source is
   * secondary (a copy of Wikipedia, a news report), the entry's documentation says so.
   */
  VERIFIED("verified"),
  /**
   * Only part of the fact was seen, it was pieced together from partial sources, or its only source
   * is weak (a blog, a code comment, a list thirty years old).
   */
  PARTLY("partly"),
  /** Not found in any source: the fact comes from memory or inference only. */
  UNVERIFIED("unverified");

  private static final Verification[] ENUMS = Verification.values();

  private static final Map<String, Verification> BY_CODE = CatalogSupport.indexByCode(ENUMS);

  private final String code;

  Verification(String code) {
    this.code = code;
  }

  /**
   * Obtains a status from its code, such as {@code "partly"}.
   *
   * @param code the code, not null
   * @return the status, not null
   * @throws CatalogException if the code is unknown
   * @throws NullPointerException if the code is null
   */
  public static Verification fromCode(String code) {
    Objects.requireNonNull(code, "code");
    Verification status = BY_CODE.get(code);
    if (status == null) {
      throw CatalogException.unknownCode(
          "Verification", code, CatalogSupport.knownCodes(ENUMS));
    }
    return status;
  }

  /**
   * Returns the code, for example {@code "partly"}.
   *
   * @return the code, not null
   */
  @Override
  public String getCode() {
    return code;
  }

  /**
   * Tells whether the fact is {@link #VERIFIED}.
   *
   * @return true for {@link #VERIFIED} only
   */
  public boolean isVerified() {
    return this == VERIFIED;
  }
}
