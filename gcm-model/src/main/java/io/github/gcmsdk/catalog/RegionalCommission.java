package io.github.gcmsdk.catalog;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The five regional commissions of the United Nations, which GCM paragraph 50 invites to review the
 * implementation of the Compact in their regions, beginning in 2020.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RegionalCommission implements Coded {

  /** The Economic Commission for Africa, Addis Ababa. */
  ECA("eca", "ECA", "Economic Commission for Africa", "Addis Ababa", "Africa", null),
  /**
   * The Economic Commission for Europe (UNECE), Geneva; its region spans Europe, North America,
   * Central Asia, the Caucasus and Israel.
   */
  ECE(
      "ece",
      "ECE",
      "Economic Commission for Europe",
      "Geneva",
      "Europe, North America, Central Asia, the Caucasus and Israel",
      "AL AD AM AT AZ BY BE BA BG CA HR CY CZ DK EE FI FR GE DE GR HU IS IE IL IT KZ KG LV LI LT"
          + " LU MT MC ME NL MK NO PL PT MD RO RU SM RS SK SI ES SE CH TJ TR TM UA GB US UZ"),
  /** The Economic Commission for Latin America and the Caribbean (CEPAL in Spanish), Santiago. */
  ECLAC(
      "eclac",
      "ECLAC",
      "Economic Commission for Latin America and the Caribbean",
      "Santiago",
      "Latin America and the Caribbean",
      null,
      "CEPAL"),
  /** The Economic and Social Commission for Asia and the Pacific, Bangkok. */
  ESCAP(
      "escap",
      "ESCAP",
      "Economic and Social Commission for Asia and the Pacific",
      "Bangkok",
      "Asia and the Pacific",
      null),
  /** The Economic and Social Commission for Western Asia, Beirut; its region is the Arab region. */
  ESCWA(
      "escwa",
      "ESCWA",
      "Economic and Social Commission for Western Asia",
      "Beirut",
      "the Arab region",
      null);

  private static final RegionalCommission[] ENUMS = RegionalCommission.values();

  private static final Map<String, RegionalCommission> BY_CODE =
      CatalogSupport.indexByCode(ENUMS);

  private static final Map<String, RegionalCommission> BY_KEY = new HashMap<>();

  static {
    for (RegionalCommission commission : ENUMS) {
      CatalogSupport.addKey(BY_KEY, commission.code, commission);
      CatalogSupport.addKey(BY_KEY, commission.acronym, commission);
      CatalogSupport.addKey(BY_KEY, "UN" + commission.acronym, commission);
      CatalogSupport.addKey(BY_KEY, commission.title, commission);
      CatalogSupport.addKey(BY_KEY, "United Nations " + commission.title, commission);
      CatalogSupport.addKey(BY_KEY, "the " + commission.title, commission);
      for (String alias : commission.aliases) {
        CatalogSupport.addKey(BY_KEY, alias, commission);
      }
    }
  }

  private static final String CATALOG = "RegionalCommission";

  private final String code;
  private final String acronym;
  private final String title;
  private final String headquarters;
  private final String region;
  private final Optional<Set<Country>> memberStates;
  private final String[] aliases;

  RegionalCommission(
      String code,
      String acronym,
      String title,
      String headquarters,
      String region,
      String memberAlpha2Codes,
      String... aliases) {
    this.code = code;
    this.acronym = acronym;
    this.title = title;
    this.headquarters = headquarters;
    this.region = region;
    this.memberStates =
        memberAlpha2Codes == null
            ? Optional.empty()
            : Optional.of(SubRegion.countries(memberAlpha2Codes));
    this.aliases = aliases;
  }

  /**
   * Obtains a commission from its code, such as {@code "ece"}.
   *
   * @param code the code, not null
   * @return the commission, not null
   * @throws CatalogException if the code is unknown
   * @throws NullPointerException if the code is null
   */
  public static RegionalCommission fromCode(String code) {
    Objects.requireNonNull(code, "code");
    RegionalCommission commission = BY_CODE.get(code);
    if (commission == null) {
      throw CatalogException.unknownCode(CATALOG, code, CatalogSupport.knownCodes(ENUMS));
    }
    return commission;
  }

  /**
   * Obtains a commission from the forms people write, ignoring case, surrounding spaces and the
   * difference between spaces and hyphens: the acronym, with or without a "UN" prefix ({@code
   * "ECE"}, {@code "UNECE"}, {@code "UN-ESCAP"}), the code, or the title with or without "United
   * Nations" ({@code "Economic Commission for Europe"}); {@code "CEPAL"} is accepted for ECLAC.
   *
   * @param text the text to parse, not null
   * @return the commission, not null
   * @throws CatalogException if the text names no commission
   * @throws NullPointerException if the text is null
   */
  public static RegionalCommission parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String key = CatalogSupport.key(CatalogSupport.strip(text));
    RegionalCommission commission = key == null ? null : BY_KEY.get(key);
    if (commission == null) {
      throw CatalogException.cannotParse(
          CATALOG, text, "write the acronym or the name, for example \"ECE\" or \"UNECE\"");
    }
    return commission;
  }

  /**
   * Returns the acronym, for example {@code "ECE"}.
   *
   * @return the acronym, upper case, not null
   */
  public String getAcronym() {
    return acronym;
  }

  /**
   * Returns the English name, for example {@code "Economic Commission for Europe"}.
   *
   * @return the title, not null
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the city of the headquarters, for example {@code "Geneva"}.
   *
   * @return the city, not null
   */
  public String getHeadquarters() {
    return headquarters;
  }

  /**
   * Returns a short English description of the region, for example {@code "Asia and the Pacific"}.
   *
   * @return the region, display text, not null
   */
  public String getRegion() {
    return region;
  }

  /**
   * Returns the code, for example {@code "ece"}.
   *
   * @return the code, not null
   */
  @Override
  public String getCode() {
    return code;
  }

  /**
   * Returns the member States of the commission, where this catalogue records them.
   *
   * <p>Only {@link #ECE} records its members: the 56 member States of UNECE. The membership of the
   * other commissions is not recorded in this catalogue, and they return an empty optional, which
   * means "unknown here", not "no members".
   *
   * @return an unmodifiable set in alpha-2 order for {@link #ECE}, otherwise empty; not null
   */
  public Optional<Set<Country>> getMemberStates() {
    return memberStates;
  }
}
