package io.github.gcmsdk.catalog;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A country or territory with an ISO 3166-1 code, such as {@code GB} ({@code GBR}).
 *
 * <p>The list of codes is the one of the running JDK ({@link Locale#getISOCountries()}), never a
 * copy kept in this library; its size depends on the JDK version (249 on JDK 17). To these, this
 * catalogue adds one code that ISO 3166-1 leaves to users: {@code XK}, Kosovo ({@link
 * #isUserAssigned()}), which the European Commission, the IMF, SWIFT and CLDR use. No other code
 * that is not officially assigned ({@code ZZ}, {@code UK}, {@code EU}) is a country here.
 *
 * <p>Kosovo is not a member of the United Nations nor of any of its regional commissions, and no
 * membership list of this package contains it. United Nations texts that name it carry the footnote
 * that {@link #getUnFootnote(Locale)} returns.
 *
 * <p>There is one instance per code, obtained with {@link #of(String)}, {@link #ofAlpha3(String)}
 * or {@link #parse(CharSequence)}; equality is nevertheless value equality on the alpha-2 code,
 * and the natural order is the order of the alpha-2 codes. The {@linkplain #getCode() code} written
 * in JSON files is the alpha-2 code in upper case (the one catalogue code that is not lower case,
 * because ISO writes it so).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Country implements Coded, Comparable<Country> {

  private static final String CATALOG = "Country";

  /** The user-assigned alpha-2 code of Kosovo. */
  private static final String KOSOVO_ALPHA2 = "XK";

  /** The footnote of United Nations texts on Kosovo, in English (verified, UNNM site footnote). */
  private static final String KOSOVO_FOOTNOTE_EN =
      "References to Kosovo shall be understood to be in the context of United Nations Security"
          + " Council resolution 1244 (1999).";

  /** The same footnote in French (verified, migrationnetwork.un.org/fr). */
  private static final String KOSOVO_FOOTNOTE_FR =
      "Toutes les r\u00e9f\u00e9rences au Kosovo doivent \u00eatre comprises dans le contexte de la"
          + " r\u00e9solution 1244 (1999) du Conseil de s\u00e9curit\u00e9 des Nations Unies.";

  private static final Map<String, Country> BY_ALPHA2;
  private static final Map<String, Country> BY_ALPHA3;
  private static final Set<Country> ALL;

  static {
    Map<String, Country> byAlpha2 = new TreeMap<>();
    Map<String, Country> byAlpha3 = new HashMap<>();
    Set<String> knownAlpha3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
    for (String alpha2 : Locale.getISOCountries()) {
      Locale locale = new Locale.Builder().setRegion(alpha2).build();
      String alpha3 = locale.getISO3Country();
      if (!knownAlpha3.contains(alpha3)) {
        continue; // the JDK knows no alpha-3 code for it: not an ISO 3166-1 country here
      }
      Country country = new Country(alpha2, alpha3, locale);
      byAlpha2.put(alpha2, country);
      byAlpha3.put(alpha3, country);
    }
    // Kosovo: user-assigned alpha-2 XK (verified usage); the alpha-3 XKX is common but not standard
    // (Symfony uses XKK), see gcm-reference-2.md section 6.2.
    Country kosovo = new Country(KOSOVO_ALPHA2, "XKX", new Locale.Builder().setRegion("XK").build());
    byAlpha2.put(kosovo.alpha2, kosovo);
    byAlpha3.put(kosovo.alpha3, kosovo);
    BY_ALPHA2 = Collections.unmodifiableMap(byAlpha2);
    BY_ALPHA3 = Collections.unmodifiableMap(byAlpha3);
    ALL = Collections.unmodifiableSet(new TreeSet<>(byAlpha2.values()));
  }

  private final String alpha2;
  private final String alpha3;
  private final Locale locale;

  private Country(String alpha2, String alpha3, Locale locale) {
    this.alpha2 = alpha2;
    this.alpha3 = alpha3;
    this.locale = locale;
  }

  /**
   * Obtains a country from its ISO 3166-1 alpha-2 code, exactly as ISO writes it: two upper-case
   * letters. Use {@link #parse(CharSequence)} for lower case, alpha-3 codes or surrounding spaces.
   *
   * @param alpha2 the alpha-2 code, such as {@code "GB"}, not null
   * @return the country, not null
   * @throws CatalogException if the code is neither an alpha-2 code known to the JDK nor {@code
   *     "XK"}, such as {@code "ZZ"}, {@code "gb"} or {@code "GB "}
   * @throws NullPointerException if the code is null
   */
  public static Country of(String alpha2) {
    Objects.requireNonNull(alpha2, "alpha2");
    Country country = BY_ALPHA2.get(alpha2);
    if (country == null) {
      throw CatalogException.unknownCode(
          CATALOG,
          alpha2,
          "write an ISO 3166-1 alpha-2 code in upper case, for example \"GB\"; "
              + "Country.parse also accepts lower case and alpha-3 codes");
    }
    return country;
  }

  /**
   * Obtains a country from its code, the alpha-2 code; the same as {@link #of(String)}, under the
   * name every catalogue gives to the inverse of {@link #getCode()}.
   *
   * @param code the alpha-2 code, such as {@code "GB"}, not null
   * @return the country, not null
   * @throws CatalogException if the code is not an alpha-2 code known to the JDK
   * @throws NullPointerException if the code is null
   */
  public static Country fromCode(String code) {
    return of(Objects.requireNonNull(code, "code"));
  }

  /**
   * Obtains a country from its ISO 3166-1 alpha-3 code: three upper-case letters.
   *
   * @param alpha3 the alpha-3 code, such as {@code "GBR"}, not null
   * @return the country, not null
   * @throws CatalogException if the code is not an alpha-3 code known to the JDK
   * @throws NullPointerException if the code is null
   */
  public static Country ofAlpha3(String alpha3) {
    Objects.requireNonNull(alpha3, "alpha3");
    Country country = BY_ALPHA3.get(alpha3);
    if (country == null) {
      throw CatalogException.unknownCode(
          CATALOG, alpha3, "write an ISO 3166-1 alpha-3 code in upper case, for example \"GBR\"");
    }
    return country;
  }

  /**
   * Obtains a country from an alpha-2 or alpha-3 code as people write it: in upper or lower case,
   * with spaces around it ({@code "gb"}, {@code " GBR "}). Country names are not accepted, because
   * sources spell them in too many ways; map names to codes before.
   *
   * @param text the text to parse, not null
   * @return the country, not null
   * @throws CatalogException if the text is not a known alpha-2 or alpha-3 code
   * @throws NullPointerException if the text is null
   */
  public static Country parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String code = CatalogSupport.asciiUpperCase(CatalogSupport.strip(text));
    Country country = null;
    if (code.length() == 2) {
      country = BY_ALPHA2.get(code);
    } else if (code.length() == 3) {
      country = BY_ALPHA3.get(code);
    }
    if (country == null) {
      throw CatalogException.cannotParse(
          CATALOG,
          text,
          "write an ISO 3166-1 alpha-2 or alpha-3 code, for example \"GB\" or \"GBR\"");
    }
    return country;
  }

  /**
   * Returns every country the JDK knows, and Kosovo ({@code XK}).
   *
   * @return an unmodifiable set, iterating in alpha-2 order, not null
   */
  public static Set<Country> all() {
    return ALL;
  }

  /**
   * Returns the ISO 3166-1 alpha-2 code.
   *
   * @return two upper-case letters, such as {@code "GB"}, not null
   */
  public String getAlpha2() {
    return alpha2;
  }

  /**
   * Returns the ISO 3166-1 alpha-3 code. For Kosovo it is {@code "XKX"}, the most common
   * user-assigned alpha-3 code, which no standard fixes (verification: partly; other software uses
   * {@code XKK} or {@code XKS}).
   *
   * @return three upper-case letters, such as {@code "GBR"}, not null
   */
  public String getAlpha3() {
    return alpha3;
  }

  /**
   * Tells whether the alpha-2 code is a user-assigned code rather than an ISO 3166-1 assignment:
   * true only for Kosovo, {@code XK}. ISO reserves AA, QM to QZ, XA to XZ and ZZ for users.
   *
   * @return true for {@code XK}, false for every officially assigned code
   */
  public boolean isUserAssigned() {
    return alpha2.equals(KOSOVO_ALPHA2);
  }

  /**
   * Returns the footnote that United Nations texts attach to the name of this country or territory,
   * where there is one: for Kosovo, "References to Kosovo shall be understood to be in the context
   * of United Nations Security Council resolution 1244 (1999)." (verified, in English and French, on
   * the UN Network on Migration site). The French wording is returned for a French locale, the
   * English one otherwise. The shorter form "Kosovo (under UNSCR 1244)" was not seen in a UN text
   * and is not offered.
   *
   * @param language the locale of the footnote, not null
   * @return the footnote for Kosovo, empty for every other country, not null
   * @throws NullPointerException if the locale is null
   */
  public Optional<String> getUnFootnote(Locale language) {
    Objects.requireNonNull(language, "language");
    if (!isUserAssigned()) {
      return Optional.empty();
    }
    return Optional.of(
        "fr".equals(language.getLanguage()) ? KOSOVO_FOOTNOTE_FR : KOSOVO_FOOTNOTE_EN);
  }

  /**
   * Returns the code written in JSON files: the alpha-2 code.
   *
   * @return the alpha-2 code, not null
   */
  @Override
  public String getCode() {
    return alpha2;
  }

  /**
   * Returns the name of the country in a language, as the JDK gives it. The name is display text,
   * not identity, and it can differ from the short name the United Nations uses (the JDK 17 says
   * "Turkey" where the UN says "Türkiye").
   *
   * @param language the locale of the name, not null
   * @return the name, or the alpha-2 code if the JDK has no name for it, not null
   * @throws NullPointerException if the locale is null
   */
  public String getDisplayName(Locale language) {
    Objects.requireNonNull(language, "language");
    String name = locale.getDisplayCountry(language);
    return name.isEmpty() ? alpha2 : name;
  }

  /**
   * Compares countries by alpha-2 code.
   *
   * @param other the other country, not null
   * @return negative, zero or positive, as the alpha-2 codes compare
   * @throws NullPointerException if the other country is null
   */
  @Override
  public int compareTo(Country other) {
    return alpha2.compareTo(other.alpha2);
  }

  /**
   * Tells whether an object is a country with the same alpha-2 code.
   *
   * @param obj the object to compare with, may be null
   * @return true if it is the same country
   */
  @Override
  public boolean equals(Object obj) {
    return this == obj || (obj instanceof Country && alpha2.equals(((Country) obj).alpha2));
  }

  /**
   * Returns a hash code based on the alpha-2 code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return alpha2.hashCode();
  }

  /**
   * Returns the alpha-2 code.
   *
   * @return the alpha-2 code, such as {@code "GB"}, not null
   */
  @Override
  public String toString() {
    return alpha2;
  }
}
