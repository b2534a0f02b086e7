package io.github.gcmsdk.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** TCK for {@link StakeholderGroup}. */
class StakeholderGroupTest {

  /** A/RES/73/195 paragraph 44, in order, word for word. */
  private static final List<String> PARAGRAPH_44 =
      List.of(
          "migrants",
          "civil society",
          "migrant and diaspora organizations",
          "faith-based organizations",
          "local authorities and communities",
          "the private sector",
          "trade unions",
          "parliamentarians",
          "national human rights institutions",
          "the International Red Cross and Red Crescent Movement",
          "academia",
          "the media",
          "other relevant stakeholders");

  @Test
  void paragraph44ListsItsThirteenGroupsInOrderWordForWord() {
    List<StakeholderGroup> groups = StakeholderGroup.paragraph44();
    assertEquals(
        PARAGRAPH_44,
        groups.stream().map(StakeholderGroup::getTitle).collect(Collectors.toList()));
    assertEquals(
        List.of(StakeholderGroup.values()).subList(0, 13), groups, "paragraph 44 groups come first");
  }

  @Test
  void paragraph44IsUnmodifiable() {
    assertThrows(
        UnsupportedOperationException.class,
        () -> StakeholderGroup.paragraph44().add(StakeholderGroup.YOUTH));
  }

  @ParameterizedTest
  @MethodSource("io.github.gcmsdk.catalog.StakeholderGroup#values")
  void namedInParagraph44MatchesTheParagraph(StakeholderGroup group) {
    assertEquals(
        PARAGRAPH_44.contains(group.getTitle()), group.isNamedInParagraph44(), group.name());
    assertEquals(StakeholderGroup.paragraph44().contains(group), group.isNamedInParagraph44());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "MIGRANTS | migrants | migrants | true",
        "CIVIL_SOCIETY | civil-society | civil society | true",
        "MIGRANT_AND_DIASPORA_ORGANIZATIONS | migrant-and-diaspora-organizations | migrant and diaspora organizations | true",
        "FAITH_BASED_ORGANIZATIONS | faith-based-organizations | faith-based organizations | true",
        "LOCAL_AUTHORITIES_AND_COMMUNITIES | local-authorities-and-communities | local authorities and communities | true",
        "PRIVATE_SECTOR | private-sector | the private sector | true",
        "TRADE_UNIONS | trade-unions | trade unions | true",
        "PARLIAMENTARIANS | parliamentarians | parliamentarians | true",
        "NATIONAL_HUMAN_RIGHTS_INSTITUTIONS | national-human-rights-institutions | national human rights institutions | true",
        "RED_CROSS_AND_RED_CRESCENT_MOVEMENT | red-cross-and-red-crescent-movement | the International Red Cross and Red Crescent Movement | true",
        "ACADEMIA | academia | academia | true",
        "MEDIA | media | the media | true",
        "OTHER_RELEVANT_STAKEHOLDERS | other-relevant-stakeholders | other relevant stakeholders | true",
        "YOUTH | youth | youth | false",
        "CHILDREN | children | children | false",
        "WOMENS_ORGANIZATIONS | womens-organizations | women's organizations | false",
        "EMPLOYERS_ORGANIZATIONS | employers-organizations | employers' organizations | false",
        "CITIES_AND_LOCAL_GOVERNMENTS | cities-and-local-governments | cities and local governments | false",
        "UN_ENTITIES | un-entities | United Nations entities | false",
        "REGIONAL_ORGANIZATIONS | regional-organizations | regional organizations | false",
        "GOVERNMENTS | governments | governments | false"
      })
  void everyGroupHasItsCodeAndTitle(
      StakeholderGroup group, String code, String title, boolean inParagraph44) {
    assertAll(
        () -> assertEquals(code, group.getCode()),
        () -> assertEquals(title, group.getTitle()),
        () -> assertEquals(inParagraph44, group.isNamedInParagraph44()),
        () -> assertSame(group, StakeholderGroup.fromCode(code)));
  }

  @Test
  void thereAreTwentyOneGroups() {
    assertEquals(21, StakeholderGroup.values().length);
  }

  @ParameterizedTest
  @MethodSource("io.github.gcmsdk.catalog.StakeholderGroup#values")
  void parseAcceptsCodeAndTitleInAnyCase(StakeholderGroup group) {
    assertSame(group, StakeholderGroup.parse(group.getCode()));
    assertSame(group, StakeholderGroup.parse(group.getTitle()));
    assertSame(group, StakeholderGroup.parse(group.getTitle().toUpperCase()));
    assertSame(group, StakeholderGroup.parse(" " + group.getCode().toUpperCase() + " "));
  }

  static Stream<Arguments> variants() {
    return Stream.of(
        Arguments.of("private sector", StakeholderGroup.PRIVATE_SECTOR),
        Arguments.of("The Media", StakeholderGroup.MEDIA),
        Arguments.of("International Red Cross and Red Crescent Movement", StakeholderGroup.RED_CROSS_AND_RED_CRESCENT_MOVEMENT),
        Arguments.of("Trade Unions", StakeholderGroup.TRADE_UNIONS),
        Arguments.of("trade_unions", StakeholderGroup.TRADE_UNIONS),
        Arguments.of("faith based organisations", StakeholderGroup.FAITH_BASED_ORGANIZATIONS),
        Arguments.of("Women\u2019s organisations", StakeholderGroup.WOMENS_ORGANIZATIONS),
        Arguments.of("womens organizations", StakeholderGroup.WOMENS_ORGANIZATIONS),
        Arguments.of("Employers organisations", StakeholderGroup.EMPLOYERS_ORGANIZATIONS),
        Arguments.of("civil society organisations", StakeholderGroup.CIVIL_SOCIETY),
        Arguments.of("NHRIs", StakeholderGroup.NATIONAL_HUMAN_RIGHTS_INSTITUTIONS),
        Arguments.of("UN entities", StakeholderGroup.UN_ENTITIES),
        Arguments.of("UN agencies", StakeholderGroup.UN_ENTITIES),
        Arguments.of("young people", StakeholderGroup.YOUTH));
  }

  @ParameterizedTest
  @MethodSource("variants")
  void parseAcceptsCommonVariants(String text, StakeholderGroup expected) {
    assertSame(expected, StakeholderGroup.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "xyz", "the", "trade unions.", "trade, unions", "migrant"})
  void parseRejectsOtherText(String text) {
    CatalogException e = assertThrows(CatalogException.class, () -> StakeholderGroup.parse(text));
    assertEquals(
        "Cannot parse StakeholderGroup: \""
            + text
            + "\" (write a code or a title, for example \"trade-unions\" or \"the private sector\")",
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Trade-unions", "trade unions", "trade-unions ", "the-media"})
  void fromCodeIsStrict(String code) {
    CatalogException e = assertThrows(CatalogException.class, () -> StakeholderGroup.fromCode(code));
    assertTrue(e.getMessage().startsWith("Unknown code for StakeholderGroup: \""), e.getMessage());
    assertTrue(e.getMessage().contains("known codes: migrants, civil-society,"), e.getMessage());
  }

  @Test
  void extrasAreNotInParagraph44() {
    assertFalse(StakeholderGroup.YOUTH.isNamedInParagraph44());
    assertFalse(StakeholderGroup.GOVERNMENTS.isNamedInParagraph44());
  }

  @Test
  void staticMethodsRejectNull() {
    assertAll(
        () -> assertThrows(NullPointerException.class, () -> StakeholderGroup.fromCode(null)),
        () -> assertThrows(NullPointerException.class, () -> StakeholderGroup.parse(null)));
  }
}
