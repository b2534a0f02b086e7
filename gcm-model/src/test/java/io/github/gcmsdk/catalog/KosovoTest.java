package io.github.gcmsdk.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Kosovo, the user-assigned code {@code XK} (gcm-reference-2.md, section 6). */
class KosovoTest {

  private static final Country KOSOVO = Country.of("XK");

  @Test
  void xkIsACountryWithAUserAssignedCode() {
    assertAll(
        () -> assertEquals("XK", KOSOVO.getCode()),
        () -> assertEquals("XKX", KOSOVO.getAlpha3()),
        () -> assertSame(KOSOVO, Country.fromCode("XK")),
        () -> assertSame(KOSOVO, Country.ofAlpha3("XKX")),
        () -> assertSame(KOSOVO, Country.parse(" xk ")),
        () -> assertSame(KOSOVO, Country.parse("xkx")),
        () -> assertTrue(KOSOVO.isUserAssigned()),
        () -> assertEquals("Kosovo", KOSOVO.getDisplayName(Locale.ENGLISH)));
  }

  @Test
  void everyOtherCountryIsOfficiallyAssigned() {
    for (Country country : Country.all()) {
      assertEquals(country == KOSOVO, country.isUserAssigned(), country.getCode());
    }
  }

  @Test
  void unFootnoteIsTheWordingOfTheUnNetworkOnMigration() {
    assertEquals(
        Optional.of(
            "References to Kosovo shall be understood to be in the context of United Nations"
                + " Security Council resolution 1244 (1999)."),
        KOSOVO.getUnFootnote(Locale.ENGLISH));
    assertEquals(
        Optional.of(
            "Toutes les r\u00e9f\u00e9rences au Kosovo doivent \u00eatre comprises dans le"
                + " contexte de la r\u00e9solution 1244 (1999) du Conseil de s\u00e9curit\u00e9"
                + " des Nations Unies."),
        KOSOVO.getUnFootnote(Locale.CANADA_FRENCH));
    assertEquals(KOSOVO.getUnFootnote(Locale.ENGLISH), KOSOVO.getUnFootnote(Locale.GERMAN));
    assertEquals(Optional.empty(), Country.of("RS").getUnFootnote(Locale.ENGLISH));
    assertThrows(NullPointerException.class, () -> KOSOVO.getUnFootnote(null));
  }

  @ParameterizedTest
  @EnumSource(RegionalCommission.class)
  void isInNoMemberListOfACommission(RegionalCommission commission) {
    assertAll(
        () -> assertFalse(commission.getMembers().contains(KOSOVO)),
        () -> assertFalse(commission.getAssociateMembers().contains(KOSOVO)),
        () -> assertFalse(commission.isMember(KOSOVO)),
        () -> assertEquals(Optional.empty(), commission.getMembership(KOSOVO)),
        () -> assertEquals(Optional.empty(), commission.getMembershipVerification(KOSOVO)),
        () -> assertFalse(memberStatesOfFormat1(commission).contains(KOSOVO)));
    assertEquals(Set.of(), RegionalCommission.withMember(KOSOVO));
  }

  @SuppressWarnings("deprecation") // the format 1.0 accessor must not count Kosovo either
  private static Set<Country> memberStatesOfFormat1(RegionalCommission commission) {
    return commission.getMemberStates().orElse(Set.of());
  }

  @ParameterizedTest
  @EnumSource(RegionalOrganization.class)
  void isInNoListOfARegionalOrganization(RegionalOrganization organization) {
    assertAll(
        () -> assertFalse(organization.isMember(KOSOVO)),
        () -> assertFalse(organization.getAssociateMembers().contains(KOSOVO)),
        () -> assertFalse(organization.getSuspendedMembers().contains(KOSOVO)),
        () -> assertFalse(organization.getFormerMembers().containsKey(KOSOVO)));
  }

  @ParameterizedTest
  @MethodSource("io.github.gcmsdk.catalog.SubRegion#values")
  void isInNoSubRegion(SubRegion region) {
    assertFalse(region.getCountries().contains(KOSOVO));
  }
}
