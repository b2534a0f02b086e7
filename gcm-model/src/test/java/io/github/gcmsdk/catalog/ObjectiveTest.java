package io.github.gcmsdk.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
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

/** TCK for {@link Objective}. */
class ObjectiveTest {

  // -----------------------------------------------------------------------------------------------
  // Catalogue content, pinned to A/RES/73/195

  static Stream<Arguments> officialTitles() {
    return Stream.of(
        Arguments.of(1, Objective.DATA, "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies", "Data"),
        Arguments.of(2, Objective.MINIMIZE_ADVERSE_DRIVERS, "Minimize the adverse drivers and structural factors that compel people to leave their country of origin", "Minimize adverse drivers"),
        Arguments.of(3, Objective.INFORMATION_PROVISION, "Provide accurate and timely information at all stages of migration", "Information provision"),
        Arguments.of(4, Objective.LEGAL_IDENTITY_AND_DOCUMENTATION, "Ensure that all migrants have proof of legal identity and adequate documentation", "Legal identity and documentation"),
        Arguments.of(5, Objective.REGULAR_PATHWAYS, "Enhance availability and flexibility of pathways for regular migration", "Regular pathways"),
        Arguments.of(6, Objective.RECRUITMENT_AND_DECENT_WORK, "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work", "Recruitment and decent work"),
        Arguments.of(7, Objective.REDUCE_VULNERABILITIES, "Address and reduce vulnerabilities in migration", "Reduce vulnerabilities"),
        Arguments.of(8, Objective.SAVE_LIVES, "Save lives and establish coordinated international efforts on missing migrants", "Save lives"),
        Arguments.of(9, Objective.COUNTER_SMUGGLING, "Strengthen the transnational response to smuggling of migrants", "Counter smuggling"),
        Arguments.of(10, Objective.ERADICATE_TRAFFICKING, "Prevent, combat and eradicate trafficking in persons in the context of international migration", "Eradicate trafficking"),
        Arguments.of(11, Objective.MANAGE_BORDERS, "Manage borders in an integrated, secure and coordinated manner", "Manage borders"),
        Arguments.of(12, Objective.SCREENING_AND_REFERRAL, "Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral", "Screening and referral"),
        Arguments.of(13, Objective.ALTERNATIVES_TO_DETENTION, "Use migration detention only as a measure of last resort and work towards alternatives", "Alternatives to detention"),
        Arguments.of(14, Objective.CONSULAR_PROTECTION, "Enhance consular protection, assistance and cooperation throughout the migration cycle", "Consular protection"),
        Arguments.of(15, Objective.ACCESS_TO_BASIC_SERVICES, "Provide access to basic services for migrants", "Access to basic services"),
        Arguments.of(16, Objective.INCLUSION_AND_SOCIAL_COHESION, "Empower migrants and societies to realize full inclusion and social cohesion", "Inclusion and social cohesion"),
        Arguments.of(17, Objective.ELIMINATE_DISCRIMINATION, "Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration", "Eliminate discrimination"),
        Arguments.of(18, Objective.SKILLS_DEVELOPMENT_AND_RECOGNITION, "Invest in skills development and facilitate mutual recognition of skills, qualifications and competences", "Skills development and recognition"),
        Arguments.of(19, Objective.MIGRANT_AND_DIASPORA_CONTRIBUTIONS, "Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries", "Migrant and diaspora contributions"),
        Arguments.of(20, Objective.REMITTANCES, "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants", "Remittances"),
        Arguments.of(21, Objective.DIGNIFIED_RETURN_AND_REINTEGRATION, "Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration", "Dignified return and reintegration"),
        Arguments.of(22, Objective.SOCIAL_PROTECTION, "Establish mechanisms for the portability of social security entitlements and earned benefits", "Social protection"),
        Arguments.of(23, Objective.INTERNATIONAL_COOPERATION, "Strengthen international cooperation and global partnerships for safe, orderly and regular migration", "International cooperation"));
  }

  @ParameterizedTest
  @MethodSource("officialTitles")
  void everyObjectiveHasItsOfficialTitleAndHubLabel(
      int number, Objective objective, String title, String shortLabel) {
    assertAll(
        () -> assertEquals(number, objective.getNumber()),
        () -> assertEquals(title, objective.getTitle()),
        () -> assertEquals(shortLabel, objective.getShortLabel()),
        () -> assertSame(objective, Objective.of(number)));
  }

  @Test
  void thereAreTwentyThreeObjectivesInNumberOrder() {
    Objective[] values = Objective.values();
    assertEquals(23, values.length);
    for (int i = 0; i < values.length; i++) {
      assertEquals(i + 1, values[i].getNumber());
    }
    assertEquals(23L, officialTitles().count());
  }

  @ParameterizedTest
  @EnumSource(Objective.class)
  void titlesAreCleanText(Objective objective) {
    String title = objective.getTitle();
    assertEquals(title.strip(), title);
    assertTrue(!title.contains("  ") && !title.contains(" -") && !title.endsWith("."), title);
    assertTrue(Character.isUpperCase(title.charAt(0)), title);
  }

  // -----------------------------------------------------------------------------------------------
  // of(int)

  @Test
  void ofReturnsTheObjectiveForEveryNumber() {
    for (int number = 1; number <= 23; number++) {
      Objective objective = Objective.of(number);
      assertEquals(number, objective.getNumber());
      assertSame(objective, Objective.values()[number - 1]);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "0, 'Invalid value for Objective: 0 (the GCM has objectives 1 to 23)'",
    "24, 'Invalid value for Objective: 24 (the GCM has objectives 1 to 23)'",
    "-1, 'Invalid value for Objective: -1 (the GCM has objectives 1 to 23)'",
    "2147483647, 'Invalid value for Objective: 2147483647 (the GCM has objectives 1 to 23)'",
    "-2147483648, 'Invalid value for Objective: -2147483648 (the GCM has objectives 1 to 23)'"
  })
  void ofRejectsNumbersOutsideOneToTwentyThree(int number, String message) {
    CatalogException e = assertThrows(CatalogException.class, () -> Objective.of(number));
    assertEquals(message, e.getMessage());
    assertEquals("Objective", e.getCatalog());
    assertEquals(Integer.toString(number), e.getInput());
  }

  // -----------------------------------------------------------------------------------------------
  // codes

  @ParameterizedTest
  @EnumSource(Objective.class)
  void codeIsTheNumberAndRoundTripsThroughFromCode(Objective objective) {
    assertEquals(Integer.toString(objective.getNumber()), objective.getCode());
    assertSame(objective, Objective.fromCode(objective.getCode()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "24", "011", "01", "+11", "-1", " 11", "11 ", "O11", "eleven", "Objective 11", "１１"})
  void fromCodeAcceptsOnlyTheExactDecimalNumber(String code) {
    CatalogException e = assertThrows(CatalogException.class, () -> Objective.fromCode(code));
    assertTrue(e.getMessage().startsWith("Unknown code for Objective: \""), e.getMessage());
    assertTrue(e.getMessage().endsWith("(known codes: 1 to 23)"), e.getMessage());
  }

  @Test
  void fromCodeMessageNamesTheCode() {
    CatalogException e = assertThrows(CatalogException.class, () -> Objective.fromCode("011"));
    assertEquals("Unknown code for Objective: \"011\" (known codes: 1 to 23)", e.getMessage());
    assertEquals("011", e.getInput());
  }

  @Test
  void codesAreUnique() {
    Set<String> codes = new HashSet<>();
    for (Objective objective : Objective.values()) {
      assertTrue(codes.add(objective.getCode()), objective.getCode());
    }
  }

  // -----------------------------------------------------------------------------------------------
  // parse

  static Stream<Arguments> acceptedForms() {
    return Stream.of(
        Arguments.of("11", Objective.MANAGE_BORDERS),
        Arguments.of("1", Objective.DATA),
        Arguments.of("23", Objective.INTERNATIONAL_COOPERATION),
        Arguments.of("O11", Objective.MANAGE_BORDERS),
        Arguments.of("o11", Objective.MANAGE_BORDERS),
        Arguments.of("o 11", Objective.MANAGE_BORDERS),
        Arguments.of("Obj 11", Objective.MANAGE_BORDERS),
        Arguments.of("OBJ11", Objective.MANAGE_BORDERS),
        Arguments.of("obj-11", Objective.MANAGE_BORDERS),
        Arguments.of("obj. 11", Objective.MANAGE_BORDERS),
        Arguments.of("obj.11", Objective.MANAGE_BORDERS),
        Arguments.of("Objective 11", Objective.MANAGE_BORDERS),
        Arguments.of("objective11", Objective.MANAGE_BORDERS),
        Arguments.of("OBJECTIVE 11", Objective.MANAGE_BORDERS),
        Arguments.of("Objective-11", Objective.MANAGE_BORDERS),
        Arguments.of("Objective 11 - borders", Objective.MANAGE_BORDERS),
        Arguments.of("Objective 11 \u2013 Manage borders", Objective.MANAGE_BORDERS),
        Arguments.of("Objective 11 \u2014 Manage borders", Objective.MANAGE_BORDERS),
        Arguments.of("Objective 11: Access", Objective.MANAGE_BORDERS),
        Arguments.of("Objective 11 (returns)", Objective.MANAGE_BORDERS),
        Arguments.of("Objective 11(returns)", Objective.MANAGE_BORDERS),
        Arguments.of("Objective 11.", Objective.MANAGE_BORDERS),
        Arguments.of("#11", Objective.MANAGE_BORDERS),
        Arguments.of("# 11", Objective.MANAGE_BORDERS),
        Arguments.of("  Objective 11  ", Objective.MANAGE_BORDERS),
        Arguments.of("\tO11\n", Objective.MANAGE_BORDERS),
        Arguments.of("\u00a0Objective\u00a011\u00a0", Objective.MANAGE_BORDERS),
        Arguments.of("Objective 05", Objective.REGULAR_PATHWAYS),
        // headings of the seed document
        Arguments.of("Objective 11 - borders", Objective.MANAGE_BORDERS),
        Arguments.of(
            "Objective 13 \u2013 Use migration detention only as a measure of last resort and work",
            Objective.ALTERNATIVES_TO_DETENTION),
        Arguments.of("Objective 15: Access to services", Objective.ACCESS_TO_BASIC_SERVICES),
        Arguments.of("Objective 21 (returns)", Objective.DIGNIFIED_RETURN_AND_REINTEGRATION),
        Arguments.of("Objective 7 (vulnerable populations)", Objective.REDUCE_VULNERABILITIES),
        Arguments.of("Objective 5: Regular pathways", Objective.REGULAR_PATHWAYS),
        Arguments.of("Objective 2: Drivers of migration", Objective.MINIMIZE_ADVERSE_DRIVERS),
        Arguments.of("Objective 20: Remittances", Objective.REMITTANCES));
  }

  @ParameterizedTest
  @MethodSource("acceptedForms")
  void parseAcceptsTheFormsPartnersWrite(String text, Objective expected) {
    assertSame(expected, Objective.parse(text));
    assertEquals(Optional.of(expected), Objective.tryParse(text));
  }

  @ParameterizedTest
  @EnumSource(Objective.class)
  void parseAcceptsEveryCodeAndEveryHeading(Objective objective) {
    assertSame(objective, Objective.parse(objective.getCode()));
    assertSame(objective, Objective.parse("Objective " + objective.getNumber()));
    assertSame(
        objective,
        Objective.parse("Objective " + objective.getNumber() + " \u2013 " + objective.getTitle()));
    assertSame(
        objective,
        Objective.parse("O" + objective.getNumber() + ": " + objective.getShortLabel()));
  }

  static Stream<Arguments> rejectedForms() {
    String cannot = "(write the number, for example \"11\" or \"Objective 11\")";
    String range = "(the GCM has objectives 1 to 23)";
    return Stream.of(
        Arguments.of("", "Cannot parse Objective: \"\" " + cannot),
        Arguments.of("   ", "Cannot parse Objective: \"   \" " + cannot),
        Arguments.of("Objective eleven", "Cannot parse Objective: \"Objective eleven\" " + cannot),
        Arguments.of("eleven", "Cannot parse Objective: \"eleven\" " + cannot),
        Arguments.of("24", "Invalid value for Objective: 24 in \"24\" " + range),
        Arguments.of("Objective 0", "Invalid value for Objective: 0 in \"Objective 0\" " + range),
        Arguments.of("Objective 24 - more", "Invalid value for Objective: 24 in \"Objective 24 - more\" " + range),
        Arguments.of("O99999999999", "Invalid value for Objective: 99999999999 in \"O99999999999\" " + range),
        Arguments.of("O-1", "Cannot parse Objective: \"O-1\" " + cannot),
        Arguments.of("-1", "Cannot parse Objective: \"-1\" " + cannot),
        Arguments.of("11a", "Cannot parse Objective: \"11a\" " + cannot),
        Arguments.of("1 1", "Cannot parse Objective: \"1 1\" " + cannot),
        Arguments.of("Objective 11 12", "Cannot parse Objective: \"Objective 11 12\" " + cannot),
        Arguments.of("Objective 11-12", "Cannot parse Objective: \"Objective 11-12\" " + cannot),
        Arguments.of("Objective 11 - 12", "Cannot parse Objective: \"Objective 11 - 12\" " + cannot),
        Arguments.of("11.5", "Cannot parse Objective: \"11.5\" " + cannot),
        Arguments.of("11/12", "Cannot parse Objective: \"11/12\" " + cannot),
        Arguments.of("objective", "Cannot parse Objective: \"objective\" " + cannot),
        Arguments.of("Objectives 6", "Cannot parse Objective: \"Objectives 6\" " + cannot),
        Arguments.of("Objective #11", "Cannot parse Objective: \"Objective #11\" " + cannot),
        Arguments.of("Objetivo 11", "Cannot parse Objective: \"Objetivo 11\" " + cannot),
        Arguments.of("Manage borders", "Cannot parse Objective: \"Manage borders\" " + cannot),
        Arguments.of("\u0661\u0661", "Cannot parse Objective: \"\u0661\u0661\" " + cannot),
        Arguments.of("Objective\n\u202e11", "Cannot parse Objective: \"Objective\\n\\u202E11\" " + cannot));
  }

  @ParameterizedTest
  @MethodSource("rejectedForms")
  void parseRejectsOtherFormsAndSaysWhatToWrite(String text, String message) {
    CatalogException e = assertThrows(CatalogException.class, () -> Objective.parse(text));
    assertEquals(message, e.getMessage());
    assertEquals("Objective", e.getCatalog());
    assertEquals(Optional.empty(), Objective.tryParse(text));
  }

  @Test
  void parseKeepsTheWholeTextAsInput() {
    CatalogException e =
        assertThrows(CatalogException.class, () -> Objective.parse("Objective 24 - more"));
    assertEquals("Objective 24 - more", e.getInput());
  }

  @Test
  void parseAcceptsAnyCharSequence() {
    assertSame(Objective.SAVE_LIVES, Objective.parse(new StringBuilder("Objective 8")));
  }

  @Test
  void parseOfLongHostileInputIsLinearAndTruncated() {
    String text = "Objective 1" + " ".repeat(200_000) + "x";
    CatalogException e = assertThrows(CatalogException.class, () -> Objective.parse(text));
    assertNotNull(e.getMessage());
    assertEquals(64 + "...".length(), e.getInput().length());
    String digits = "9".repeat(100_000);
    CatalogException range = assertThrows(CatalogException.class, () -> Objective.parse(digits));
    assertTrue(range.getMessage().startsWith("Invalid value for Objective: " + "9".repeat(64) + "..."));
  }

  // -----------------------------------------------------------------------------------------------
  // round tables

  @ParameterizedTest
  @EnumSource(Objective.class)
  void everyObjectiveIsInItsRoundTable(Objective objective) {
    assertTrue(objective.getRoundTable().getObjectives().contains(objective));
    assertSame(objective.getRoundTable(), RoundTable.of(objective));
  }

  // -----------------------------------------------------------------------------------------------
  // null

  @Test
  void staticMethodsRejectNull() {
    assertAll(
        () -> assertThrows(NullPointerException.class, () -> Objective.fromCode(null)),
        () -> assertThrows(NullPointerException.class, () -> Objective.parse(null)),
        () -> assertThrows(NullPointerException.class, () -> Objective.tryParse(null)),
        () -> assertThrows(NullPointerException.class, () -> Objective.valueOf(null)));
  }
}
