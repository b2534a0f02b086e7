package io.github.gcmsdk.catalog;

import java.util.Map;
import java.util.Objects;

/**
 * How a country or territory belongs to a United Nations regional commission.
 *
 * <p>Full members are either {@link #MEMBER}s from the region or {@link #NON_REGIONAL_MEMBER}s from
 * outside it (ESCAP and ECLAC have these: France, the Netherlands, the United Kingdom and the United
 * States in ESCAP, for example). {@link #ASSOCIATE_MEMBER}s are territories that are not
 * independent States (Hong Kong, China, in ESCAP; Aruba in ECLAC).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MembershipKind implements Coded {

  /** A full member from the region of the commission. */
  MEMBER("member"),
  /** A full member from outside the region of the commission. */
  NON_REGIONAL_MEMBER("non-regional-member"),
  /** An associate member: a territory that is not an independent State. */
  ASSOCIATE_MEMBER("associate-member");

  private static final MembershipKind[] ENUMS = MembershipKind.values();

  private static final Map<String, MembershipKind> BY_CODE = CatalogSupport.indexByCode(ENUMS);

  private final String code;

  MembershipKind(String code) {
    this.code = code;
  }

  /**
   * Obtains a kind from its code, such as {@code "associate-member"}.
   *
   * @param code the code, not null
   * @return the kind, not null
   * @throws CatalogException if the code is unknown
   * @throws NullPointerException if the code is null
   */
  public static MembershipKind fromCode(String code) {
    Objects.requireNonNull(code, "code");
    MembershipKind kind = BY_CODE.get(code);
    if (kind == null) {
      throw CatalogException.unknownCode(
          "MembershipKind", code, CatalogSupport.knownCodes(ENUMS));
    }
    return kind;
  }

  /**
   * Returns the code, for example {@code "non-regional-member"}.
   *
   * @return the code, not null
   */
  @Override
  public String getCode() {
    return code;
  }

  /**
   * Tells whether this kind is full membership: {@link #MEMBER} or {@link #NON_REGIONAL_MEMBER}.
   *
   * @return false for {@link #ASSOCIATE_MEMBER} only
   */
  public boolean isFullMember() {
    return this != ASSOCIATE_MEMBER;
  }
}
