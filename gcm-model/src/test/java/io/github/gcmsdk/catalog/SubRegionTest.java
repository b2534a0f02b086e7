package io.github.gcmsdk.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** TCK for {@link SubRegion}. */
class SubRegionTest {

  private static Set<Country> countries(String alpha2Codes) {
    Set<Country> set = new TreeSet<>();
    for (String alpha2 : alpha2Codes.split(" ")) {
      set.add(Country.of(alpha2));
    }
    return set;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "CENTRAL_ASIA | central-asia | Central Asia | KZ KG TJ TM UZ",
        "SOUTH_CAUCASUS | south-caucasus | South Caucasus | AM AZ GE",
        "WESTERN_BALKANS | western-balkans | Western Balkans | AL BA ME MK RS",
        "NORTH_AMERICA | north-america | North America | CA US",
        "EUROPEAN_UNION | european-union | European Union | AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
      })
  void everySubRegionHasItsCountries(
      SubRegion region, String code, String title, String alpha2Codes) {
    assertAll(
        () -> assertEquals(code, region.getCode()),
        () -> assertSame(region, SubRegion.fromCode(code)),
        () -> assertEquals(title, region.getTitle()),
        () -> assertEquals(countries(alpha2Codes), region.getCountries()));
  }

  @Test
  void theEuropeanUnionHasTwentySevenMembersWithoutTheUnitedKingdom() {
    Set<Country> eu = SubRegion.EUROPEAN_UNION.getCountries();
    assertEquals(27, eu.size());
    assertFalse(eu.contains(Country.of("GB")));
    assertTrue(eu.contains(Country.of("HR")));
  }

  @ParameterizedTest
  @MethodSource("io.github.gcmsdk.catalog.SubRegion#values")
  void everyCountryOfEverySubRegionIsAUneceMember(SubRegion region) {
    if (region.getOrganization().isPresent() && region != SubRegion.EUROPEAN_UNION) {
      return; // the organisations of other regions
    }
    Set<Country> unece = RegionalCommission.ECE.getMembers();
    for (Country country : region.getCountries()) {
      assertTrue(unece.contains(country), region + " " + country);
    }
  }

  @Test
  void subRegionsOtherThanTheEuropeanUnionDoNotOverlap() {
    Set<Country> seen = new TreeSet<>();
    for (SubRegion region : SubRegion.values()) {
      if (region.getOrganization().isEmpty()) {
        for (Country country : region.getCountries()) {
          assertTrue(seen.add(country), country.toString());
        }
      }
    }
  }

  @Test
  void countriesAreUnmodifiable() {
    assertThrows(
        UnsupportedOperationException.class,
        () -> SubRegion.NORTH_AMERICA.getCountries().add(Country.of("MX")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Central Asia | CENTRAL_ASIA",
        "central-asia | CENTRAL_ASIA",
        "the South Caucasus | SOUTH_CAUCASUS",
        "WESTERN BALKANS | WESTERN_BALKANS",
        "the Western Balkans | WESTERN_BALKANS",
        "North America | NORTH_AMERICA",
        "EU | EUROPEAN_UNION",
        "EU-27 | EUROPEAN_UNION",
        "the European Union | EUROPEAN_UNION"
      })
  void parseAcceptsCodesTitlesAndCommonNames(String text, SubRegion expected) {
    assertSame(expected, SubRegion.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Balkans", "Caucasus", "EU28", "Europe"})
  void parseRejectsOtherText(String text) {
    CatalogException e = assertThrows(CatalogException.class, () -> SubRegion.parse(text));
    assertEquals(
        "Cannot parse SubRegion: \""
            + text
            + "\" (write a code or a title, for example \"central-asia\" or \"Western Balkans\")",
        e.getMessage());
  }

  @Test
  void fromCodeIsStrict() {
    CatalogException e = assertThrows(CatalogException.class, () -> SubRegion.fromCode("EU"));
    assertEquals(
        "Unknown code for SubRegion: \"EU\" (known codes: central-asia, south-caucasus,"
            + " western-balkans, north-america, european-union, au, ecowas, sadc, eac, igad, asean,"
            + " gcc, las, mercosur, caricom, sica, pif, can)",
        e.getMessage());
  }

  @Test
  void staticMethodsRejectNull() {
    assertAll(
        () -> assertThrows(NullPointerException.class, () -> SubRegion.fromCode(null)),
        () -> assertThrows(NullPointerException.class, () -> SubRegion.parse(null)));
  }
}
