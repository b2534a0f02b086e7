package io.github.gcmsdk.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** TCK for {@link RegionalCommission}, including the 56 UNECE member States. */
@SuppressWarnings("deprecation") // getMemberStates, format 1.0's accessor, keeps its meaning
class RegionalCommissionTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ECA | eca | ECA | Economic Commission for Africa | Addis Ababa | Africa",
        "ECE | ece | ECE | Economic Commission for Europe | Geneva | Europe, North America, Central Asia, the Caucasus and Israel",
        "ECLAC | eclac | ECLAC | Economic Commission for Latin America and the Caribbean | Santiago | Latin America and the Caribbean",
        "ESCAP | escap | ESCAP | Economic and Social Commission for Asia and the Pacific | Bangkok | Asia and the Pacific",
        "ESCWA | escwa | ESCWA | Economic and Social Commission for Western Asia | Beirut | the Arab region"
      })
  void everyCommissionHasItsFacts(
      RegionalCommission commission,
      String code,
      String acronym,
      String title,
      String headquarters,
      String region) {
    assertAll(
        () -> assertEquals(code, commission.getCode()),
        () -> assertEquals(acronym, commission.getAcronym()),
        () -> assertEquals(title, commission.getTitle()),
        () -> assertEquals(headquarters, commission.getHeadquarters()),
        () -> assertEquals(region, commission.getRegion()),
        () -> assertSame(commission, RegionalCommission.fromCode(code)));
  }

  @Test
  void thereAreFiveCommissions() {
    assertEquals(5, RegionalCommission.values().length);
  }

  /** UNECE member States with their ISO 3166-1 codes (gcm-reference.md, section 5). */
  static Stream<Arguments> uneceMembers() {
    return Stream.of(
        Arguments.of("Albania", "AL", "ALB"),
        Arguments.of("Andorra", "AD", "AND"),
        Arguments.of("Armenia", "AM", "ARM"),
        Arguments.of("Austria", "AT", "AUT"),
        Arguments.of("Azerbaijan", "AZ", "AZE"),
        Arguments.of("Belarus", "BY", "BLR"),
        Arguments.of("Belgium", "BE", "BEL"),
        Arguments.of("Bosnia and Herzegovina", "BA", "BIH"),
        Arguments.of("Bulgaria", "BG", "BGR"),
        Arguments.of("Canada", "CA", "CAN"),
        Arguments.of("Croatia", "HR", "HRV"),
        Arguments.of("Cyprus", "CY", "CYP"),
        Arguments.of("Czechia", "CZ", "CZE"),
        Arguments.of("Denmark", "DK", "DNK"),
        Arguments.of("Estonia", "EE", "EST"),
        Arguments.of("Finland", "FI", "FIN"),
        Arguments.of("France", "FR", "FRA"),
        Arguments.of("Georgia", "GE", "GEO"),
        Arguments.of("Germany", "DE", "DEU"),
        Arguments.of("Greece", "GR", "GRC"),
        Arguments.of("Hungary", "HU", "HUN"),
        Arguments.of("Iceland", "IS", "ISL"),
        Arguments.of("Ireland", "IE", "IRL"),
        Arguments.of("Israel", "IL", "ISR"),
        Arguments.of("Italy", "IT", "ITA"),
        Arguments.of("Kazakhstan", "KZ", "KAZ"),
        Arguments.of("Kyrgyzstan", "KG", "KGZ"),
        Arguments.of("Latvia", "LV", "LVA"),
        Arguments.of("Liechtenstein", "LI", "LIE"),
        Arguments.of("Lithuania", "LT", "LTU"),
        Arguments.of("Luxembourg", "LU", "LUX"),
        Arguments.of("Malta", "MT", "MLT"),
        Arguments.of("Monaco", "MC", "MCO"),
        Arguments.of("Montenegro", "ME", "MNE"),
        Arguments.of("Netherlands", "NL", "NLD"),
        Arguments.of("North Macedonia", "MK", "MKD"),
        Arguments.of("Norway", "NO", "NOR"),
        Arguments.of("Poland", "PL", "POL"),
        Arguments.of("Portugal", "PT", "PRT"),
        Arguments.of("Republic of Moldova", "MD", "MDA"),
        Arguments.of("Romania", "RO", "ROU"),
        Arguments.of("Russian Federation", "RU", "RUS"),
        Arguments.of("San Marino", "SM", "SMR"),
        Arguments.of("Serbia", "RS", "SRB"),
        Arguments.of("Slovakia", "SK", "SVK"),
        Arguments.of("Slovenia", "SI", "SVN"),
        Arguments.of("Spain", "ES", "ESP"),
        Arguments.of("Sweden", "SE", "SWE"),
        Arguments.of("Switzerland", "CH", "CHE"),
        Arguments.of("Tajikistan", "TJ", "TJK"),
        Arguments.of("T\u00fcrkiye", "TR", "TUR"),
        Arguments.of("Turkmenistan", "TM", "TKM"),
        Arguments.of("Ukraine", "UA", "UKR"),
        Arguments.of("United Kingdom of Great Britain and Northern Ireland", "GB", "GBR"),
        Arguments.of("United States of America", "US", "USA"),
        Arguments.of("Uzbekistan", "UZ", "UZB"));
  }

  @Test
  void eceHasFiftySixMemberStates() {
    Set<Country> members = RegionalCommission.ECE.getMemberStates().orElseThrow();
    assertEquals(56, members.size());
    assertEquals(56L, uneceMembers().count());
  }

  @ParameterizedTest
  @MethodSource("uneceMembers")
  void everyUneceMemberHasTheIsoCodesOfTheReference(String name, String alpha2, String alpha3) {
    Country country = Country.of(alpha2);
    assertAll(
        () ->
            assertTrue(
                RegionalCommission.ECE.getMemberStates().orElseThrow().contains(country), name),
        () -> assertEquals(alpha3, country.getAlpha3(), name),
        () -> assertSame(country, Country.ofAlpha3(alpha3), name));
  }

  @Test
  void memberStatesIterateInAlpha2OrderAndAreUnmodifiable() {
    Set<Country> members = RegionalCommission.ECE.getMemberStates().orElseThrow();
    Country previous = null;
    for (Country country : members) {
      assertTrue(previous == null || previous.compareTo(country) < 0);
      previous = country;
    }
    assertThrows(UnsupportedOperationException.class, () -> members.add(Country.of("JP")));
  }

  @ParameterizedTest
  @EnumSource(
      value = RegionalCommission.class,
      names = {"ECA", "ECLAC", "ESCAP", "ESCWA"})
  void otherCommissionsDoNotRecordTheirMembers(RegionalCommission commission) {
    assertEquals(Optional.empty(), commission.getMemberStates());
  }

  static Stream<Arguments> acceptedForms() {
    return Stream.of(
        Arguments.of("ECE", RegionalCommission.ECE),
        Arguments.of("ece", RegionalCommission.ECE),
        Arguments.of("UNECE", RegionalCommission.ECE),
        Arguments.of("UN ECE", RegionalCommission.ECE),
        Arguments.of("Economic Commission for Europe", RegionalCommission.ECE),
        Arguments.of("United Nations Economic Commission for Europe", RegionalCommission.ECE),
        Arguments.of("the Economic Commission for Africa", RegionalCommission.ECA),
        Arguments.of("UNECA", RegionalCommission.ECA),
        Arguments.of("UN-ESCAP", RegionalCommission.ESCAP),
        Arguments.of("escwa", RegionalCommission.ESCWA),
        Arguments.of(" ECLAC ", RegionalCommission.ECLAC),
        Arguments.of("CEPAL", RegionalCommission.ECLAC));
  }

  @ParameterizedTest
  @MethodSource("acceptedForms")
  void parseAcceptsAcronymsCodesAndNames(String text, RegionalCommission expected) {
    assertSame(expected, RegionalCommission.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "EC", "UN", "UNHCR", "Geneva", "ECE."})
  void parseRejectsOtherText(String text) {
    CatalogException e =
        assertThrows(CatalogException.class, () -> RegionalCommission.parse(text));
    assertEquals(
        "Cannot parse RegionalCommission: \""
            + text
            + "\" (write the acronym or the name, for example \"ECE\" or \"UNECE\")",
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ECE", "unece", "ece "})
  void fromCodeIsStrict(String code) {
    CatalogException e =
        assertThrows(CatalogException.class, () -> RegionalCommission.fromCode(code));
    assertTrue(
        e.getMessage().endsWith("(known codes: eca, ece, eclac, escap, escwa)"), e.getMessage());
  }

  @Test
  void staticMethodsRejectNull() {
    assertAll(
        () -> assertThrows(NullPointerException.class, () -> RegionalCommission.fromCode(null)),
        () -> assertThrows(NullPointerException.class, () -> RegionalCommission.parse(null)));
  }
}
