package io.github.gcmsdk.catalog;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The five regional commissions of the United Nations, which GCM paragraph 50 invites to review the
 * implementation of the Compact in their regions, beginning in 2020, with their members.
 *
 * <p>Memberships are those of {@code gcm-reference-2.md}, section 1 (ECE: {@code gcm-reference.md},
 * section 5), as of 2026; each constant says how well its list is verified, and {@link
 * #getMembershipVerification(Country)} flags the entries that are not. No list contains Kosovo
 * ({@code XK}), which is not a member of the United Nations.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RegionalCommission implements Coded {

  /**
   * The Economic Commission for Africa, Addis Ababa: 54 members, the African member States of the
   * United Nations, and no associate members.
   *
   * <p>The count is verified; the list is <b>partly</b> verified: Algeria to Sao Tome and Principe
   * were seen on the UN Network on Migration's Africa page, Senegal to Zimbabwe come from a 1994 list
   * (CIA World Factbook) plus South Sudan, which the count of 54 requires. Those 13 members answer
   * {@link Verification#PARTLY} to {@link #getMembershipVerification(Country)}. France and the United
   * Kingdom were associate members in 1994; today's associate members were not verified, and none
   * are recorded.
   */
  ECA(
      "eca",
      "ECA",
      "Economic Commission for Africa",
      "Addis Ababa",
      "Africa",
      members(
          54,
          Verification.PARTLY,
          "DZ AO BJ BW BF BI CV CM CF TD KM CG CI CD DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY"
              + " MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TG TN UG TZ ZM ZW",
          "",
          "",
          "SN SC SL SO ZA SS SD TG TN UG TZ ZM ZW"),
      false),
  /**
   * The Economic Commission for Europe (UNECE), Geneva; its region spans Europe, North America,
   * Central Asia, the Caucasus and Israel. It has 56 members (verified count, unece.org) and no
   * associate or non-regional members. Every member was seen in a source but San Marino, which rests
   * on the count ({@link Verification#PARTLY}).
   */
  ECE(
      "ece",
      "ECE",
      "Economic Commission for Europe",
      "Geneva",
      "Europe, North America, Central Asia, the Caucasus and Israel",
      members(
          56,
          Verification.VERIFIED,
          "AL AD AM AT AZ BY BE BA BG CA HR CY CZ DK EE FI FR GE DE GR HU IS IE IL IT KZ KG LV LI LT"
              + " LU MT MC ME NL MK NO PL PT MD RO RU SM RS SK SI ES SE CH TJ TR TM UA GB US UZ",
          "",
          "",
          "SM"),
      true),
  /**
   * The Economic Commission for Latin America and the Caribbean (CEPAL in Spanish), Santiago: 46
   * members (33 from the region, 13 from outside it) and 14 associate members (verified counts and
   * lists, partly from copies of Wikipedia). French Guiana, the 14th associate member, is only
   * {@link Verification#PARTLY} verified: its one source is a code comment citing cepal.org.
   */
  ECLAC(
      "eclac",
      "ECLAC",
      "Economic Commission for Latin America and the Caribbean",
      "Santiago",
      "Latin America and the Caribbean",
      members(
          46,
          Verification.VERIFIED,
          "AG AR BS BB BZ BO BR CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC VC SR"
              + " TT UY VE",
          "CA FR DE IT JP NL NO PT KR ES TR GB US",
          "AI AW BM VG KY CW GF GP MQ MS PR SX TC VI",
          "GF"),
      false,
      "CEPAL"),
  /**
   * The Economic and Social Commission for Asia and the Pacific, Bangkok: 53 members (49 from the
   * region and 4 from outside it: France, the Netherlands, the United Kingdom and the United States)
   * and 9 associate members (verified counts and list; the membership of the United Kingdom and the
   * United States was seen in Wikipedia text only).
   */
  ESCAP(
      "escap",
      "ESCAP",
      "Economic and Social Commission for Asia and the Pacific",
      "Bangkok",
      "Asia and the Pacific",
      members(
          53,
          Verification.VERIFIED,
          "CN KP JP MN KR RU AM AZ GE KZ KG TJ TM UZ AF BD BT IN IR MV NP PK LK TR BN KH ID LA MY MM"
              + " PH SG TH TL VN AU NZ FJ KI MH FM NR PW PG WS SB TO TV VU",
          "FR NL GB US",
          "AS CK PF GU HK MO NC NU MP",
          ""),
      false),
  /**
   * The Economic and Social Commission for Western Asia, Beirut; its region is the Arab region. It
   * has 21 members (verified count, from copies of Wikipedia) and no associate members, but only 20
   * are listed here: the 21st is Comoros or Djibouti, the two Arab States outside ESCWA in April
   * 2021, and no source said which (<b>unverified</b>). So {@link #getMembers()} has 20 entries,
   * {@link #getMemberCount()} is 21 and {@link #isMemberListComplete()} is false.
   */
  ESCWA(
      "escwa",
      "ESCWA",
      "Economic and Social Commission for Western Asia",
      "Beirut",
      "the Arab region",
      members(
          21,
          Verification.PARTLY,
          "DZ BH EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE",
          "",
          "",
          ""),
      false);

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
  private final Members members;
  private final Optional<Set<Country>> memberStates;
  private final String[] aliases;

  RegionalCommission(
      String code,
      String acronym,
      String title,
      String headquarters,
      String region,
      Members members,
      boolean memberStatesInFormat1,
      String... aliases) {
    this.code = code;
    this.acronym = acronym;
    this.title = title;
    this.headquarters = headquarters;
    this.region = region;
    this.members = members;
    this.memberStates =
        memberStatesInFormat1 ? Optional.of(members.full) : Optional.empty();
    this.aliases = aliases;
  }

  /** The membership of one commission, as the constants' data give it. */
  private static final class Members {
    final int count;
    final Verification listVerification;
    final Set<Country> regional;
    final Set<Country> nonRegional;
    final Set<Country> associates;
    final Set<Country> full;
    final Set<Country> partly;

    Members(
        int count,
        Verification listVerification,
        Set<Country> regional,
        Set<Country> nonRegional,
        Set<Country> associates,
        Set<Country> partly) {
      this.count = count;
      this.listVerification = listVerification;
      this.regional = regional;
      this.nonRegional = nonRegional;
      this.associates = associates;
      Set<Country> all = new TreeSet<>(regional);
      all.addAll(nonRegional);
      this.full = Collections.unmodifiableSet(all);
      this.partly = partly;
      if (all.size() != regional.size() + nonRegional.size()
          || all.size() > count
          || associates.stream().anyMatch(all::contains)) {
        throw new IllegalStateException("Inconsistent membership: " + regional);
      }
    }
  }

  /** Reads the membership data of a constant (space-separated alpha-2 codes, "" for none). */
  private static Members members(
      int count,
      Verification listVerification,
      String regional,
      String nonRegional,
      String associates,
      String partly) {
    return new Members(
        count,
        listVerification,
        countries(regional),
        countries(nonRegional),
        countries(associates),
        countries(partly));
  }

  private static Set<Country> countries(String alpha2Codes) {
    return alpha2Codes.isEmpty() ? Collections.emptySet() : CatalogSupport.countries(alpha2Codes);
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
   * Returns the member States of the commission, as format 1.0 of the data knows them: the 56
   * members of {@link #ECE}, and an empty optional for the other commissions.
   *
   * <p>Format 1.0's rule GCM-V015 (a country outside the region of the review) checks countries
   * against this set, so it keeps its 1.0 meaning: the validator then checks UNECE reviews only.
   *
   * @return an unmodifiable set in alpha-2 order for {@link #ECE}, otherwise empty; not null
   * @deprecated every commission now records its members: use {@link #getMembers()}, {@link
   *     #getAssociateMembers()} and {@link #getMembership(Country)}
   */
  @Deprecated(since = "1.1")
  public Optional<Set<Country>> getMemberStates() {
    return memberStates;
  }

  /**
   * Returns the full members of the commission: its {@linkplain #getRegionalMembers() regional}
   * and {@linkplain #getNonRegionalMembers() non-regional} members, without its associate members.
   * For {@link #ESCWA} the list misses one member (see {@link #isMemberListComplete()}).
   *
   * @return an unmodifiable set, iterating in alpha-2 order, not null
   */
  public Set<Country> getMembers() {
    return members.full;
  }

  /**
   * Returns the full members from the region of the commission.
   *
   * @return an unmodifiable set, iterating in alpha-2 order, not null
   */
  public Set<Country> getRegionalMembers() {
    return members.regional;
  }

  /**
   * Returns the full members from outside the region: 4 for {@link #ESCAP}, 13 for {@link #ECLAC},
   * none for the other commissions.
   *
   * @return an unmodifiable set, iterating in alpha-2 order, possibly empty, not null
   */
  public Set<Country> getNonRegionalMembers() {
    return members.nonRegional;
  }

  /**
   * Returns the associate members: territories that are not independent States; 9 for {@link
   * #ESCAP}, 14 for {@link #ECLAC}, none recorded for the other commissions.
   *
   * @return an unmodifiable set, iterating in alpha-2 order, possibly empty, not null
   */
  public Set<Country> getAssociateMembers() {
    return members.associates;
  }

  /**
   * Returns how a country or territory belongs to the commission.
   *
   * @param country the country, not null
   * @return the kind of membership, or empty if the country is not recorded as a member of any
   *     kind (always empty for Kosovo, {@code XK}), not null
   * @throws NullPointerException if the country is null
   */
  public Optional<MembershipKind> getMembership(Country country) {
    Objects.requireNonNull(country, "country");
    if (members.regional.contains(country)) {
      return Optional.of(MembershipKind.MEMBER);
    } else if (members.nonRegional.contains(country)) {
      return Optional.of(MembershipKind.NON_REGIONAL_MEMBER);
    } else if (members.associates.contains(country)) {
      return Optional.of(MembershipKind.ASSOCIATE_MEMBER);
    }
    return Optional.empty();
  }

  /**
   * Tells whether a country is a full member of the commission, regional or not; associate members
   * are not.
   *
   * @param country the country, not null
   * @return true if {@link #getMembers()} contains it
   * @throws NullPointerException if the country is null
   */
  public boolean isMember(Country country) {
    return members.full.contains(Objects.requireNonNull(country, "country"));
  }

  /**
   * Returns how well the membership of one country is verified.
   *
   * @param country the country, not null
   * @return {@link Verification#PARTLY} for the entries the constant's documentation names, {@link
   *     Verification#VERIFIED} for the other members of any kind, empty for a non-member; not null
   * @throws NullPointerException if the country is null
   */
  public Optional<Verification> getMembershipVerification(Country country) {
    if (getMembership(country).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        members.partly.contains(country) ? Verification.PARTLY : Verification.VERIFIED);
  }

  /**
   * Returns the number of full members as the sources state it: 54 for ECA, 56 for ECE, 46 for
   * ECLAC, 53 for ESCAP and 21 for ESCWA (all verified).
   *
   * @return the number of full members, regional and non-regional
   */
  public int getMemberCount() {
    return members.count;
  }

  /**
   * Tells whether {@link #getMembers()} lists every full member: false for {@link #ESCWA} only,
   * whose 21st member was not identified.
   *
   * @return true if the list has {@link #getMemberCount()} entries
   */
  public boolean isMemberListComplete() {
    return members.full.size() == members.count;
  }

  /**
   * Returns how well the member list as a whole is verified: {@link Verification#PARTLY} for
   * {@link #ECA} and {@link #ESCWA} (see their documentation), {@link Verification#VERIFIED} for
   * the others.
   *
   * @return the status, not null
   */
  public Verification getMemberListVerification() {
    return members.listVerification;
  }

  /**
   * Returns the countries of which one may be a full member that {@link #getMembers()} misses:
   * Comoros and Djibouti for {@link #ESCWA}, the two Arab States outside ESCWA in April 2021, one of
   * which is its 21st member (gcm-reference-2.md, section 1.4; which one is <b>unverified</b>);
   * empty for the commissions whose list is complete.
   *
   * @return an unmodifiable set, iterating in alpha-2 order, possibly empty, not null
   */
  public Set<Country> getUnidentifiedMemberCandidates() {
    return this == ESCWA ? ESCWA_CANDIDATES : Collections.emptySet();
  }

  private static final Set<Country> ESCWA_CANDIDATES = CatalogSupport.countries("DJ KM");

  /**
   * Returns the commissions of which a country is a full member, regional or not ({@code FR}:
   * ECE, ECLAC and ESCAP).
   *
   * @param country the country, not null
   * @return an unmodifiable set in the order of this enum, possibly empty, not null
   * @throws NullPointerException if the country is null
   */
  public static Set<RegionalCommission> withMember(Country country) {
    Objects.requireNonNull(country, "country");
    EnumSet<RegionalCommission> set = EnumSet.noneOf(RegionalCommission.class);
    for (RegionalCommission commission : ENUMS) {
      if (commission.isMember(country)) {
        set.add(commission);
      }
    }
    return Collections.unmodifiableSet(set);
  }
}
