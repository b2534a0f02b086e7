package io.github.gcmsdk.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gcmsdk.catalog.Country;
import io.github.gcmsdk.catalog.GuidingPrinciple;
import io.github.gcmsdk.catalog.Objective;
import io.github.gcmsdk.catalog.StakeholderGroup;
import io.github.gcmsdk.catalog.Theme;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Builds the "Objective 11 - borders" section of the summary of stakeholder input to the UNECE
 * regional review (12-13 November 2020) in code, with its nested "Children" section, and checks
 * the model's contract on it: structure and links, value equality, {@code with*} copies,
 * unmodifiable lists, required attributes and null rejection.
 *
 * <p>The texts are the source's words (PDF line breaks removed), as in
 * {@code examples/data/unece-2020-stakeholder-input.json}.
 */
class Objective11SectionTest {

  private static final String CHISINAU_ID = "ref-chisinau-agreement";

  private static final String VIOLATIONS =
      "Across the broad UNECE region, stakeholders noted that there were multiple violations of "
          + "Objective 11. One word that summarizes this: violence.";
  private static final String PUSHBACKS =
      "This included collective or summary expulsions, forced returns, pushbacks - at sea or land "
          + "borders and without due process - as well as the criminalization of human rights "
          + "defenders and individuals who provide humanitarian assistance to undocumented migrants.";
  private static final String END_IMPUNITY =
      "We need more accountability and to end abuses at the border \u2013 we need to end impunity. "
          + "Nothing justifies violence and pushbacks.";
  private static final String MONITORING =
      "More transparent governance and independent monitoring at borders, including by national "
          + "human rights institutions. States should properly resource these monitors.";
  private static final String FAIR_PROCEDURES =
      "Access to individual and fair procedures at the borders, and reception conditions complying "
          + "with international human rights standards. This is also linked to states "
          + "non-refoulement obligations towards migrants in situations of vulnerability "
          + "(Objective 7) and decisions about return (Objective 21).";
  private static final String BEST_INTERESTS =
      "Best interests of the child is a guiding principle of the GCM but implementation at the "
          + "national level needs to factor in concrete ways to make it operational.";
  private static final String BEST_INTERESTS_PROCEDURE =
      "Objective 21 (returns): A best interests procedure should be carried out to determine "
          + "whether return is indeed in the child\u2019s best interest.";
  private static final String SAFEGUARDS =
      "Introduce safeguards in asylum and border procedures so that children can access pathways "
          + "for international protection or regularisation on other grounds (including protection "
          + "of family and private life).";
  private static final String MULTISTAKEHOLDER_COOPERATION =
      "Importance of multistakeholder cooperation: civil society in the EU as well as in the CIS "
          + "region (concerning the Chisinau Agreement) are working with governments and UN bodies "
          + "to develop durable solutions for children in return procedures.";

  private static Reference chisinauAgreement() {
    return Reference.builder()
        .id(CHISINAU_ID)
        .title("Agreement on cooperation of the States Parties of the Commonwealth of Independent "
            + "States in matters of the return of minors to the states of their permanent residence")
        .shortTitle("Chisinau Agreement")
        .kind(ReferenceKind.AGREEMENT)
        .date(PartialDate.parse("2002-10-07"))
        .place("Chisinau")
        .build();
  }

  private static Section children() {
    return Section.builder()
        .id("obj11-children")
        .heading("Children")
        .addTheme(Theme.CHILDREN)
        .addFinding(Finding.builder()
            .id("obj11-children-finding-1")
            .kind(FindingKind.CHALLENGE)
            .text(BEST_INTERESTS)
            .build())
        .addFinding(Finding.builder()
            .id("obj11-children-finding-2")
            .kind(FindingKind.CHALLENGE)
            .text(BEST_INTERESTS_PROCEDURE)
            .addObjective(Objective.of(21))
            .build())
        .addRecommendation(Recommendation.builder()
            .id("obj11-children-rec-1")
            .text(SAFEGUARDS)
            .addObjective(Objective.of(11))
            .addPrinciple(GuidingPrinciple.CHILD_SENSITIVE)
            .build())
        .addRecommendation(Recommendation.builder()
            .id("obj11-children-rec-2")
            .text(MULTISTAKEHOLDER_COOPERATION)
            .addObjective(Objective.of(11))
            .addPrinciples(
                GuidingPrinciple.CHILD_SENSITIVE, GuidingPrinciple.WHOLE_OF_SOCIETY_APPROACH)
            .addReferenceId(CHISINAU_ID)
            .build())
        .addReference(chisinauAgreement())
        .build();
  }

  /** Builds the section afresh on every call, so that two calls give equal but distinct values. */
  private static Section objective11() {
    return Section.builder()
        .id("obj11")
        .heading("Objective 11 - borders")
        .addObjective(Objective.of(11))
        .addTheme(Theme.BORDER_GOVERNANCE)
        .addFinding(Finding.builder()
            .id("obj11-finding-1").kind(FindingKind.VIOLATION).text(VIOLATIONS).build())
        .addFinding(Finding.builder()
            .id("obj11-finding-2")
            .kind(FindingKind.VIOLATION)
            .text(PUSHBACKS)
            .addTheme(Theme.HUMAN_RIGHTS_DEFENDERS)
            .build())
        .addFinding(Finding.builder()
            .id("obj11-finding-3").kind(FindingKind.CONCERN).text(END_IMPUNITY).build())
        .addRecommendation(Recommendation.builder()
            .id("obj11-rec-1")
            .text(MONITORING)
            .addObjective(Objective.of(11))
            .addAddressee(Actor.builder().group(StakeholderGroup.GOVERNMENTS).name("States").build())
            .build())
        .addRecommendation(Recommendation.builder()
            .id("obj11-rec-2")
            .text(FAIR_PROCEDURES)
            .addObjective(Objective.of(11))
            .addRelatedObjectives(Objective.of(7), Objective.of(21))
            .addAddressee(Actor.builder().group(StakeholderGroup.GOVERNMENTS).name("States").build())
            .addPrinciples(
                GuidingPrinciple.HUMAN_RIGHTS, GuidingPrinciple.RULE_OF_LAW_AND_DUE_PROCESS)
            .build())
        .addSection(children())
        .build();
  }

  // ------------------------------------------------------------------------------------ structure

  @Test
  void objective11SectionHasThreeFindingsTwoRecommendationsAndOneNestedSection() {
    Section section = objective11();

    assertAll(
        () -> assertEquals("obj11", section.getId()),
        () -> assertEquals("Objective 11 - borders", section.getHeading()),
        () -> assertEquals(Optional.empty(), section.getLabel()),
        () -> assertEquals(List.of(Objective.MANAGE_BORDERS), section.getObjectives()),
        () -> assertEquals(List.of(Theme.BORDER_GOVERNANCE), section.getThemes()),
        () -> assertEquals(3, section.getFindings().size()),
        () -> assertEquals(2, section.getRecommendations().size()),
        () -> assertEquals(1, section.getSections().size()),
        () -> assertTrue(section.getPractices().isEmpty()),
        () -> assertTrue(section.getFigures().isEmpty()),
        () -> assertTrue(section.getReferences().isEmpty()),
        () -> assertTrue(section.getOpenQuestions().isEmpty()),
        () -> assertTrue(section.getExtensions().isEmpty()));
  }

  @Test
  void findingsKeepSourceOrderWithKindsViolationViolationConcern() {
    List<Finding> findings = objective11().getFindings();

    assertEquals(
        List.of(FindingKind.VIOLATION, FindingKind.VIOLATION, FindingKind.CONCERN),
        findings.stream().map(Finding::getKind).collect(Collectors.toList()));
    assertEquals(
        List.of(VIOLATIONS, PUSHBACKS, END_IMPUNITY),
        findings.stream().map(Finding::getText).collect(Collectors.toList()));
    assertTrue(findings.get(1).getText().contains("criminalization of human rights defenders"));
    assertTrue(findings.get(2).getText().contains("we need to end impunity"));
    assertEquals(List.of(Theme.HUMAN_RIGHTS_DEFENDERS), findings.get(1).getThemes());
  }

  @Test
  void bothRecommendationsAddressObjective11AndOnlyTheSecondLinksObjectives7And21() {
    List<Recommendation> recommendations = objective11().getRecommendations();
    Recommendation monitoring = recommendations.get(0);
    Recommendation procedures = recommendations.get(1);

    assertAll(
        () -> assertEquals("obj11-rec-1", monitoring.getId()),
        () -> assertEquals(List.of(Objective.MANAGE_BORDERS), monitoring.getObjectives()),
        () -> assertTrue(monitoring.getRelatedObjectives().isEmpty()),
        () -> assertEquals("obj11-rec-2", procedures.getId()),
        () -> assertEquals(List.of(Objective.MANAGE_BORDERS), procedures.getObjectives()),
        () -> assertEquals(
            List.of(Objective.REDUCE_VULNERABILITIES, Objective.DIGNIFIED_RETURN_AND_REINTEGRATION),
            procedures.getRelatedObjectives()),
        () -> assertEquals(
            List.of(GuidingPrinciple.HUMAN_RIGHTS, GuidingPrinciple.RULE_OF_LAW_AND_DUE_PROCESS),
            procedures.getPrinciples()),
        () -> assertEquals(
            Optional.of(StakeholderGroup.GOVERNMENTS), procedures.getAddressees().get(0).getGroup()),
        () -> assertEquals(Optional.of("States"), procedures.getAddressees().get(0).getName()));
  }

  @Test
  void childrenSectionIsNestedWithItsFindingsRecommendationsAndReference() {
    Section children = objective11().getSections().get(0);

    assertAll(
        () -> assertEquals("obj11-children", children.getId()),
        () -> assertEquals("Children", children.getHeading()),
        () -> assertTrue(children.getObjectives().isEmpty(), "a nested section inherits 11"),
        () -> assertEquals(List.of(Theme.CHILDREN), children.getThemes()),
        () -> assertEquals(2, children.getFindings().size()),
        () -> assertEquals(2, children.getRecommendations().size()),
        () -> assertEquals(1, children.getReferences().size()),
        () -> assertTrue(children.getSections().isEmpty()));
  }

  @Test
  void childrenFindingOnReturnsAddsObjective21() {
    Finding returns = objective11().getSections().get(0).getFindings().get(1);

    assertEquals(Optional.of("obj11-children-finding-2"), returns.getId());
    assertEquals(List.of(Objective.DIGNIFIED_RETURN_AND_REINTEGRATION), returns.getObjectives());
    assertTrue(returns.getText().startsWith("Objective 21 (returns):"));
  }

  @Test
  void childrenRecommendationsAddressObjective11AndAreChildSensitive() {
    for (Recommendation recommendation :
        objective11().getSections().get(0).getRecommendations()) {
      assertEquals(List.of(Objective.MANAGE_BORDERS), recommendation.getObjectives());
      assertTrue(recommendation.getPrinciples().contains(GuidingPrinciple.CHILD_SENSITIVE));
    }
  }

  @Test
  void everyCitedReferenceIdResolvesAndTheChisinauAgreementIsCitedByTheSecondChildrenRecommendation() {
    Section section = objective11();
    Set<String> defined = new HashSet<>();
    List<String> cited = new ArrayList<>();
    collect(section, defined, cited);

    assertEquals(List.of(CHISINAU_ID), cited);
    assertTrue(defined.containsAll(cited), () -> "dangling reference ids in " + cited);
    Recommendation cooperation = section.getSections().get(0).getRecommendations().get(1);
    assertEquals(List.of(CHISINAU_ID), cooperation.getReferenceIds());
    assertEquals(CHISINAU_ID, section.getSections().get(0).getReferences().get(0).getId());
  }

  private static void collect(Section section, Set<String> defined, List<String> cited) {
    section.getReferences().forEach(reference -> defined.add(reference.getId()));
    section.getFindings().forEach(finding -> cited.addAll(finding.getReferenceIds()));
    section.getRecommendations().forEach(rec -> cited.addAll(rec.getReferenceIds()));
    section.getPractices().forEach(practice -> cited.addAll(practice.getReferenceIds()));
    section.getSections().forEach(nested -> collect(nested, defined, cited));
  }

  @Test
  void chisinauAgreementIsDated7October2002ToTheDay() {
    Reference agreement = objective11().getSections().get(0).getReferences().get(0);
    PartialDate date = agreement.getDate().orElseThrow();

    assertAll(
        () -> assertEquals(PartialDate.of(LocalDate.of(2002, 10, 7)), date),
        () -> assertEquals(ChronoUnit.DAYS, date.getPrecision()),
        () -> assertEquals(Optional.of(LocalDate.of(2002, 10, 7)), date.getDate()),
        () -> assertEquals("2002-10-07", date.toString()),
        () -> assertEquals(Optional.of("Chisinau"), agreement.getPlace()),
        () -> assertEquals(Optional.of("Chisinau Agreement"), agreement.getShortTitle()),
        () -> assertEquals(ReferenceKind.AGREEMENT, agreement.getKind()),
        () -> assertFalse(agreement.isForthcoming()));
  }

  // ----------------------------------------------------------------------------- value equality

  @Test
  void twoIdenticallyBuiltSectionsAreEqualWithEqualHashCodesAndStrings() {
    Section first = objective11();
    Section second = objective11();

    assertNotSame(first, second);
    assertEquals(first, second);
    assertEquals(first.hashCode(), second.hashCode());
    assertEquals(first.toString(), second.toString());
  }

  @Test
  void sectionsThatDifferOnlyDeepInTheNestedSectionAreNotEqual() {
    Section original = objective11();
    Section children = original.getSections().get(0);
    Recommendation cooperation = children.getRecommendations().get(1);
    Section changed = original.withSections(children.withRecommendations(
        children.getRecommendations().get(0), cooperation.withReferenceIds()));

    assertNotEquals(original, changed);
  }

  // ------------------------------------------------------------------------------- with* copies

  @Test
  void withHeadingReturnsAChangedCopyAndLeavesTheOriginalUnaffected() {
    Section original = objective11();

    Section renamed = original.withHeading("Objective 11 \u2013 Manage borders");

    assertEquals("Objective 11 \u2013 Manage borders", renamed.getHeading());
    assertEquals("Objective 11 - borders", original.getHeading());
    assertEquals(objective11(), original);
    assertEquals(original.getFindings(), renamed.getFindings());
  }

  @Test
  void withRelatedObjectivesReturnsAChangedCopyAndLeavesTheOriginalUnaffected() {
    Recommendation original = objective11().getRecommendations().get(1);

    Recommendation narrowed = original.withRelatedObjectives(Objective.of(7));

    assertEquals(List.of(Objective.REDUCE_VULNERABILITIES), narrowed.getRelatedObjectives());
    assertEquals(
        List.of(Objective.REDUCE_VULNERABILITIES, Objective.DIGNIFIED_RETURN_AND_REINTEGRATION),
        original.getRelatedObjectives());
  }

  @Test
  void withSectionsReplacingTheNestedSectionLeavesTheOriginalUnaffected() {
    Section original = objective11();

    Section withoutChildren = original.withSections();

    assertTrue(withoutChildren.getSections().isEmpty());
    assertEquals(1, original.getSections().size());
    assertEquals(objective11(), original);
  }

  @Test
  void withKindOnAFindingLeavesTheOriginalUnaffected() {
    Finding original = objective11().getFindings().get(2);

    Finding asChallenge = original.withKind(FindingKind.CHALLENGE);

    assertEquals(FindingKind.CHALLENGE, asChallenge.getKind());
    assertEquals(FindingKind.CONCERN, original.getKind());
  }

  // ------------------------------------------------------------------------ unmodifiable lists

  /**
   * Empty lists are checked with {@code add}: Immutables returns {@code Collections.emptyList()},
   * whose {@code clear()} has nothing to remove and so, as in the JDK, does not throw.
   */
  @Test
  void listsReturnedBySectionsAndTheirItemsAreUnmodifiable() {
    Section section = objective11();
    Section children = section.getSections().get(0);
    Recommendation procedures = section.getRecommendations().get(1);
    Finding finding = section.getFindings().get(0);

    assertAll(
        unmodifiable(() -> section.getObjectives().add(Objective.of(12))),
        unmodifiable(() -> section.getThemes().clear()),
        unmodifiable(() -> section.getFindings().add(Finding.of("added"))),
        unmodifiable(() -> section.getFindings().remove(0)),
        unmodifiable(() -> section.getRecommendations().clear()),
        unmodifiable(() -> section.getSections().set(0, children)),
        unmodifiable(() -> section.getReferences().add(chisinauAgreement())),
        unmodifiable(() -> section.getOpenQuestions().add(OpenQuestion.of("Why?"))),
        unmodifiable(() -> children.getReferences().remove(0)),
        unmodifiable(() -> procedures.getRelatedObjectives().add(Objective.of(23))),
        unmodifiable(() -> procedures.getAddressees().clear()),
        unmodifiable(() -> procedures.getPrinciples().clear()),
        unmodifiable(() -> procedures.getReferenceIds().add("ref-x")),
        unmodifiable(() -> finding.getFigureIds().add("fig-x")),
        unmodifiable(() -> finding.getCountries().add(Country.of("IE"))));
  }

  private static Executable unmodifiable(Executable mutation) {
    return () -> assertThrows(UnsupportedOperationException.class, mutation);
  }

  @Test
  void changingAListAfterGivingItToTheBuilderDoesNotChangeTheBuiltValue() {
    List<Objective> related = new ArrayList<>(List.of(Objective.of(7), Objective.of(21)));
    Recommendation recommendation = Recommendation.builder()
        .id("obj11-rec-2")
        .text(FAIR_PROCEDURES)
        .addObjective(Objective.of(11))
        .relatedObjectives(related)
        .build();

    related.add(Objective.of(23));
    related.remove(0);

    assertEquals(
        List.of(Objective.REDUCE_VULNERABILITIES, Objective.DIGNIFIED_RETURN_AND_REINTEGRATION),
        recommendation.getRelatedObjectives());
  }

  // ------------------------------------------------------------------------ required attributes

  @Test
  void sectionWithoutHeadingFailsWithIllegalStateExceptionNamingHeading() {
    Section.Builder builder = Section.builder().id("obj11").addObjective(Objective.of(11));

    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);

    assertTrue(e.getMessage().contains("heading"), e::getMessage);
    assertTrue(e.getMessage().contains("Section"), e::getMessage);
  }

  @Test
  void recommendationWithoutIdFailsWithIllegalStateExceptionNamingId() {
    Recommendation.Builder builder =
        Recommendation.builder().text(MONITORING).addObjective(Objective.of(11));

    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);

    assertTrue(e.getMessage().contains("[id]"), e::getMessage);
  }

  @Test
  void referenceWithoutTitleFailsWithIllegalStateExceptionNamingTitle() {
    Reference.Builder builder =
        Reference.builder().id(CHISINAU_ID).date(PartialDate.parse("2002-10-07"));

    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);

    assertTrue(e.getMessage().contains("title"), e::getMessage);
  }

  @Test
  void findingWithoutTextFailsWithIllegalStateExceptionNamingText() {
    Finding.Builder builder = Finding.builder().id("obj11-finding-1").kind(FindingKind.VIOLATION);

    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);

    assertTrue(e.getMessage().contains("text"), e::getMessage);
  }

  // ------------------------------------------------------------------------------------- nulls

  @Test
  void nullArgumentsToBuildersFactoriesAndWithMethodsThrowNullPointerException() {
    Section section = objective11();
    Recommendation recommendation = section.getRecommendations().get(1);

    assertAll(
        npe(() -> Section.builder().heading(null)),
        npe(() -> Section.builder().id(null)),
        npe(() -> Section.builder().addObjective(null)),
        npe(() -> Section.builder().addFinding(null)),
        npe(() -> Section.builder().addSection(null)),
        npe(() -> Section.builder().addRecommendations(recommendation, null)),
        npe(() -> Recommendation.builder().addRelatedObjective(null)),
        npe(() -> Recommendation.builder().addReferenceId(null)),
        npe(() -> Reference.builder().date((PartialDate) null)),
        npe(() -> Reference.builder().shortTitle((String) null)),
        npe(() -> Finding.builder().kind(null)),
        npe(() -> Finding.of(null)),
        npe(() -> Actor.of(null)),
        npe(() -> section.withHeading(null)),
        npe(() -> section.withSections((Section) null)),
        npe(() -> recommendation.withRelatedObjectives((Objective) null)),
        npe(() -> recommendation.withText(null)));
  }

  private static Executable npe(Executable call) {
    return () -> assertThrows(NullPointerException.class, call);
  }
}
