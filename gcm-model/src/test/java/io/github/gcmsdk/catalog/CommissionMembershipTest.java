package io.github.gcmsdk.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The members, non-regional members and associate members of the five commissions, against {@code
 * gcm-reference-2.md} section 1 (ECE: {@code gcm-reference.md} section 5).
 */
class CommissionMembershipTest {

  private static Set<Country> countries(String alpha2Codes) {
    Set<Country> set = new TreeSet<>();
    if (!alpha2Codes.isBlank()) {
      for (String alpha2 : alpha2Codes.trim().split(" +")) {
        assertTrue(set.add(Country.of(alpha2)), alpha2);
      }
    }
    return set;
  }

  /** The member tables of the reference, in its order (codes as the reference gives them). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ECA | 54 | DZ AO BJ BW BF BI CV CM CF TD KM CG CI CD DJ EG GQ ER SZ ET GA GM GH GN GW KE LS"
            + " LR LY MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TG TN UG TZ ZM ZW"
            + " | | ",
        "ESCAP | 53 | CN KP JP MN KR RU AM AZ GE KZ KG TJ TM UZ AF BD BT IN IR MV NP PK LK TR BN KH"
            + " ID LA MY MM PH SG TH TL VN AU NZ FJ KI MH FM NR PW PG WS SB TO TV VU"
            + " | FR NL GB US | AS CK PF GU HK MO NC NU MP",
        "ECLAC | 46 | AG AR BS BB BZ BO BR CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE"
            + " KN LC VC SR TT UY VE | CA FR DE IT JP NL NO PT KR ES TR GB US"
            + " | AI AW BM VG KY CW GF GP MQ MS PR SX TC VI",
        "ESCWA | 21 | DZ BH EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE | | ",
        "ECE | 56 | AL AD AM AT AZ BY BE BA BG CA HR CY CZ DK EE FI FR GE DE GR HU IS IE IL IT KZ"
            + " KG LV LI LT LU MT MC ME NL MK NO PL PT MD RO RU SM RS SK SI ES SE CH TJ TR TM UA GB"
            + " US UZ | | "
      })
  void membersAreThoseOfTheReference(
      RegionalCommission commission,
      int count,
      String regional,
      String nonRegional,
      String associates) {
    Set<Country> full = countries(regional);
    full.addAll(countries(nonRegional == null ? "" : nonRegional));
    assertAll(
        () -> assertEquals(count, commission.getMemberCount()),
        () -> assertEquals(countries(regional), commission.getRegionalMembers()),
        () ->
            assertEquals(
                countries(nonRegional == null ? "" : nonRegional),
                commission.getNonRegionalMembers()),
        () ->
            assertEquals(
                countries(associates == null ? "" : associates),
                commission.getAssociateMembers()),
        () -> assertEquals(full, commission.getMembers()));
  }

  @Test
  void countsAreThoseTheReferenceStates() {
    assertAll(
        () -> assertEquals(54, RegionalCommission.ECA.getMembers().size()),
        () -> assertEquals(0, RegionalCommission.ECA.getAssociateMembers().size()),
        () -> assertEquals(49, RegionalCommission.ESCAP.getRegionalMembers().size()),
        () -> assertEquals(4, RegionalCommission.ESCAP.getNonRegionalMembers().size()),
        () -> assertEquals(53, RegionalCommission.ESCAP.getMembers().size()),
        () -> assertEquals(9, RegionalCommission.ESCAP.getAssociateMembers().size()),
        () -> assertEquals(33, RegionalCommission.ECLAC.getRegionalMembers().size()),
        () -> assertEquals(13, RegionalCommission.ECLAC.getNonRegionalMembers().size()),
        () -> assertEquals(46, RegionalCommission.ECLAC.getMembers().size()),
        () -> assertEquals(14, RegionalCommission.ECLAC.getAssociateMembers().size()),
        () -> assertEquals(20, RegionalCommission.ESCWA.getMembers().size()),
        () -> assertEquals(21, RegionalCommission.ESCWA.getMemberCount()),
        () -> assertEquals(56, RegionalCommission.ECE.getMembers().size()));
  }

  @ParameterizedTest
  @CsvSource({
    "ESCAP, FR, NON_REGIONAL_MEMBER",
    "ESCAP, US, NON_REGIONAL_MEMBER",
    "ESCAP, RU, MEMBER",
    "ESCAP, TR, MEMBER",
    "ESCAP, HK, ASSOCIATE_MEMBER",
    "ESCAP, MO, ASSOCIATE_MEMBER",
    "ECLAC, ES, NON_REGIONAL_MEMBER",
    "ECLAC, KR, NON_REGIONAL_MEMBER",
    "ECLAC, VE, MEMBER",
    "ECLAC, PR, ASSOCIATE_MEMBER",
    "ECLAC, GF, ASSOCIATE_MEMBER",
    "ECA, SS, MEMBER",
    "ECA, MA, MEMBER",
    "ESCWA, PS, MEMBER",
    "ESCWA, SO, MEMBER",
    "ECE, IL, MEMBER",
    "ECE, US, MEMBER"
  })
  void namedMembersHaveTheirKindOfMembership(
      RegionalCommission commission, String alpha2, MembershipKind kind) {
    Country country = Country.of(alpha2);
    assertEquals(Optional.of(kind), commission.getMembership(country));
    assertEquals(kind.isFullMember(), commission.isMember(country));
  }

  @ParameterizedTest
  @CsvSource({
    "ECA, EH", "ECA, FR", "ECA, GB",
    "ESCAP, CA", "ESCAP, DE", "ESCAP, PS",
    "ECLAC, CN", "ECLAC, GL",
    "ESCWA, KM", "ESCWA, DJ", "ESCWA, IR", "ESCWA, TR",
    "ECE, JP", "ECE, XK"
  })
  void namedNonMembersAreNotMembers(RegionalCommission commission, String alpha2) {
    Country country = Country.of(alpha2);
    assertFalse(commission.isMember(country));
    assertEquals(Optional.empty(), commission.getMembership(country));
  }

  @Test
  void associateMembersAreNotFullMembers() {
    Country hongKong = Country.of("HK");
    assertFalse(RegionalCommission.ESCAP.isMember(hongKong));
    assertFalse(RegionalCommission.ESCAP.getMembers().contains(hongKong));
    assertTrue(RegionalCommission.ESCAP.getAssociateMembers().contains(hongKong));
  }

  @Test
  void escwaListsTwentyOfItsTwentyOneMembersAndSaysSo() {
    assertFalse(RegionalCommission.ESCWA.isMemberListComplete());
    for (RegionalCommission commission : RegionalCommission.values()) {
      assertEquals(
          commission != RegionalCommission.ESCWA, commission.isMemberListComplete(),
          commission.name());
    }
  }

  @Test
  void verificationStatusFollowsTheReference() {
    assertEquals(Verification.PARTLY, RegionalCommission.ECA.getMemberListVerification());
    assertEquals(Verification.PARTLY, RegionalCommission.ESCWA.getMemberListVerification());
    assertEquals(Verification.VERIFIED, RegionalCommission.ESCAP.getMemberListVerification());
    assertEquals(Verification.VERIFIED, RegionalCommission.ECLAC.getMemberListVerification());
    assertEquals(
        countries("SN SC SL SO ZA SS SD TG TN UG TZ ZM ZW"),
        partlyVerified(RegionalCommission.ECA));
    assertEquals(countries("GF"), partlyVerified(RegionalCommission.ECLAC));
    assertEquals(countries("SM"), partlyVerified(RegionalCommission.ECE));
    assertEquals(countries(""), partlyVerified(RegionalCommission.ESCAP));
    assertEquals(
        Optional.of(Verification.VERIFIED),
        RegionalCommission.ECA.getMembershipVerification(Country.of("ST")));
    assertEquals(
        Optional.empty(), RegionalCommission.ECA.getMembershipVerification(Country.of("FR")));
  }

  private static Set<Country> partlyVerified(RegionalCommission commission) {
    Set<Country> partly = new TreeSet<>();
    for (Country country : Country.all()) {
      Optional<Verification> status = commission.getMembershipVerification(country);
      if (status.isPresent() && !status.get().isVerified()) {
        partly.add(country);
      }
    }
    return partly;
  }

  @Test
  void withMemberListsTheCommissionsOfACountry() {
    assertEquals(
        EnumSet.of(RegionalCommission.ECE, RegionalCommission.ECLAC, RegionalCommission.ESCAP),
        RegionalCommission.withMember(Country.of("FR")));
    assertEquals(
        EnumSet.of(RegionalCommission.ECA, RegionalCommission.ESCWA),
        RegionalCommission.withMember(Country.of("EG")));
    assertEquals(
        EnumSet.of(RegionalCommission.ECE, RegionalCommission.ESCAP),
        RegionalCommission.withMember(Country.of("KZ")));
    assertEquals(Set.of(), RegionalCommission.withMember(Country.of("HK")));
    assertThrows(
        UnsupportedOperationException.class,
        () -> RegionalCommission.withMember(Country.of("FR")).clear());
  }

  @ParameterizedTest
  @EnumSource(RegionalCommission.class)
  void setsAreUnmodifiableDisjointAndInAlpha2Order(RegionalCommission commission) {
    List<Set<Country>> sets =
        List.of(
            commission.getMembers(),
            commission.getRegionalMembers(),
            commission.getNonRegionalMembers(),
            commission.getAssociateMembers());
    for (Set<Country> set : sets) {
      assertThrows(UnsupportedOperationException.class, () -> set.add(Country.of("AQ")));
      assertEquals(new ArrayList<>(new TreeSet<>(set)), new ArrayList<>(set));
    }
    for (Country associate : commission.getAssociateMembers()) {
      assertFalse(commission.getMembers().contains(associate), associate.getCode());
    }
  }

  @Test
  @SuppressWarnings("deprecation") // format 1.0's accessor keeps its meaning: ECE only
  void format1MemberStatesAreUnchanged() {
    assertEquals(
        Optional.of(RegionalCommission.ECE.getMembers()),
        RegionalCommission.ECE.getMemberStates());
    for (RegionalCommission commission : RegionalCommission.values()) {
      if (commission != RegionalCommission.ECE) {
        assertEquals(Optional.empty(), commission.getMemberStates(), commission.name());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(MembershipKind.class)
  void membershipKindCodesRoundTrip(MembershipKind kind) {
    assertSame(kind, MembershipKind.fromCode(kind.getCode()));
  }

  @Test
  void nullArgumentsAreRejected() {
    assertAll(
        () -> assertThrows(NullPointerException.class,
            () -> RegionalCommission.ECE.getMembership(null)),
        () -> assertThrows(NullPointerException.class, () -> RegionalCommission.ECE.isMember(null)),
        () -> assertThrows(NullPointerException.class,
            () -> RegionalCommission.ECE.getMembershipVerification(null)),
        () -> assertThrows(NullPointerException.class, () -> RegionalCommission.withMember(null)),
        () -> assertThrows(NullPointerException.class, () -> MembershipKind.fromCode(null)),
        () -> assertThrows(CatalogException.class, () -> MembershipKind.fromCode("associate")));
  }
}
