package io.github.gcmsdk.catalog;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups of countries that regional reviews and stakeholder input name, such as "Central Asia" or
 * "the Western Balkans".
 *
 * <p>These are working definitions, not a United Nations classification (except Central Asia, which
 * is the definition of UNECE):
 *
 * <ul>
 *   <li>{@link #CENTRAL_ASIA}: Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan;
 *   <li>{@link #SOUTH_CAUCASUS}: Armenia, Azerbaijan, Georgia;
 *   <li>{@link #WESTERN_BALKANS}: Albania, Bosnia and Herzegovina, Montenegro, North Macedonia,
 *       Serbia (Kosovo, which European Union usage adds, has only the user-assigned code {@code XK}
 *       and is not a UNECE member);
 *   <li>{@link #NORTH_AMERICA}: Canada, United States of America;
 *   <li>{@link #EUROPEAN_UNION}: the 27 member States of the European Union from 1 February 2020,
 *       after the United Kingdom left.
 * </ul>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SubRegion implements Coded {

  /** Central Asia, as UNECE defines it. */
  CENTRAL_ASIA("central-asia", "Central Asia", "KZ KG TJ TM UZ"),
  /** The South Caucasus. */
  SOUTH_CAUCASUS("south-caucasus", "South Caucasus", "AM AZ GE"),
  /** The Western Balkans, as the five United Nations member States. */
  WESTERN_BALKANS("western-balkans", "Western Balkans", "AL BA ME MK RS"),
  /** North America within the UNECE region. */
  NORTH_AMERICA("north-america", "North America", "CA US"),
  /** The European Union of 27 member States (from 1 February 2020). */
  EUROPEAN_UNION(
      "european-union",
      "European Union",
      "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE",
      "EU",
      "EU27");

  private static final SubRegion[] ENUMS = SubRegion.values();

  private static final Map<String, SubRegion> BY_CODE = CatalogSupport.indexByCode(ENUMS);

  private static final Map<String, SubRegion> BY_KEY = new HashMap<>();

  static {
    for (SubRegion region : ENUMS) {
      CatalogSupport.addKey(BY_KEY, region.code, region);
      CatalogSupport.addKey(BY_KEY, region.title, region);
      CatalogSupport.addKey(BY_KEY, "the " + region.title, region);
      for (String alias : region.aliases) {
        CatalogSupport.addKey(BY_KEY, alias, region);
      }
    }
  }

  private static final String CATALOG = "SubRegion";

  private final String code;
  private final String title;
  private final Set<Country> countries;
  private final String[] aliases;

  SubRegion(String code, String title, String alpha2Codes, String... aliases) {
    this.code = code;
    this.title = title;
    this.countries = countries(alpha2Codes);
    this.aliases = aliases;
  }

  /** Reads a space-separated list of alpha-2 codes into an unmodifiable set in alpha-2 order. */
  static Set<Country> countries(String alpha2Codes) {
    Set<Country> set = new TreeSet<>();
    for (String alpha2 : alpha2Codes.split(" ")) {
      if (!set.add(Country.of(alpha2))) {
        throw new IllegalStateException("Duplicate country: " + alpha2);
      }
    }
    return Collections.unmodifiableSet(set);
  }

  /**
   * Obtains a sub-region from its code, such as {@code "central-asia"}.
   *
   * @param code the code, not null
   * @return the sub-region, not null
   * @throws CatalogException if the code is unknown
   * @throws NullPointerException if the code is null
   */
  public static SubRegion fromCode(String code) {
    Objects.requireNonNull(code, "code");
    SubRegion region = BY_CODE.get(code);
    if (region == null) {
      throw CatalogException.unknownCode(CATALOG, code, CatalogSupport.knownCodes(ENUMS));
    }
    return region;
  }

  /**
   * Obtains a sub-region from its code or title as people write them, ignoring case, surrounding
   * spaces, a leading "the" and the difference between spaces and hyphens ({@code "Western
   * Balkans"}, {@code "the South Caucasus"}); {@code "EU"} and {@code "EU27"} are also accepted.
   *
   * @param text the text to parse, not null
   * @return the sub-region, not null
   * @throws CatalogException if the text names no sub-region
   * @throws NullPointerException if the text is null
   */
  public static SubRegion parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String key = CatalogSupport.key(CatalogSupport.strip(text));
    SubRegion region = key == null ? null : BY_KEY.get(key);
    if (region == null) {
      throw CatalogException.cannotParse(
          CATALOG,
          text,
          "write a code or a title, for example \"central-asia\" or \"Western Balkans\"");
    }
    return region;
  }

  /**
   * Returns the English name, for example {@code "Western Balkans"}.
   *
   * @return the title, not null
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the code, for example {@code "western-balkans"}.
   *
   * @return the code, not null
   */
  @Override
  public String getCode() {
    return code;
  }

  /**
   * Returns the countries of the sub-region.
   *
   * @return an unmodifiable set, iterating in alpha-2 order, not null
   */
  public Set<Country> getCountries() {
    return countries;
  }
}
