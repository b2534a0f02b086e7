package io.github.gcmsdk.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** TCK for {@link RegionalOrganization}, against {@code gcm-reference-2.md} section 5. */
class RegionalOrganizationTest {

  private static Set<Country> countries(String alpha2Codes) {
    Set<Country> set = new TreeSet<>();
    if (alpha2Codes != null) {
      for (String alpha2 : alpha2Codes.trim().split("[ ,]+")) {
        assertTrue(set.add(Country.of(alpha2)), alpha2);
      }
    }
    return set;
  }

  /** The table of section 5: code, count, members, associates, list status, name status. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "AU | 55 | DZ, AO, BJ, BW, BF, BI, CV, CM, CF, TD, KM, CG, CI, CD, DJ, EG, GQ, ER, SZ, ET,"
            + " GA, GM, GH, GN, GW, KE, LS, LR, LY, MG, MW, ML, MR, MU, MA, MZ, NA, NE, NG, RW,"
            + " EH, ST, SN, SC, SL, SO, ZA, SS, SD, TG, TN, UG, TZ, ZM, ZW | - | partly | verified",
        "ECOWAS | 12 | BJ, CV, CI, GM, GH, GN, GW, LR, NG, SN, SL, TG | - | verified | verified",
        "SADC | 16 | AO, BW, KM, CD, SZ, LS, MG, MW, MU, MZ, NA, SC, ZA, TZ, ZM, ZW | - | verified"
            + " | verified",
        "EAC | 8 | BI, CD, KE, RW, SO, SS, TZ, UG | - | verified | verified",
        "IGAD | 8 | DJ, ER, ET, KE, SO, SS, SD, UG | - | partly | verified",
        "ASEAN | 11 | BN, KH, ID, LA, MY, MM, PH, SG, TH, TL, VN | - | verified | verified",
        "GCC | 6 | AE, BH, KW, OM, QA, SA | - | verified | partly",
        "LAS | 22 | DZ, BH, KM, DJ, EG, IQ, JO, KW, LB, LY, MR, MA, OM, PS, QA, SA, SO, SD, SY, TN,"
            + " AE, YE | - | verified | verified",
        "EU | 27 | AT, BE, BG, HR, CY, CZ, DK, EE, FI, FR, DE, GR, HU, IE, IT, LV, LT, LU, MT, NL,"
            + " PL, PT, RO, SK, SI, ES, SE | - | verified | verified",
        "MERCOSUR | 5 | AR, BR, PY, UY, BO | CL, CO, EC, PE | partly | partly",
        "CARICOM | 15 | AG, BS, BB, BZ, DM, GD, GY, HT, JM, MS, KN, LC, VC, SR, TT"
            + " | AI, BM, VG, KY, TC | partly | verified",
        "SICA | 8 | BZ, CR, SV, GT, HN, NI, PA, DO | - | verified | verified",
        "PIF | 18 | AU, CK, FJ, PF, KI, MH, FM, NR, NC, NZ, NU, PW, PG, WS, SB, TO, TV, VU | TK"
            + " | verified | verified",
        "CAN | 4 | BO, CO, EC, PE | - | partly | verified"
      })
  void membersAreThoseOfTheReference(
      RegionalOrganization organization,
      int count,
      String members,
      String associates,
      String listStatus,
      String nameStatus) {
    assertAll(
        () -> assertEquals(count, organization.getMemberCount()),
        () -> assertEquals(countries(members), organization.getMembers()),
        () -> assertEquals(countries(associates), organization.getAssociateMembers()),
        () ->
            assertSame(
                Verification.fromCode(listStatus), organization.getMemberListVerification()),
        () -> assertSame(Verification.fromCode(nameStatus), organization.getTitleVerification()),
        () -> assertSame(organization, RegionalOrganization.fromCode(organization.getCode())),
        () -> assertEquals(organization.name().toLowerCase(java.util.Locale.ROOT),
            organization.getCode()),
        () -> assertEquals(organization.name(), organization.getAcronym()));
  }

  @Test
  void ecowasLostThreeMembersOnTwentyNineJanuary2025() {
    LocalDate left = LocalDate.of(2025, 1, 29);
    assertEquals(
        Map.of(Country.of("BF"), left, Country.of("ML"), left, Country.of("NE"), left),
        RegionalOrganization.ECOWAS.getFormerMembers());
    assertFalse(RegionalOrganization.ECOWAS.isMember(Country.of("ML")));
    assertTrue(RegionalOrganization.ECOWAS.isMember(Country.of("SN")));
  }

  @Test
  void venezuelaIsSuspendedFromMercosurAndNotCountedAsAMember() {
    assertEquals(countries("VE"), RegionalOrganization.MERCOSUR.getSuspendedMembers());
    assertFalse(RegionalOrganization.MERCOSUR.isMember(Country.of("VE")));
    assertTrue(RegionalOrganization.MERCOSUR.isMember(Country.of("BO")));
  }

  @Test
  void namedMembersAndNonMembers() {
    assertAll(
        () -> assertTrue(RegionalOrganization.AU.isMember(Country.of("MA"))),
        () -> assertTrue(RegionalOrganization.AU.isMember(Country.of("EH"))),
        () -> assertTrue(RegionalOrganization.ASEAN.isMember(Country.of("TL"))),
        () -> assertTrue(RegionalOrganization.EAC.isMember(Country.of("SO"))),
        () -> assertTrue(RegionalOrganization.SADC.isMember(Country.of("KM"))),
        () -> assertTrue(RegionalOrganization.LAS.isMember(Country.of("PS"))),
        () -> assertTrue(RegionalOrganization.SICA.isMember(Country.of("DO"))),
        () -> assertTrue(RegionalOrganization.PIF.isMember(Country.of("NC"))),
        () -> assertTrue(RegionalOrganization.CARICOM.isMember(Country.of("MS"))),
        () -> assertFalse(RegionalOrganization.EU.isMember(Country.of("GB"))),
        () -> assertFalse(RegionalOrganization.GCC.isMember(Country.of("YE"))),
        () -> assertFalse(RegionalOrganization.PIF.isMember(Country.of("TK"))),
        () -> assertFalse(RegionalOrganization.CARICOM.isMember(Country.of("KY"))),
        () -> assertFalse(RegionalOrganization.ECOWAS.isMember(Country.of("MR"))));
  }

  @Test
  void theEuropeanUnionIsTheSubRegionOfTheSameName() {
    assertSame(
        SubRegion.EUROPEAN_UNION.getCountries(), RegionalOrganization.EU.getMembers());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ECOWAS | ECOWAS",
        "ecowas | ECOWAS",
        "Economic Community of West African States | ECOWAS",
        "the League of Arab States | LAS",
        "Arab League | LAS",
        "\u062c\u0627\u0645\u0639\u0629 \u0627\u0644\u062f\u0648\u0644 \u0627\u0644\u0639\u0631\u0628\u064a\u0629 | LAS",
        "Union africaine | AU",
        "Mercosul | MERCOSUR",
        "Sistema de la Integraci\u00f3n Centroamericana | SICA",
        "the Pacific Islands Forum | PIF",
        "  EU  | EU"
      })
  void parseAcceptsAcronymsAndNames(String text, RegionalOrganization expected) {
    assertSame(expected, RegionalOrganization.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "UN", "OAS", "ECOWAS!", "ECE"})
  void parseRejectsOtherText(String text) {
    CatalogException e =
        assertThrows(CatalogException.class, () -> RegionalOrganization.parse(text));
    assertTrue(e.getMessage().startsWith("Cannot parse RegionalOrganization: \""));
  }

  @ParameterizedTest
  @EnumSource(RegionalOrganization.class)
  void setsAreUnmodifiableAndDisjoint(RegionalOrganization organization) {
    assertThrows(
        UnsupportedOperationException.class,
        () -> organization.getMembers().add(Country.of("AQ")));
    assertThrows(
        UnsupportedOperationException.class,
        () -> organization.getAssociateMembers().add(Country.of("AQ")));
    assertThrows(
        UnsupportedOperationException.class, () -> organization.getFormerMembers().clear());
    for (Country country : organization.getAssociateMembers()) {
      assertFalse(organization.isMember(country));
    }
    for (Country country : organization.getSuspendedMembers()) {
      assertFalse(organization.isMember(country));
    }
  }

  @Test
  void fromCodeRejectsUnknownCodesAndNull() {
    assertThrows(CatalogException.class, () -> RegionalOrganization.fromCode("ECOWAS"));
    assertThrows(NullPointerException.class, () -> RegionalOrganization.fromCode(null));
    assertThrows(NullPointerException.class, () -> RegionalOrganization.parse(null));
    assertThrows(NullPointerException.class, () -> RegionalOrganization.AU.isMember(null));
  }
}
