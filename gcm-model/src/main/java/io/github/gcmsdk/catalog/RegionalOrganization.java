package io.github.gcmsdk.catalog;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Regional and sub-regional organisations that GCM review documents name (the African Union,
 * ECOWAS, ASEAN, the League of Arab States, ...), with their members, from {@code
 * gcm-reference-2.md} section 5.
 *
 * <p>Membership is as of 2026 where the sources say, otherwise as of about 2020; each constant
 * says how well its list is verified ({@link #getMemberListVerification()}), and what was not
 * verified (suspensions of participation, recent associates). Members are countries and territories
 * by ISO 3166-1 code, so a territory can be a member (Montserrat in CARICOM, French Polynesia in
 * the Pacific Islands Forum, Western Sahara, {@code EH}, as the Sahrawi Arab Democratic Republic in
 * the African Union). No list contains Kosovo ({@code XK}).
 *
 * <p>Participation is not membership: a member whose participation is suspended stays in {@link
 * #getMembers()} unless the organisation itself lists it apart ({@link #getSuspendedMembers()}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RegionalOrganization implements Coded {

  /**
   * The African Union: 55 members (count verified, amo.au.int; Morocco joined in January 2017). The
   * list is <b>partly</b> verified: it is derived, the 54 African member States of the United
   * Nations and the Sahrawi Arab Democratic Republic (ISO 3166-1 {@code EH}, Western Sahara).
   * Current suspensions are not recorded (unverified).
   */
  AU("au", "AU", "African Union", Verification.VERIFIED, 55, Verification.PARTLY,
      "DZ AO BJ BW BF BI CV CM CF TD KM CG CI CD DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG"
          + " MW ML MR MU MA MZ NA NE NG RW EH ST SN SC SL SO ZA SS SD TG TN UG TZ ZM ZW",
      "", "", "", "Union africaine"),
  /**
   * The Economic Community of West African States: 12 members (verified). Burkina Faso, Mali and
   * Niger ceased to be members on 29 January 2025 (Art. 91 of the revised Treaty; 66th Summit,
   * Abuja, 15 December 2024, as news reports give it), with a transition period to 29 July 2025.
   */
  ECOWAS("ecowas", "ECOWAS", "Economic Community of West African States", Verification.VERIFIED,
      12, Verification.VERIFIED, "BJ CV CI GM GH GN GW LR NG SN SL TG", "", "",
      "BF:2025-01-29 ML:2025-01-29 NE:2025-01-29"),
  /**
   * The Southern African Development Community: 16 members, Comoros the 16th since August 2017
   * (verified from secondary sources).
   */
  SADC("sadc", "SADC", "Southern African Development Community", Verification.VERIFIED, 16,
      Verification.VERIFIED, "AO BW KM CD SZ LS MG MW MU MZ NA SC ZA TZ ZM ZW", "", "", ""),
  /**
   * The East African Community: 8 members, Somalia the 8th, admitted on 24 November 2023
   * (verified). The accession dates of DR Congo and South Sudan were not verified.
   */
  EAC("eac", "EAC", "East African Community", Verification.VERIFIED, 8, Verification.VERIFIED,
      "BI CD KE RW SO SS TZ UG", "", "", ""),
  /**
   * The Intergovernmental Authority on Development: 8 members (<b>partly</b> verified, secondary
   * sources only). Eritrea has been inactive since 2007 and Sudan's membership was frozen for a
   * time (return welcomed on 8 February 2026): participation status, not recorded here.
   */
  IGAD("igad", "IGAD", "Intergovernmental Authority on Development", Verification.VERIFIED, 8,
      Verification.PARTLY, "DJ ER ET KE SO SS SD UG", "", "", ""),
  /**
   * The Association of Southeast Asian Nations: 11 members, Timor-Leste the 11th, admitted on 26
   * October 2025 (verified from news reports quoting ASEAN).
   */
  ASEAN("asean", "ASEAN", "Association of Southeast Asian Nations", Verification.VERIFIED, 11,
      Verification.VERIFIED, "BN KH ID LA MY MM PH SG TH TL VN", "", "", ""),
  /**
   * The Gulf Cooperation Council: 6 members (verified). The formal name "Cooperation Council for
   * the Arab States of the Gulf" is from memory (<b>unverified</b>), so {@link #getTitle()} is the
   * short name, {@link Verification#PARTLY} verified.
   */
  GCC("gcc", "GCC", "Gulf Cooperation Council", Verification.PARTLY, 6, Verification.VERIFIED,
      "AE BH KW OM QA SA", "", "", "", "Cooperation Council for the Arab States of the Gulf"),
  /**
   * The League of Arab States: 22 members including the State of Palestine (verified). Syria's
   * participation, suspended in 2011, was reinstated on 7 May 2023.
   */
  LAS("las", "LAS", "League of Arab States", Verification.VERIFIED, 22, Verification.VERIFIED,
      "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE", "", "", "",
      "Arab League", "\u062c\u0627\u0645\u0639\u0629 \u0627\u0644\u062f\u0648\u0644"
          + " \u0627\u0644\u0639\u0631\u0628\u064a\u0629"),
  /**
   * The European Union: 27 members (verified as of about 2020, after the United Kingdom left; not
   * re-checked for later changes), also the countries of {@link SubRegion#EUROPEAN_UNION}.
   */
  EU("eu", "EU", "European Union", Verification.VERIFIED, 27, Verification.VERIFIED,
      "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE", "", "",
      ""),
  /**
   * The Southern Common Market: 5 full members, Bolivia the 5th (2024); Venezuela suspended since
   * 2016; associates Chile, Colombia, Ecuador and Peru as of about 2020. The list is <b>partly</b>
   * verified: later associates (Guyana and Suriname signed framework agreements in 2013) were not
   * verified, and the English name is from memory (the Portuguese short form Mercosul was seen).
   */
  MERCOSUR("mercosur", "MERCOSUR", "Southern Common Market", Verification.PARTLY, 5,
      Verification.PARTLY, "AR BR PY UY BO", "CL CO EC PE", "VE", "", "Mercosul"),
  /**
   * The Caribbean Community: 15 full members including Montserrat (verified), and the five
   * associate members of older sources: Anguilla, Bermuda, British Virgin Islands, Cayman Islands,
   * Turks and Caicos Islands. A 2024 source counts seven associates; the two others are not named
   * in it (<b>unverified</b>), so the list is {@link Verification#PARTLY} verified.
   */
  CARICOM("caricom", "CARICOM", "Caribbean Community", Verification.VERIFIED, 15,
      Verification.PARTLY, "AG BS BB BZ DM GD GY HT JM MS KN LC VC SR TT", "AI BM VG KY TC", "",
      ""),
  /**
   * The Central American Integration System: 8 members, the Dominican Republic a full member since
   * 27 June 2013 (verified).
   */
  SICA("sica", "SICA", "Central American Integration System", Verification.VERIFIED, 8,
      Verification.VERIFIED, "BZ CR SV GT HN NI PA DO", "", "", "",
      "Sistema de la Integraci\u00f3n Centroamericana"),
  /**
   * The Pacific Islands Forum: 18 members, French Polynesia and New Caledonia full members since
   * September 2016, and Tokelau an associate member (verified). Temporary withdrawals of members
   * are not recorded.
   */
  PIF("pif", "PIF", "Pacific Islands Forum", Verification.VERIFIED, 18, Verification.VERIFIED,
      "AU CK FJ PF KI MH FM NR NC NZ NU PW PG WS SB TO TV VU", "TK", "", ""),
  /**
   * The Andean Community: 4 members, cited in Latin American reviews (<b>partly</b> verified: one
   * list of about 2020 only).
   */
  CAN("can", "CAN", "Andean Community", Verification.VERIFIED, 4, Verification.PARTLY,
      "BO CO EC PE", "", "", "");

  private static final RegionalOrganization[] ENUMS = RegionalOrganization.values();

  private static final Map<String, RegionalOrganization> BY_CODE =
      CatalogSupport.indexByCode(ENUMS);

  private static final Map<String, RegionalOrganization> BY_KEY = new HashMap<>();

  static {
    for (RegionalOrganization organization : ENUMS) {
      CatalogSupport.addKey(BY_KEY, organization.code, organization);
      CatalogSupport.addKey(BY_KEY, organization.title, organization);
      CatalogSupport.addKey(BY_KEY, "the " + organization.title, organization);
      for (String alias : organization.aliases) {
        CatalogSupport.addKey(BY_KEY, alias, organization);
      }
    }
  }

  private static final String CATALOG = "RegionalOrganization";

  private final String code;
  private final String acronym;
  private final String title;
  private final Verification titleVerification;
  private final int memberCount;
  private final Verification memberListVerification;
  private final Set<Country> members;
  private final Set<Country> associateMembers;
  private final Set<Country> suspendedMembers;
  private final Map<Country, LocalDate> formerMembers;
  private final String[] aliases;

  RegionalOrganization(
      String code,
      String acronym,
      String title,
      Verification titleVerification,
      int memberCount,
      Verification memberListVerification,
      String members,
      String associateMembers,
      String suspendedMembers,
      String formerMembers,
      String... aliases) {
    this.code = code;
    this.acronym = acronym;
    this.title = title;
    this.titleVerification = titleVerification;
    this.memberCount = memberCount;
    this.memberListVerification = memberListVerification;
    this.members = CatalogSupport.countries(members);
    this.associateMembers = countries(associateMembers);
    this.suspendedMembers = countries(suspendedMembers);
    Map<Country, LocalDate> former = new TreeMap<>();
    if (!formerMembers.isEmpty()) {
      for (String entry : formerMembers.split(" ")) {
        former.put(Country.of(entry.substring(0, 2)), LocalDate.parse(entry.substring(3)));
      }
    }
    this.formerMembers = Collections.unmodifiableMap(former);
    this.aliases = aliases;
    if (this.members.size() != memberCount) {
      throw new IllegalStateException("Member count of " + code);
    }
  }

  private static Set<Country> countries(String alpha2Codes) {
    return alpha2Codes.isEmpty() ? Collections.emptySet() : CatalogSupport.countries(alpha2Codes);
  }

  /**
   * Obtains an organisation from its code, such as {@code "ecowas"}.
   *
   * @param code the code, not null
   * @return the organisation, not null
   * @throws CatalogException if the code is unknown
   * @throws NullPointerException if the code is null
   */
  public static RegionalOrganization fromCode(String code) {
    Objects.requireNonNull(code, "code");
    RegionalOrganization organization = BY_CODE.get(code);
    if (organization == null) {
      throw CatalogException.unknownCode(CATALOG, code, CatalogSupport.knownCodes(ENUMS));
    }
    return organization;
  }

  /**
   * Obtains an organisation from its acronym or name as people write them, ignoring case,
   * surrounding spaces, a leading "the" and the difference between spaces and hyphens ({@code
   * "ECOWAS"}, {@code "the League of Arab States"}, {@code "Arab League"}, {@code "Mercosul"}).
   *
   * @param text the text to parse, not null
   * @return the organisation, not null
   * @throws CatalogException if the text names no organisation
   * @throws NullPointerException if the text is null
   */
  public static RegionalOrganization parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String key = CatalogSupport.key(CatalogSupport.strip(text));
    RegionalOrganization organization = key == null ? null : BY_KEY.get(key);
    if (organization == null) {
      throw CatalogException.cannotParse(
          CATALOG,
          text,
          "write the acronym or the name, for example \"ECOWAS\" or \"League of Arab States\"");
    }
    return organization;
  }

  /**
   * Returns the code, for example {@code "ecowas"}: the usual acronym in lower case.
   *
   * @return the code, not null
   */
  @Override
  public String getCode() {
    return code;
  }

  /**
   * Returns the usual acronym, for example {@code "ECOWAS"}.
   *
   * @return the acronym, not null
   */
  public String getAcronym() {
    return acronym;
  }

  /**
   * Returns the English name, for example {@code "Economic Community of West African States"}.
   *
   * @return the title, not null
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns how well {@link #getTitle()} is verified as the organisation's English name: {@link
   * Verification#PARTLY} for {@link #GCC} and {@link #MERCOSUR}.
   *
   * @return the status, not null
   */
  public Verification getTitleVerification() {
    return titleVerification;
  }

  /**
   * Returns the full members, without associate, suspended and former members.
   *
   * @return an unmodifiable set, iterating in alpha-2 order, not null
   */
  public Set<Country> getMembers() {
    return members;
  }

  /**
   * Returns the number of full members as the sources state it; equal to the size of {@link
   * #getMembers()}.
   *
   * @return the number of members
   */
  public int getMemberCount() {
    return memberCount;
  }

  /**
   * Returns how well the member lists are verified, as the constant's documentation explains.
   *
   * @return the status, not null
   */
  public Verification getMemberListVerification() {
    return memberListVerification;
  }

  /**
   * Returns the associate members: Chile, Colombia, Ecuador and Peru in MERCOSUR, five territories
   * in CARICOM, Tokelau in the Pacific Islands Forum; empty for the others.
   *
   * @return an unmodifiable set, iterating in alpha-2 order, possibly empty, not null
   */
  public Set<Country> getAssociateMembers() {
    return associateMembers;
  }

  /**
   * Returns the members the organisation lists apart as suspended: Venezuela in MERCOSUR (since
   * 2016); empty for the others, where suspensions are not recorded.
   *
   * @return an unmodifiable set, iterating in alpha-2 order, possibly empty, not null
   */
  public Set<Country> getSuspendedMembers() {
    return suspendedMembers;
  }

  /**
   * Returns the former members with the day their membership ended: Burkina Faso, Mali and Niger
   * in ECOWAS, on 29 January 2025; empty for the others.
   *
   * @return an unmodifiable map, iterating in alpha-2 order, possibly empty, not null
   */
  public Map<Country, LocalDate> getFormerMembers() {
    return formerMembers;
  }

  /**
   * Tells whether a country is a full member (associate, suspended and former members are not).
   *
   * @param country the country, not null
   * @return true if {@link #getMembers()} contains it
   * @throws NullPointerException if the country is null
   */
  public boolean isMember(Country country) {
    return members.contains(Objects.requireNonNull(country, "country"));
  }
}
