package io.github.gcmsdk.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** TCK for {@link Theme}. */
class ThemeTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "CHILDREN | children | Children",
        "LABOUR_RIGHTS | labour-rights | Labour rights",
        "COVID_19 | covid-19 | COVID-19",
        "YOUTH | youth | Youth",
        "CITIES | cities | Cities",
        "CLIMATE | climate | Climate",
        "MULTILATERAL_COOPERATION | multilateral-cooperation | Multilateral cooperation",
        "MULTI_STAKEHOLDER_PARTNERSHIPS | multi-stakeholder-partnerships | Multi-stakeholder partnerships",
        "WHOLE_OF_GOVERNMENT_AND_SOCIETY | whole-of-government-and-society | Whole-of-government and whole-of-society approach",
        "LABOUR_MIGRATION | labour-migration | Labour migration",
        "FAMILY_REUNIFICATION | family-reunification | Family reunification",
        "REGULARISATION | regularisation | Regularisation",
        "GENDER | gender | Gender",
        "DIGITALISATION | digitalisation | Digitalisation",
        "HUMAN_RIGHTS_DEFENDERS | human-rights-defenders | Human rights defenders",
        "DETENTION | detention | Detention",
        "BORDER_GOVERNANCE | border-governance | Border governance",
        "MIGRANT_PARTICIPATION | migrant-participation | Migrant participation"
      })
  void everyThemeHasItsCodeAndTitle(Theme theme, String code, String title) {
    assertAll(
        () -> assertEquals(code, theme.getCode()),
        () -> assertEquals(title, theme.getTitle()),
        () -> assertSame(theme, Theme.fromCode(code)));
  }

  @Test
  void thereAreEighteenThemes() {
    assertEquals(18, Theme.values().length);
  }

  @ParameterizedTest
  @MethodSource("io.github.gcmsdk.catalog.Theme#values")
  void parseAcceptsCodeAndTitle(Theme theme) {
    assertSame(theme, Theme.parse(theme.getCode()));
    assertSame(theme, Theme.parse(theme.getTitle()));
    assertSame(theme, Theme.parse(theme.getTitle().toLowerCase()));
  }

  /** Headings and phrases of the seed document (UNECE 2020 stakeholder input). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Children | CHILDREN",
        "Labour rights | LABOUR_RIGHTS",
        "Covid-19 | COVID_19",
        "Covid 19 | COVID_19",
        "COVID19 | COVID_19",
        "Youth | YOUTH",
        "Cities | CITIES",
        "Multilateral cooperation | MULTILATERAL_COOPERATION",
        "Multi-stakeholder partnerships | MULTI_STAKEHOLDER_PARTNERSHIPS",
        "Multistakeholder partnerships | MULTI_STAKEHOLDER_PARTNERSHIPS",
        "Whole of government and whole of society approach | WHOLE_OF_GOVERNMENT_AND_SOCIETY",
        "Labor migration | LABOUR_MIGRATION",
        "Family reunification | FAMILY_REUNIFICATION",
        "Regularisation | REGULARISATION",
        "Regularization | REGULARISATION",
        "Digitalization | DIGITALISATION",
        "climate change | CLIMATE",
        "Human rights defenders | HUMAN_RIGHTS_DEFENDERS"
      })
  void parseAcceptsTheHeadingsOfRealInput(String text, Theme expected) {
    assertSame(expected, Theme.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Covid-19.", "Labour", "human rights", "xyz"})
  void parseRejectsOtherText(String text) {
    CatalogException e = assertThrows(CatalogException.class, () -> Theme.parse(text));
    assertEquals(
        "Cannot parse Theme: \""
            + text
            + "\" (write a code or a title, for example \"labour-rights\" or \"COVID-19\")",
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"COVID-19", "covid19", "Children", "labour_rights"})
  void fromCodeIsStrict(String code) {
    CatalogException e = assertThrows(CatalogException.class, () -> Theme.fromCode(code));
    assertTrue(e.getMessage().startsWith("Unknown code for Theme: \"" + code + "\" (known codes: children, labour-rights, covid-19,"), e.getMessage());
  }

  @Test
  void staticMethodsRejectNull() {
    assertAll(
        () -> assertThrows(NullPointerException.class, () -> Theme.fromCode(null)),
        () -> assertThrows(NullPointerException.class, () -> Theme.parse(null)));
  }
}
