package io.github.gcmsdk.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Groups of countries that regional reviews and stakeholder input name: sub-regions such as
 * "Central Asia" or "the Western Balkans", and the regional organisations of {@link
 * RegionalOrganization} ("GCC", "IGAD", "ECOWAS", "ASEAN").
 *
 * <p>The five constants are working definitions, not a United Nations classification (except
 * Central Asia, which is the definition of UNECE):
 *
 * <ul>
 *   <li>{@link #CENTRAL_ASIA}: Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan;
 *   <li>{@link #SOUTH_CAUCASUS}: Armenia, Azerbaijan, Georgia;
 *   <li>{@link #WESTERN_BALKANS}: Albania, Bosnia and Herzegovina, Montenegro, North Macedonia,
 *       Serbia (Kosovo, which European Union usage adds, has only the user-assigned code {@code XK}
 *       and is not a UNECE member);
 *   <li>{@link #NORTH_AMERICA}: Canada, United States of America;
 *   <li>{@link #EUROPEAN_UNION}: the 27 member States of the European Union from 1 February 2020,
 *       after the United Kingdom left ({@link RegionalOrganization#EU}).
 * </ul>
 *
 * <p>After them come the regional organisations, one known grouping each, with the organisation's
 * code ({@code "gcc"}), title and members ({@link #getOrganization()}); the European Union is
 * {@link #EUROPEAN_UNION}, not a second grouping {@code "eu"}.
 *
 * <p>The catalogue is open ({@link OpenCoded}): {@link #of(String)} also keeps a grouping of a
 * partner's own ({@code "sahel"}), which {@link #isKnown()} tells apart and which has no
 * countries. This class was an enum before format 2.0; its constants, {@code values()}, {@code
 * name()}, {@code fromCode}, {@code parse} and ordering are kept, and {@code values()} now also
 * lists the organisations.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SubRegion extends OpenCoded<SubRegion> {

  /** Central Asia, as UNECE defines it. */
  public static final SubRegion CENTRAL_ASIA =
      new SubRegion("CENTRAL_ASIA", "central-asia", "Central Asia", "KZ KG TJ TM UZ", null);
  /** The South Caucasus. */
  public static final SubRegion SOUTH_CAUCASUS =
      new SubRegion("SOUTH_CAUCASUS", "south-caucasus", "South Caucasus", "AM AZ GE", null);
  /** The Western Balkans, as the five United Nations member States. */
  public static final SubRegion WESTERN_BALKANS = new SubRegion(
      "WESTERN_BALKANS", "western-balkans", "Western Balkans", "AL BA ME MK RS", null);
  /** North America within the UNECE region. */
  public static final SubRegion NORTH_AMERICA =
      new SubRegion("NORTH_AMERICA", "north-america", "North America", "CA US", null);
  /** The European Union of 27 member States (from 1 February 2020). */
  public static final SubRegion EUROPEAN_UNION = new SubRegion(
      "EUROPEAN_UNION", "european-union", "European Union", null, RegionalOrganization.EU,
      "EU", "EU27");

  private static final Entries<SubRegion> ENTRIES = new Entries<>("SubRegion", known(),
      code -> new SubRegion(null, code, code, "", null));

  private static final Map<String, SubRegion> BY_KEY = new HashMap<>();

  static {
    for (SubRegion region : ENTRIES.known()) {
      CatalogSupport.addKey(BY_KEY, region.getCode(), region);
      CatalogSupport.addKey(BY_KEY, region.title, region);
      CatalogSupport.addKey(BY_KEY, "the " + region.title, region);
      for (String alias : region.aliases) {
        CatalogSupport.addKey(BY_KEY, alias, region);
      }
    }
  }

  private static final String CATALOG = "SubRegion";

  private final String title;
  private final Set<Country> countries;
  private final Optional<RegionalOrganization> organization;
  private final String[] aliases;

  private SubRegion(String name, String code, String title, String alpha2Codes,
      RegionalOrganization organization, String... aliases) {
    super(code, name);
    this.title = title;
    this.organization = Optional.ofNullable(organization);
    if (alpha2Codes == null) {
      this.countries = organization.getMembers();
    } else {
      this.countries =
          alpha2Codes.isEmpty() ? Collections.emptySet() : CatalogSupport.countries(alpha2Codes);
    }
    this.aliases = aliases;
  }

  /** The five constants, then one grouping per regional organisation but the EU. */
  private static List<SubRegion> known() {
    List<SubRegion> known = new ArrayList<>(List.of(
        CENTRAL_ASIA, SOUTH_CAUCASUS, WESTERN_BALKANS, NORTH_AMERICA, EUROPEAN_UNION));
    for (RegionalOrganization organization : RegionalOrganization.values()) {
      if (organization != RegionalOrganization.EU) {
        known.add(new SubRegion(organization.name(), organization.getCode(),
            organization.getTitle(), null, organization, organization.getAcronym()));
      }
    }
    return known;
  }

  @Override
  protected Entries<SubRegion> entries() {
    return ENTRIES;
  }

  /**
   * Returns the known groupings: the five constants, then the regional organisations in the order
   * of {@link RegionalOrganization} (without the EU, which is {@link #EUROPEAN_UNION}).
   *
   * @return a new array of the known groupings, not null
   */
  public static SubRegion[] values() {
    return ENTRIES.known().toArray(new SubRegion[0]);
  }

  /**
   * Returns the known grouping whose constant has the given name, as the enum's {@code valueOf} did.
   *
   * @param name the name of the constant, not null
   * @return the grouping, not null
   * @throws IllegalArgumentException if no constant has that name
   * @throws NullPointerException if the name is null
   */
  public static SubRegion valueOf(String name) {
    return ENTRIES.valueOf(name);
  }

  /**
   * Obtains a grouping from its code: the known one for a known code ({@code "central-asia"},
   * {@code "igad"}), otherwise a partner's own grouping that keeps the code ({@link #isKnown()}
   * false, no countries).
   *
   * @param code a well-formed code ({@link OpenCoded#isWellFormed(CharSequence)}), not null
   * @return the grouping, not null
   * @throws CatalogException if the code is not well formed
   * @throws NullPointerException if the code is null
   */
  public static SubRegion of(String code) {
    return ENTRIES.of(code);
  }

  /**
   * Obtains the grouping of a regional organisation: {@link #EUROPEAN_UNION} for the EU.
   *
   * @param organization the organisation, not null
   * @return the known grouping, not null
   * @throws NullPointerException if the organisation is null
   */
  public static SubRegion of(RegionalOrganization organization) {
    Objects.requireNonNull(organization, "organization");
    return organization == RegionalOrganization.EU
        ? EUROPEAN_UNION : ENTRIES.fromCode(organization.getCode());
  }

  /**
   * Obtains a known grouping from its code, such as {@code "central-asia"} or {@code "gcc"}.
   *
   * @param code the code, not null
   * @return the grouping, not null
   * @throws CatalogException if the code is not a known grouping's (see {@link #of(String)} for
   *     partners' codes)
   * @throws NullPointerException if the code is null
   */
  public static SubRegion fromCode(String code) {
    return ENTRIES.fromCode(code);
  }

  /**
   * Obtains a known grouping from its code or title as people write them, ignoring case,
   * surrounding spaces, a leading "the" and the difference between spaces and hyphens ({@code
   * "Western Balkans"}, {@code "the South Caucasus"}); {@code "EU"} and {@code "EU27"} are also
   * accepted, and an organisation's acronym ({@code "ECOWAS"}).
   *
   * @param text the text to parse, not null
   * @return the grouping, not null
   * @throws CatalogException if the text names no known grouping
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
   * Returns the English name, for example {@code "Western Balkans"} or {@code "Gulf Cooperation
   * Council"}; for a partner's grouping, its code.
   *
   * @return the title, not null
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the countries of the grouping: an organisation's members ({@link
   * RegionalOrganization#getMembers()}), none for a partner's grouping.
   *
   * @return an unmodifiable set, iterating in alpha-2 order, not null
   */
  public Set<Country> getCountries() {
    return countries;
  }

  /**
   * Returns the regional organisation this grouping is, if it is one.
   *
   * @return the organisation, empty for a sub-region and for a partner's grouping, not null
   */
  public Optional<RegionalOrganization> getOrganization() {
    return organization;
  }
}
