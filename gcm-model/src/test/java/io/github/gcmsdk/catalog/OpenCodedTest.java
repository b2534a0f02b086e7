package io.github.gcmsdk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.model.ReferenceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The open catalogues: known constants, partners' own codes, and what stays an error. */
class OpenCodedTest {

  @Test
  void aKnownCodeGivesTheConstant() {
    assertSame(Theme.LABOUR_RIGHTS, Theme.of("labour-rights"));
    assertSame(StakeholderGroup.TRADE_UNIONS, StakeholderGroup.of("trade-unions"));
    assertSame(SubRegion.CENTRAL_ASIA, SubRegion.of("central-asia"));
    assertSame(ReferenceKind.REPORT, ReferenceKind.of("report"));
    assertTrue(Theme.LABOUR_RIGHTS.isKnown());
    assertEquals("LABOUR_RIGHTS", Theme.LABOUR_RIGHTS.name());
    assertEquals("LABOUR_RIGHTS", Theme.LABOUR_RIGHTS.toString());
  }

  @Test
  void aPartnersCodeIsKeptExactlyAndIsNotKnown() {
    Theme kafala = Theme.of("kafala");
    assertEquals("kafala", kafala.getCode());
    assertFalse(kafala.isKnown());
    assertEquals("kafala", kafala.getTitle());
    assertEquals("kafala", kafala.name());
    assertEquals(Theme.of("kafala"), kafala);
    assertEquals(Theme.of("kafala").hashCode(), kafala.hashCode());
    assertNotEquals(StakeholderGroup.of("kafala"), kafala, "another catalogue");
    StakeholderGroup nonState = StakeholderGroup.of("non-state-actors");
    assertFalse(nonState.isKnown());
    assertFalse(nonState.isNamedInParagraph44());
    assertEquals("non-state-actors", nonState.getTitle());
    SubRegion sahel = SubRegion.of("sahel");
    assertFalse(sahel.isKnown());
    assertEquals(Set.of(), sahel.getCountries());
    assertEquals(Optional.empty(), sahel.getOrganization());
    assertFalse(ReferenceKind.of("declaration").isKnown());
  }

  @Test
  void fromCodeStaysStrict() {
    assertThrows(CatalogException.class, () -> Theme.fromCode("kafala"));
    assertThrows(CatalogException.class, () -> StakeholderGroup.fromCode("non-state-actors"));
    assertThrows(CatalogException.class, () -> SubRegion.fromCode("sahel"));
    assertThrows(CatalogException.class, () -> ReferenceKind.fromCode("declaration"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Kafala", "free movement", "free--movement", "-x", "x-", "é",
      "free_movement", "a\u0000"})
  void whatIsNotACodeIsRejected(String text) {
    CatalogException e = assertThrows(CatalogException.class, () -> Theme.of(text));
    assertTrue(e.getMessage().startsWith("Malformed code for Theme: \""), e.getMessage());
    assertFalse(OpenCoded.isWellFormed(text));
  }

  @Test
  void codesAreAtMostAHundredCharacters() {
    assertEquals(100, Theme.of("a".repeat(100)).getCode().length());
    assertThrows(CatalogException.class, () -> Theme.of("a".repeat(101)));
  }

  @Test
  void knownEntriesSortFirstInCatalogueOrderThenPartnersByCode() {
    List<Theme> themes = new ArrayList<>(List.of(Theme.of("zoo"), Theme.GENDER, Theme.of("abc"),
        Theme.CHILDREN));
    themes.sort(null);
    assertEquals(List.of(Theme.CHILDREN, Theme.GENDER, Theme.of("abc"), Theme.of("zoo")), themes);
    assertEquals(0, Theme.of("abc").compareTo(Theme.of("abc")));
  }

  /** gcm-reference-2.md section 5: the organisations' codes and members. */
  @Test
  void regionalOrganisationsAreKnownGroupings() {
    SubRegion gcc = SubRegion.of("gcc");
    assertTrue(gcc.isKnown());
    assertEquals("GCC", gcc.name());
    assertEquals(Optional.of(RegionalOrganization.GCC), gcc.getOrganization());
    assertEquals(new TreeSet<>(List.of(Country.of("AE"), Country.of("BH"), Country.of("KW"),
        Country.of("OM"), Country.of("QA"), Country.of("SA"))), gcc.getCountries());
    for (String code : new String[] {"igad", "ecowas", "asean", "au", "sadc", "eac", "las",
        "mercosur", "caricom", "sica", "pif", "can"}) {
      SubRegion region = SubRegion.of(code);
      assertTrue(region.isKnown(), code);
      assertEquals(region.getOrganization().get().getMembers(), region.getCountries(), code);
      assertSame(region, SubRegion.of(region.getOrganization().get()));
    }
    assertEquals(8, SubRegion.of("igad").getCountries().size());
    assertEquals(12, SubRegion.of("ecowas").getCountries().size());
    assertEquals(11, SubRegion.of("asean").getCountries().size());
    assertSame(SubRegion.EUROPEAN_UNION, SubRegion.of(RegionalOrganization.EU));
    assertEquals(RegionalOrganization.EU.getMembers(), SubRegion.EUROPEAN_UNION.getCountries());
    assertFalse(SubRegion.of("eu").isKnown(), "the EU is european-union, not a second code");
    assertSame(SubRegion.of("ecowas"), SubRegion.parse("ECOWAS"));
    assertSame(SubRegion.of("igad"), SubRegion.parse("Intergovernmental Authority on Development"));
  }
}
