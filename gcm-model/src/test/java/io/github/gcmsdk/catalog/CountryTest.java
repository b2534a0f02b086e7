package io.github.gcmsdk.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** TCK for {@link Country}. */
class CountryTest {

  @Test
  void knowsEveryCodeOfTheJdkAndKosovo() {
    Set<Country> all = Country.all();
    assertTrue(all.size() >= 240, "size " + all.size());
    assertEquals(Locale.getISOCountries().length + 1, all.size());
    assertTrue(all.contains(Country.of("XK")));
    for (String alpha2 : Locale.getISOCountries()) {
      assertEquals(alpha2, Country.of(alpha2).getAlpha2());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"GB", "MD", "MK", "TR", "SM", "US", "KZ"})
  void knowsTheCountriesOfTheRegion(String alpha2) {
    assertEquals(alpha2, Country.of(alpha2).getCode());
  }

  @Test
  void alpha3RoundTripsForEveryCountry() {
    Set<String> alpha3Codes = new HashSet<>();
    for (Country country : Country.all()) {
      assertTrue(country.getAlpha3().matches("[A-Z]{3}"), country.getAlpha3());
      assertTrue(alpha3Codes.add(country.getAlpha3()), "unique " + country.getAlpha3());
      assertSame(country, Country.ofAlpha3(country.getAlpha3()));
      assertSame(country, Country.of(country.getAlpha2()));
      assertSame(country, Country.fromCode(country.getCode()));
      assertSame(country, Country.parse(country.getAlpha3().toLowerCase(Locale.ROOT)));
    }
    Set<String> expected =
        new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    expected.add("XKX"); // Kosovo's user-assigned alpha-3 code
    assertEquals(expected, alpha3Codes);
  }

  @ParameterizedTest
  @CsvSource({"GB, GBR", "MD, MDA", "MK, MKD", "TR, TUR", "RS, SRB", "DE, DEU", "CH, CHE"})
  void alpha2AndAlpha3Agree(String alpha2, String alpha3) {
    assertEquals(alpha3, Country.of(alpha2).getAlpha3());
    assertSame(Country.of(alpha2), Country.ofAlpha3(alpha3));
  }

  @Test
  void instancesAreCachedAndEqualByCode() {
    Country gb = Country.of("GB");
    assertSame(gb, Country.of("GB"));
    assertSame(gb, Country.parse(" gbr "));
    assertEquals(gb, Country.ofAlpha3("GBR"));
    assertEquals(gb.hashCode(), Country.ofAlpha3("GBR").hashCode());
    assertNotEquals(gb, Country.of("GE"));
    assertNotEquals(gb, "GB");
    assertEquals("GB", gb.toString());
  }

  @Test
  void naturalOrderIsAlpha2Order() {
    assertTrue(Country.of("AD").compareTo(Country.of("AL")) < 0);
    assertEquals(0, Country.of("GB").compareTo(Country.ofAlpha3("GBR")));
    Country[] all = Country.all().toArray(new Country[0]);
    Country[] sorted = all.clone();
    Arrays.sort(sorted);
    assertEquals(Arrays.asList(sorted), Arrays.asList(all));
    assertThrows(UnsupportedOperationException.class, () -> Country.all().clear());
  }

  @Test
  void displayNameComesFromTheJdk() {
    assertEquals("United Kingdom", Country.of("GB").getDisplayName(Locale.ENGLISH));
    assertEquals("Allemagne", Country.of("DE").getDisplayName(Locale.FRENCH));
    assertEquals("North Macedonia", Country.of("MK").getDisplayName(Locale.ENGLISH));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"XA", "QM", "ZZ", "xk", "gb", "gb ", " GB", "GBR", "G", "", "UK", "EU", "AN"})
  void ofAcceptsOnlyKnownUpperCaseAlpha2Codes(String alpha2) {
    CatalogException e = assertThrows(CatalogException.class, () -> Country.of(alpha2));
    assertEquals(
        "Unknown code for Country: \""
            + alpha2
            + "\" (write an ISO 3166-1 alpha-2 code in upper case, for example \"GB\";"
            + " Country.parse also accepts lower case and alpha-3 codes)",
        e.getMessage());
    assertEquals("Country", e.getCatalog());
    assertEquals(alpha2, e.getInput());
  }

  @ParameterizedTest
  @ValueSource(strings = {"gbr", "GB", "XKK", "XKS", "GBR "})
  void ofAlpha3AcceptsOnlyKnownUpperCaseAlpha3Codes(String alpha3) {
    CatalogException e = assertThrows(CatalogException.class, () -> Country.ofAlpha3(alpha3));
    assertEquals(
        "Unknown code for Country: \""
            + alpha3
            + "\" (write an ISO 3166-1 alpha-3 code in upper case, for example \"GBR\")",
        e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"gb | GB", "' GB ' | GB", "gbr | GB", "Tur | TR", "'  mkd  ' | MK", "md | MD"})
  void parseAcceptsCodesInAnyCaseWithSpaces(String text, String alpha2) {
    assertSame(Country.of(alpha2), Country.parse(text));
  }

  @Test
  void parseIgnoresAnySurroundingWhitespace() {
    assertSame(Country.of("MK"), Country.parse("\tmkd\n"));
    assertSame(Country.of("MK"), Country.parse("\u00a0MK\u2003"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "XA", "zz", "United Kingdom", "Kosovo", "G B", "GBRR", "\u0000GB"})
  void parseRejectsOtherText(String text) {
    CatalogException e = assertThrows(CatalogException.class, () -> Country.parse(text));
    assertTrue(e.getMessage().startsWith("Cannot parse Country: \""), e.getMessage());
    assertTrue(
        e.getMessage()
            .endsWith(
                "(write an ISO 3166-1 alpha-2 or alpha-3 code, for example \"GB\" or \"GBR\")"),
        e.getMessage());
  }

  @Test
  void rejectionEscapesControlCharacters() {
    CatalogException e = assertThrows(CatalogException.class, () -> Country.of("G\nB\u001b[2J"));
    assertEquals("G\\nB\\u001B[2J", e.getInput());
    assertTrue(e.getMessage().contains("\"G\\nB\\u001B[2J\""), e.getMessage());
    assertTrue(e.getMessage().chars().noneMatch(Character::isISOControl), e.getMessage());
  }

  @Test
  void staticMethodsAndDisplayNameRejectNull() {
    assertAll(
        () -> assertThrows(NullPointerException.class, () -> Country.of(null)),
        () -> assertThrows(NullPointerException.class, () -> Country.fromCode(null)),
        () -> assertThrows(NullPointerException.class, () -> Country.ofAlpha3(null)),
        () -> assertThrows(NullPointerException.class, () -> Country.parse(null)),
        () -> assertThrows(NullPointerException.class, () -> Country.of("GB").getDisplayName(null)),
        () -> assertThrows(NullPointerException.class, () -> Country.of("GB").compareTo(null)));
  }
}
