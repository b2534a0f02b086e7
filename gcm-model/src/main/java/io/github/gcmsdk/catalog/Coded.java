package io.github.gcmsdk.catalog;

import java.util.Objects;

/**
 * A catalogue entry with a stable code, the identity written in JSON files.
 *
 * <p>A catalogue enum's code is lowercase kebab-case ({@code [a-z0-9]+(-[a-z0-9]+)*}), for example
 * {@code "trade-unions"} or {@code "ece-2020"}; an {@link Objective}'s code is its number ({@code
 * "11"}), and a {@link Country}'s code is its ISO 3166-1 alpha-2 code, in upper case as ISO writes
 * it ({@code "GB"}). A code never changes once published, and it is never a display title: titles
 * may be corrected or translated, codes may not.
 *
 * <p>Every catalogue type offers a static {@code fromCode(String)} that is the exact inverse of
 * {@link #getCode()} for its known entries. The open catalogues ({@link OpenCoded}) also hold a
 * partner's own code, which {@link #isKnown()} tells apart; their {@code of(String)} is the exact
 * inverse of {@link #getCode()} for every entry.
 */
public interface Coded {

  /**
   * Returns the stable code of this entry, as written in JSON files.
   *
   * @return the code, not null
   */
  String getCode();

  /**
   * Tells whether this entry is one the catalogue knows, rather than a partner's own code that an
   * {@linkplain OpenCoded open catalogue} keeps.
   *
   * @return true, except for a partner's code in an open catalogue
   */
  default boolean isKnown() {
    return true;
  }

  /**
   * Returns the entry of an enum of coded entries whose code is exactly {@code code}: the lookup
   * behind the {@code fromCode} of enums outside this package ({@code FindingKind.fromCode}).
   *
   * @param <E> the enum type
   * @param type the enum class, not null
   * @param code the code, not null
   * @return the entry with that code
   * @throws CatalogException if no entry has that code; the message lists the known codes
   */
  static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(code, "code");
    E[] entries = type.getEnumConstants();
    for (E entry : entries) {
      if (entry.getCode().equals(code)) {
        return entry;
      }
    }
    throw CatalogException.unknownCode(type.getSimpleName(), code, CatalogSupport.knownCodes(entries));
  }
}
